/**
 * The PDF: Apache FOP in-process, with the DejaVu fonts from the class path embedded,
 * resources resolved offline, tagged output, and FOP's events turned into diagnostics.
 */
package dev.pgdocs.write.pdf;
