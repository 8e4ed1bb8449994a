package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * What rendering made: the names of the pages (their text went to the page consumer as
 * each was finished, and is not kept), what the stylesheets reported about the sources,
 * and the image files the pages may show: site path to source file, relative to the
 * source root ({@link SiteImages#files()}).
 */
public record RenderedSite(SortedSet<String> pages, List<Diagnostic> diagnostics, Map<String, String> images) {
}
