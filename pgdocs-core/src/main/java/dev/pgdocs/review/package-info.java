/**
 * Review of a documentation patch by what it renders to: applying the patch to a copy
 * of the sources, comparing two builds of the book (pages, sections' text word by word,
 * ids, anchors, xreflabels, the checker's findings), and writing the result as a
 * report page beside the patched site, a text summary and JSON.
 */
package dev.pgdocs.review;
