package dev.pgdocs.review;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.List;

/**
 * What a patch changes in the rendered book. Paths in diagnostics are relative to the
 * source directory.
 *
 * @param pages       every page whose text changed, and every new and removed page
 * @param ids         ids the patch adds or removes, and ids whose URL moves
 * @param xreflabels  xreflabels added, changed or removed
 * @param removedUrls page and page#anchor URLs that worked before and no longer do
 * @param added       diagnostics the patch introduces
 * @param fixed       diagnostics the patch makes go away
 */
public record Review(List<PageChange> pages, List<IdChange> ids, List<XreflabelChange> xreflabels,
                     List<String> removedUrls, List<Diagnostic> added, List<Diagnostic> fixed) {

    /** Whether a page is new, removed or has changed text. */
    public enum Status { NEW, REMOVED, CHANGED }

    /**
     * A page whose text changed.
     *
     * @param positional whether its name comes from its position (it has no id), so that
     *                   it is renamed when a section is added before it
     * @param hunks      its changes, word by word
     */
    public record PageChange(String name, Status status, String oldTitle, String newTitle, boolean positional,
                             List<List<WordDiff.Segment>> hunks) {
    }

    /** An id added (oldHref empty), removed (newHref empty) or moved to another URL. */
    public record IdChange(String id, String element, String oldHref, String newHref) {
    }

    /** An xreflabel set, changed or dropped on the element with this id. */
    public record XreflabelChange(String id, String element, String oldLabel, String newLabel) {
    }
}
