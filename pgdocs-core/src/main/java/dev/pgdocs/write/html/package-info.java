/**
 * The HTML site on disk: pages, stylesheet, scripts and images ({@link dev.pgdocs.write.html.SiteWriter}),
 * then a Jsoup pass over every page that checks internal links
 * ({@link dev.pgdocs.write.html.LinkVerifier}) and builds the search index
 * ({@link dev.pgdocs.write.html.SearchIndexWriter}).
 */
package dev.pgdocs.write.html;
