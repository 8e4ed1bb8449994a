/**
 * SAX events kept to be played later: {@link dev.pgdocs.sax.SaxEvent}, the one recorder
 * that both the loader (an entity file's events, played back instead of parsing it again)
 * and the PDF writer (the FO stylesheet's events, handed to FOP's thread) use. It depends
 * on nothing of pgdocs.
 */
package dev.pgdocs.sax;
