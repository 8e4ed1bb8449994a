package dev.pgdocs.resolve;

import dev.pgdocs.load.LoadedBook;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the rules look at.
 *
 * @param book        the loaded book
 * @param index       its ids, links, labels and filenames
 * @param targets     its link targets as the templates describe them
 * @param inventories ids of other books, by id (the first inventory that has an id wins)
 * @param sourceTree  a PostgreSQL source tree for filename checks, if one was given
 */
public record CheckContext(LoadedBook book, BookIndex index, LinkTargets targets,
                           Map<String, InventoryEntry> inventories, Optional<SourceTree> sourceTree) {
}
