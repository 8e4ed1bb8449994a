package dev.pgdocs.review;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A review in the three forms it is read in: a text summary for a terminal or a CI
 * comment, JSON for programs, and the report page of the review site.
 */
public final class ReviewReport {

    /** The report page's file name in the review site. */
    public static final String PAGE = "pgdocs-review.html";
    /** The review's own styles, beside the page: for the report and the banners on marked pages. */
    public static final String STYLESHEET = "pgdocs-review.css";

    /** The text of {@link #STYLESHEET}, kept in the jar. */
    public static byte[] stylesheet() throws java.io.IOException {
        try (var in = ReviewReport.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new java.io.IOException("the jar has no " + STYLESHEET);
            }
            return in.readAllBytes();
        }
    }
    /** Hunks per page and characters per segment in the text summary, to keep it readable. */
    private static final int TEXT_HUNKS = 6;
    private static final int TEXT_SEGMENT = 240;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Review review;
    private final String subject;
    private final List<String> patches;
    private final Map<String, String> renamed;
    private final List<NotReviewed> notReviewed;

    /** @param subject what was reviewed: the patch file, or "BASE → MASTER" */
    public ReviewReport(Review review, String subject) {
        this.review = review;
        this.subject = subject;
        this.patches = List.of();
        this.renamed = Map.of();
        this.notReviewed = List.of();
    }

    /** A review of a patch: the report also lists its patches, the files it renames and those it leaves out. */
    public ReviewReport(Review review, String subject, PatchedTree patched) {
        this.review = review;
        this.subject = subject;
        this.patches = patched.patches();
        this.renamed = new TreeMap<>();
        patched.renamed().forEach((from, to) -> renamed.put(from.toString(), to.toString()));
        this.notReviewed = patched.notReviewed();
    }

    /** Counts, in one line. */
    public String headline() {
        return String.format("%d pages changed, %d new, %d removed; %d ids added, %d removed, %d moved; "
                        + "%d xreflabels changed; %d URLs broken; checker: %d new findings, %d fixed",
                count(Review.Status.CHANGED), count(Review.Status.NEW), count(Review.Status.REMOVED),
                review.ids().stream().filter(i -> i.oldHref().isEmpty()).count(),
                review.ids().stream().filter(i -> i.newHref().isEmpty()).count(),
                review.ids().stream().filter(i -> !i.oldHref().isEmpty() && !i.newHref().isEmpty()).count(),
                review.xreflabels().size(), review.removedUrls().size(), review.added().size(), review.fixed().size());
    }

    /** The text summary: plain text that reads well in a terminal and in a Markdown comment. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("pgdocs diff: ").append(subject).append('\n').append(headline()).append("\n");
        if (patches.size() > 1) {
            out.append("\nPatches applied, in order:\n");
            for (int i = 0; i < patches.size(); i++) {
                out.append("  ").append(i + 1).append(". ").append(patches.get(i)).append('\n');
            }
        }
        if (!renamed.isEmpty()) {
            out.append("\nFiles renamed (their findings and pages follow them):\n");
            renamed.forEach((from, to) -> out.append("  ").append(from).append(" -> ").append(to).append('\n'));
        }
        if (!notReviewed.isEmpty()) {
            out.append("\nFiles the review leaves out:\n");
            notReviewed.forEach(f -> out.append("  ").append(f).append('\n'));
        }
        if (!review.pages().isEmpty()) {
            out.append("\nPages:\n");
            for (Review.PageChange page : review.pages()) {
                out.append("  ").append(String.format("%-8s", page.status().name().toLowerCase())).append(page.name())
                        .append("  ").append(titles(page));
                if (page.positional() && page.status() != Review.Status.REMOVED) {
                    out.append("  [named by position: no id, renamed if a section is added before it]");
                }
                out.append('\n');
                page.hunks().stream().limit(TEXT_HUNKS).forEach(h -> out.append("      ").append(wordDiff(h)).append('\n'));
                if (page.hunks().size() > TEXT_HUNKS) {
                    out.append("      (").append(page.hunks().size() - TEXT_HUNKS).append(" more changes)\n");
                }
            }
        }
        if (!review.ids().isEmpty()) {
            out.append("\nIds:\n");
            for (Review.IdChange id : review.ids()) {
                String what = id.oldHref().isEmpty() ? "+ " + id.id() + " (" + id.element() + ") at " + id.newHref()
                        : id.newHref().isEmpty() ? "- " + id.id() + " (" + id.element() + "), was at " + id.oldHref()
                        : "~ " + id.id() + " (" + id.element() + ") moves " + id.oldHref() + " -> " + id.newHref();
                out.append("  ").append(what).append('\n');
            }
        }
        if (!review.xreflabels().isEmpty()) {
            out.append("\nXreflabels:\n");
            for (Review.XreflabelChange x : review.xreflabels()) {
                out.append("  ").append(x.oldLabel().isEmpty() ? "+ " : x.newLabel().isEmpty() ? "- " : "~ ")
                        .append(x.id()).append(" (").append(x.element()).append("): ")
                        .append(x.oldLabel().isEmpty() ? "" : "\"" + x.oldLabel() + "\"")
                        .append(!x.oldLabel().isEmpty() && !x.newLabel().isEmpty() ? " -> " : "")
                        .append(x.newLabel().isEmpty() ? "" : "\"" + x.newLabel() + "\"").append('\n');
            }
        }
        if (!review.removedUrls().isEmpty()) {
            out.append("\nURLs that stop working for readers:\n");
            review.removedUrls().forEach(u -> out.append("  ").append(u).append('\n'));
        }
        diagnostics(out, "Findings the patch introduces", review.added());
        diagnostics(out, "Findings the patch fixes", review.fixed());
        return out.toString();
    }

    /** The review as JSON. */
    public String json() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("subject", subject);
        doc.put("patches", patches);
        doc.put("renamed", renamed);
        doc.put("notReviewed", notReviewed);
        doc.put("pages", review.pages());
        doc.put("ids", review.ids());
        doc.put("xreflabels", review.xreflabels());
        doc.put("removedUrls", review.removedUrls());
        doc.put("diagnosticsAdded", review.added().stream().map(Diagnostic::fields).toList());
        doc.put("diagnosticsFixed", review.fixed().stream().map(Diagnostic::fields).toList());
        return JSON.writeValueAsString(doc);
    }

    /** The report page of the review site. */
    public String html() {
        Document doc = Document.createShell("");
        doc.title("Review: " + subject);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.prependElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "pgdocs.css");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
        Element main = doc.body().appendElement("main").id("content");
        main.appendElement("h1").text("What this patch changes in the book");
        main.appendElement("p").text(subject);
        main.appendElement("p").text(headline());
        main.appendElement("p").appendElement("a").attr("href", "index.html").text("The patched book");
        if (patches.size() > 1) {
            Element series = section(main, "patches", "Patches applied, in order").appendElement("ol");
            patches.forEach(s -> series.appendElement("li").text(s));
        }
        if (!renamed.isEmpty()) {
            Element files = section(main, "renamed", "Files renamed").appendElement("ul");
            renamed.forEach((from, to) -> {
                Element item = files.appendElement("li");
                item.appendElement("code").text(from);
                item.appendText(" → ");
                item.appendElement("code").text(to);
            });
        }
        if (!notReviewed.isEmpty()) {
            Element files = section(main, "not-reviewed", "Files not reviewed").appendElement("ul");
            for (NotReviewed f : notReviewed) {
                Element item = files.appendElement("li");
                item.appendElement("code").text(f.file());
                item.appendText(": not reviewed (" + f.reason() + ")");
            }
        }

        Element pages = section(main, "pages", "Pages");
        for (Review.PageChange page : review.pages()) {
            Element item = pages.appendElement("section").id("page-" + page.name());
            Element h3 = item.appendElement("h3");
            h3.appendElement("span").addClass("badge").addClass(page.status().name().toLowerCase())
                    .text(page.status().name().toLowerCase());
            h3.appendText(" ");
            if (page.status() == Review.Status.REMOVED) {
                h3.appendText(page.name());
            } else {
                h3.appendElement("a").attr("href", relative(page.name())).text(page.name());
            }
            item.appendElement("p").text(titles(page));
            if (page.positional() && page.status() != Review.Status.REMOVED) {
                item.appendElement("p").appendElement("strong").text("Named by position: this page has no id, so "
                        + "adding a section before it renames it and breaks readers' links. Give it an id.");
            }
            for (List<WordDiff.Segment> hunk : page.hunks()) {
                Element div = item.appendElement("div").addClass("hunk");
                for (WordDiff.Segment s : hunk) {
                    String text = s.text().replace(WordDiff.BREAK, "¶");
                    switch (s.kind()) {
                        case SAME -> div.appendText(" " + text + " ");
                        case INSERTED -> div.appendElement("ins").text(text);
                        case DELETED -> div.appendElement("del").text(text);
                    }
                }
            }
        }
        if (review.pages().isEmpty()) {
            pages.appendElement("p").text("No page's text changes.");
        }

        Element ids = section(main, "ids", "Ids and anchors");
        Element table = ids.appendElement("table");
        table.appendElement("tr").append("<th>id</th><th>element</th><th>before</th><th>after</th>");
        for (Review.IdChange id : review.ids()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").appendElement("code").text(id.id());
            row.appendElement("td").text(id.element());
            row.appendElement("td").text(id.oldHref().isEmpty() ? "(new)" : id.oldHref());
            Element now = row.appendElement("td");
            if (id.newHref().isEmpty()) {
                now.text("(removed)");
            } else {
                now.appendElement("a").attr("href", relative(id.newHref())).text(id.newHref());
            }
        }
        Element urls = section(main, "urls", "URLs that stop working for readers");
        Element list = urls.appendElement("ul");
        review.removedUrls().forEach(u -> list.appendElement("li").appendElement("code").text(u));
        if (review.removedUrls().isEmpty()) {
            urls.appendElement("p").text("None: every page and anchor of the book before the patch is still there.");
        }

        Element labels = section(main, "xreflabels", "Xreflabels");
        Element labelList = labels.appendElement("ul");
        for (Review.XreflabelChange x : review.xreflabels()) {
            labelList.appendElement("li").text(x.id() + " (" + x.element() + "): "
                    + (x.oldLabel().isEmpty() ? "(none)" : "\"" + x.oldLabel() + "\"") + " → "
                    + (x.newLabel().isEmpty() ? "(none)" : "\"" + x.newLabel() + "\""));
        }
        diagnosticsSection(main, "added", "Findings the patch introduces", review.added());
        diagnosticsSection(main, "fixed", "Findings the patch fixes", review.fixed());
        doc.outputSettings().prettyPrint(false);
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }

    /**
     * A link to a page of the site: always relative ("./"), since page names come from
     * the patch's ids and "javascript:x" is a valid id.
     */
    private static String relative(String href) {
        return "./" + href;
    }

    private static Element section(Element main, String id, String title) {
        Element section = main.appendElement("section").id(id);
        section.appendElement("h2").text(title);
        return section;
    }

    private static void diagnosticsSection(Element main, String id, String title, List<Diagnostic> diagnostics) {
        Element section = section(main, id, title);
        if (diagnostics.isEmpty()) {
            section.appendElement("p").text("None.");
            return;
        }
        Element list = section.appendElement("ul");
        diagnostics.forEach(d -> list.appendElement("li").appendElement("code").text(d.toString()));
    }

    private static void diagnostics(StringBuilder out, String title, List<Diagnostic> diagnostics) {
        if (!diagnostics.isEmpty()) {
            out.append('\n').append(title).append(":\n");
            diagnostics.forEach(d -> out.append("  ").append(d).append('\n'));
        }
    }

    private static String titles(Review.PageChange page) {
        if (page.oldTitle().isEmpty() || page.newTitle().isEmpty() || page.oldTitle().equals(page.newTitle())) {
            return "\"" + (page.newTitle().isEmpty() ? page.oldTitle() : page.newTitle()) + "\"";
        }
        return "\"" + page.oldTitle() + "\" -> \"" + page.newTitle() + "\"";
    }

    /** A hunk as git's word diff writes it: [-deleted-]{+inserted+}. */
    private static String wordDiff(List<WordDiff.Segment> hunk) {
        StringBuilder line = new StringBuilder("...");
        for (WordDiff.Segment s : hunk) {
            String text = s.text().replace(WordDiff.BREAK, "¶");
            if (text.length() > TEXT_SEGMENT) {
                text = text.substring(0, TEXT_SEGMENT) + "…";
            }
            line.append(' ').append(switch (s.kind()) {
                case SAME -> text;
                case INSERTED -> "{+" + text + "+}";
                case DELETED -> "[-" + text + "-]";
            });
        }
        return line.append(" ...").toString();
    }

    private long count(Review.Status status) {
        return review.pages().stream().filter(p -> p.status() == status).count();
    }
}
