/**
 * The EPUB file: the content the HTML site writer put in a directory (XHTML pages, the
 * navigation document, the stylesheet and the images), packed with its package document
 * and container into one reproducible zip ({@link dev.pgdocs.write.epub.EpubPackage}).
 */
package dev.pgdocs.write.epub;
