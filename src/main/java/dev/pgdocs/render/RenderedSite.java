package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.List;
import java.util.SortedSet;

/**
 * What rendering made: the names of the pages (their text went to the page consumer as
 * each was finished, and is not kept) and what the stylesheets reported about the sources.
 */
public record RenderedSite(SortedSet<String> pages, List<Diagnostic> diagnostics) {
}
