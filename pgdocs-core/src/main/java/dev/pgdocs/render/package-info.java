/**
 * Stage 3: the book through pgdocs' XSLT 3.0 stylesheets (templates/), compiled once
 * per process, into pages held in memory for the write stage.
 */
package dev.pgdocs.render;
