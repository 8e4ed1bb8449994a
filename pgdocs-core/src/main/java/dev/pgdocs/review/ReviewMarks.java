package dev.pgdocs.review;

import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * Marks the pages of the patched book that a review lists, with a banner at the top of
 * their content that links to their entry in the report.
 */
public final class ReviewMarks {

    private static final String MAIN = "<main id=\"content\">";
    private static final String NAVHEADER = "<div class=\"navheader\">";
    private static final String HEAD_END = "</head>";
    /** The banner's styles, in the review's stylesheet beside the pages. */
    private static final String STYLE = "<link rel=\"stylesheet\" href=\"" + ReviewReport.STYLESHEET + "\">";

    private final Map<String, Review.PageChange> changed;

    public ReviewMarks(Review review) {
        this.changed = review.pages().stream().filter(p -> p.status() != Review.Status.REMOVED)
                .collect(Collectors.toMap(Review.PageChange::name, p -> p, (a, b) -> a));
    }

    /** The page, with a banner when the review lists it. */
    public String mark(String page, String html) {
        Review.PageChange change = changed.get(page);
        int end = bannerPlace(html);
        if (change == null || end < 0) {
            return html;
        }
        String what = change.status() == Review.Status.NEW ? "New page" : "Changed page";
        String banner = "<div class=\"pgdocs-review-mark\" role=\"note\"><strong>" + what
                + " in this patch.</strong> <a href=\"" + ReviewReport.PAGE + "#page-" + Entities.escape(page)
                + "\">What changed here</a> · <a href=\"" + ReviewReport.PAGE + "\">the whole review</a></div>";
        String marked = html.substring(0, end) + banner + html.substring(end);
        int head = marked.indexOf(HEAD_END);
        return head < 0 ? marked : marked.substring(0, head) + STYLE + marked.substring(head);
    }

    /**
     * Where the banner goes: at the top of the default style's main, or in the website
     * style (no main) after DocBook XSL's div.navheader, which holds no div; -1 when the
     * page has neither.
     */
    private static int bannerPlace(String html) {
        int main = html.indexOf(MAIN);
        if (main >= 0) {
            return main + MAIN.length();
        }
        int navheader = html.indexOf(NAVHEADER);
        int close = navheader < 0 ? -1 : html.indexOf("</div>", navheader);
        return close < 0 ? -1 : close + "</div>".length();
    }
}
