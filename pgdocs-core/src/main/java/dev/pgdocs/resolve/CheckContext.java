package dev.pgdocs.resolve;

import dev.pgdocs.load.LoadedBook;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rules look at.
 *
 * @param book        the loaded book
 * @param index       its ids, links, labels and filenames
 * @param targets     its link targets as the templates describe them
 * @param inventories ids of other books, by id (the first inventory that has an id wins)
 * @param sourceTree  a PostgreSQL source tree for filename checks, if one was given
 * @param requested   rule names set to error or warning by name (pgdocs.json, --rule): these
 *                    also report what they leave out by default (id.required on a book whose
 *                    stylesheets do not enforce it; id.missing on every element it covers)
 */
public record CheckContext(LoadedBook book, BookIndex index, LinkTargets targets,
                           Map<String, InventoryEntry> inventories, Optional<SourceTree> sourceTree,
                           Set<String> requested) {

    /** A context in which every rule keeps its default extent. */
    public CheckContext(LoadedBook book, BookIndex index, LinkTargets targets,
                        Map<String, InventoryEntry> inventories, Optional<SourceTree> sourceTree) {
        this(book, index, targets, inventories, sourceTree, Set.of());
    }

    /** Whether a rule was asked for by name, and so reports all it can. */
    boolean requested(String rule) {
        return requested.contains(rule);
    }
}
