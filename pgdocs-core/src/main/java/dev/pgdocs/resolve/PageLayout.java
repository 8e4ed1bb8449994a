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

    /** Between the entries of one page's part, and between the fields of one entry (f:page-layout). */
    private static final String ENTRY = "\uE001";
    private static final char FIELD = '\uE000';
    /** How many fields an entry starts with that other pages show (link, number, title). */
    private static final int SHOWN_FIELDS = 3;

    /**
     * The pages whose part of the layout differs from {@code before}'s: their anchors,
     * numbers, titles or footnote marks moved or changed, so they are stale (which pages
     * linking into them are too, {@link #staleLinks} tells). The index
     * pages are among them when any index term changed, moved or was added, since they
     * list every term.
     */
    public Set<String> changedSince(PageLayout before) {
        Set<String> changed = partsChangedSince(before);
        if (!indexTerms.equals(before.indexTerms) || !indexPages.equals(before.indexPages)) {
            changed.addAll(indexPages);
            changed.addAll(before.indexPages);
        }
        return changed;
    }

    /**
     * The links (page, or page#anchor) of the elements that other pages show differently
     * since {@code before}: a link that appeared or went, or whose number or title changed
     * (an entry's first three fields). A page with such a link must be rendered again.
     * Elements no page links to (index terms: the index links to their division) have none.
     */
    public Set<String> staleLinks(PageLayout before) {
        Set<String> links = new HashSet<>();
        for (String page : partsChangedSince(before)) { // a page whose part is as it was changed no link
            Set<String> now = shownElsewhere(byPage.get(page));
            Set<String> then = shownElsewhere(before.byPage.get(page));
            for (String shown : symmetricDifference(now, then)) {
                String link = shown.substring(0, shown.indexOf(FIELD));
                if (!link.isEmpty()) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    /** The pages whose own part differs from {@code before}'s. */
    private Set<String> partsChangedSince(PageLayout before) {
        Set<String> changed = new HashSet<>();
        Set<String> pages = new HashSet<>(byPage.keySet());
        pages.addAll(before.byPage.keySet());
        for (String page : pages) {
            if (!Objects.equals(byPage.get(page), before.byPage.get(page))) {
                changed.add(page);
            }
        }
        return changed;
    }

    /** Of each entry of one page's part (as f:page-layout joins them), what other pages show: link, number, title. */
    private static Set<String> shownElsewhere(String part) {
        Set<String> shown = new HashSet<>();
        if (part == null || part.isEmpty()) {
            return shown;
        }
        for (String entry : part.split(ENTRY)) {
            int end = -1;
            for (int field = 0; field < SHOWN_FIELDS; field++) {
                end = entry.indexOf(FIELD, end + 1);
                if (end < 0) {
                    end = entry.length();
                    break;
                }
            }
            shown.add(entry.substring(0, end) + FIELD);
        }
        return shown;
    }

    private static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> difference = new HashSet<>(a);
        difference.removeAll(b);
        for (String entry : b) {
            if (!a.contains(entry)) {
                difference.add(entry);
            }
        }
        return difference;
    }
}
