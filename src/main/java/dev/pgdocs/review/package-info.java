/**
 * Review of a documentation patch by what it renders to: {@link dev.pgdocs.review.ReviewBuild}
 * runs pgdocs diff (applying the patch to a copy of the sources, building both sides in
 * memory through the pipeline, comparing them: pages, sections' text word by word, ids,
 * anchors, xreflabels, the checker's findings) and writes the result as a report page
 * beside the patched site, a text summary and JSON. A patch that does not apply is a
 * {@link dev.pgdocs.review.PatchException}, which carries its exit code.
 */
package dev.pgdocs.review;
