/**
 * The PDF: Apache FOP in-process, with the DejaVu fonts from the class path embedded,
 * resources resolved offline, tagged output, and FOP's events turned into diagnostics.
 * The FO stylesheet and FOP run on two threads, the FO handed over as
 * {@link dev.pgdocs.sax.SaxEvent}s.
 */
package dev.pgdocs.write.pdf;
