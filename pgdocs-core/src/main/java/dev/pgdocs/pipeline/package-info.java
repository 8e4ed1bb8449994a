/**
 * The stages in order, for every command: {@link dev.pgdocs.pipeline.Pipeline} loads a
 * {@link dev.pgdocs.pipeline.BookSource} and checks it (the one environment: the loaded
 * tree, its link targets, inventories and rule levels); the output formats are sinks that
 * take that environment: {@link dev.pgdocs.pipeline.SiteBuild} (render, write and verify
 * the HTML site into a staging directory), {@link dev.pgdocs.pipeline.PdfBuild} (FO
 * through FOP), {@link dev.pgdocs.pipeline.EpubOutput} (the site's pages in the EPUB
 * style, packed) and {@link dev.pgdocs.pipeline.PagesInMemory} (pages kept for diff to
 * compare and for serve to replace). The scope is all pages, or the pages an edit touched
 * ({@code PagesInMemory}'s scope). Commands choose sinks and publish; serve keeps its
 * incremental state in {@link dev.pgdocs.serve}, and diff's two builds are
 * {@link dev.pgdocs.review}'s. {@link dev.pgdocs.pipeline.BookCheck} is pgdocs check's
 * whole run: the check, a baseline, the report in the format asked for, the exit code.
 */
package dev.pgdocs.pipeline;
