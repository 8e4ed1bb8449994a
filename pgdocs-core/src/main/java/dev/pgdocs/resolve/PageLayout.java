package dev.pgdocs.resolve;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the pages of a book show of one another besides the link targets (see
 * {@code f:page-layout} in {@value LinkTargets#STYLESHEET}): per page, the generated
 * anchors and titles of its elements without an id and its index terms; every index
 * term with its page; and the pages that hold the index. Two builds compare by it to
 * tell which pages an edit reached beyond its own.
 *
 * @param byPage     page name to what it shows other pages, for pages that show any
 * @param indexTerms every index term of the book with its page, in document order
 * @param indexPages the pages of the book's indexes
 */
public record PageLayout(Map<String, String> byPage, String indexTerms, Set<String> indexPages) {

    /**
     * The pages whose part of the layout differs from {@code before}'s: their anchors or
     * titles moved or changed, so that pages linking into them are stale too. The index
     * pages are among them when any index term changed, moved or was added, since they
     * list every term.
     */
    public Set<String> changedSince(PageLayout before) {
        Set<String> changed = new HashSet<>();
        Set<String> pages = new HashSet<>(byPage.keySet());
        pages.addAll(before.byPage.keySet());
        for (String page : pages) {
            if (!Objects.equals(byPage.get(page), before.byPage.get(page))) {
                changed.add(page);
            }
        }
        if (!indexTerms.equals(before.indexTerms) || !indexPages.equals(before.indexPages)) {
            changed.addAll(indexPages);
            changed.addAll(before.indexPages);
        }
        return changed;
    }
}
