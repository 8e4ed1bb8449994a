/**
 * Stage 4 and 5: writing what was rendered into a staging directory, proving it, and
 * publishing it in place of the previous build in one step.
 */
package dev.pgdocs.write;
