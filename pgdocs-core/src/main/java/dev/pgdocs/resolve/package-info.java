/**
 * Stage 2: what the book's links point at and whether they resolve. Builds the id index
 * and the link targets (through the shared templates/common stylesheets), reads and
 * writes inventories, and runs the cross-reference rules over the whole book.
 */
package dev.pgdocs.resolve;
