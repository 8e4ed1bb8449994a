package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.List;
import java.util.SortedMap;

/**
 * What rendering made: pages by file name (sorted, so writing is reproducible) and what
 * the stylesheets reported about the sources.
 */
public record RenderedSite(SortedMap<String, String> pages, List<Diagnostic> diagnostics) {
}
