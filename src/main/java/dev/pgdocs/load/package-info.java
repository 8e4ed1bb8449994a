/**
 * Stage 1: reads a DocBook master file and everything it includes into one Saxon tree,
 * offline (the DTD comes from the jar through {@link dev.pgdocs.load.Catalog}), validating
 * against the DTD, with every element remembering the file, line and column it was
 * really written at. For serve's rebuilds, the entity files that have not changed are
 * played back from their {@link dev.pgdocs.sax.SaxEvent}s instead of parsed again.
 */
package dev.pgdocs.load;
