package dev.pgdocs.serve;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.List;

/**
 * The outcome of the latest build, as open pages are told it.
 *
 * @param generation  counts successful builds; a page older than this reloads
 * @param ok          whether the latest build was published (else the last good site stays)
 * @param diagnostics what the latest build found, errors first
 */
public record BuildState(long generation, boolean ok, List<Diagnostic> diagnostics) {
}
