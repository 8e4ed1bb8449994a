package dev.pgdocs.serve;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.List;
import java.util.Set;

/**
 * The outcome of the latest build, as open pages are told it.
 *
 * @param generation  counts the changes to the site (builds published, first looks, pages
 *                    put back); a page older than this reloads, unless this change is the
 *                    next one and leaves it out of {@code pages}
 * @param ok          whether the latest build was published (else the last good site stays)
 * @param diagnostics what the latest build found, errors first
 * @param pages       the pages this change wrote, or null for all of them
 */
public record BuildState(long generation, boolean ok, List<Diagnostic> diagnostics, Set<String> pages) {

    /** A change to every page. */
    public BuildState(long generation, boolean ok, List<Diagnostic> diagnostics) {
        this(generation, ok, diagnostics, null);
    }
}
