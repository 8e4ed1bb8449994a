package dev.pgdocs.review;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.resolve.LinkTargets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One side of a review: a book built in memory.
 *
 * @param root        its source directory (paths in the report are relative to it)
 * @param targets     its pages and link targets
 * @param diagnostics what the checker and the HTML build found
 * @param pages       every HTML page by file name
 * @param images      the image files the pages may show: site name to fileref
 */
public record BookSnapshot(Path root, LinkTargets targets, List<Diagnostic> diagnostics, Map<String, String> pages,
                           Map<String, String> images) {
}
