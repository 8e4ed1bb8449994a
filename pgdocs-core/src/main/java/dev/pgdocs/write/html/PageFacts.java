package dev.pgdocs.write.html;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the post-pass needs of one written page, read with Jsoup so that it sees what
 * a browser sees: its anchors, its links and images, and its search entries.
 *
 * @param page    the file name
 * @param ids     every id on the page
 * @param links   every href of an {@code <a>}
 * @param images  every src of an {@code <img>} and data of an {@code <object>}
 * @param entries what the search index gets from it
 */
record PageFacts(String page, Set<String> ids, List<String> links, List<String> images,
                 List<SearchEntry> entries) {

    private static final String TITLE_SEPARATOR = " — ";

    static PageFacts read(String page, String html) {
        Document doc = Jsoup.parse(html);
        Set<String> ids = new java.util.HashSet<>();
        for (Element e : doc.select("[id]")) {
            ids.add(e.id());
        }
        List<String> links = doc.select("a[href]").eachAttr("href");
        List<String> images = new java.util.ArrayList<>(doc.select("img[src]").eachAttr("src"));
        images.addAll(doc.select("object[data]").eachAttr("data"));
        String title = doc.title();
        int cut = title.lastIndexOf(TITLE_SEPARATOR);
        String pageTitle = cut > 0 ? title.substring(0, cut) : title;
        List<SearchEntry> entries = new java.util.ArrayList<>();
        entries.add(new SearchEntry(pageTitle, page, "", snippet(doc)));
        for (Element section : doc.select("main div[id]")) {
            if (!isSection(section) || section.parent() == null || section.parent().nameIs("main")) {
                continue; // not a section, or the page's own division: the page entry covers it
            }
            Element heading = ownHeading(section);
            if (heading != null) {
                entries.add(new SearchEntry(text(heading), page + "#" + section.id(), pageTitle, ""));
            }
        }
        for (Element term : doc.select("main dt[id]")) {
            Element shown = term.clone();
            // An index entry: "term, <a>Section</a>, <a>Section</a>"; the term is what is searched for.
            boolean indexEntry = term.closest("div.index, div.setindex") != null;
            if (indexEntry) {
                shown.select("a.indexterm").remove();
            }
            String text = text(shown);
            if (indexEntry) {
                text = text.replaceAll("(\\s*,)+\\s*$", "");
            }
            if (!text.isEmpty()) {
                entries.add(new SearchEntry(text, page + "#" + term.id(), pageTitle, ""));
            }
        }
        return new PageFacts(page, ids, links, List.copyOf(images), List.copyOf(entries));
    }

    /**
     * The divisions DocBook XSL writes as div.CLASS#ID with a heading of their own
     * (div.sect2 > div.titlepage > div > div > h3.title; div.refsect1 > h2), below the
     * page's own division.
     */
    private static final Set<String> SECTIONS = Set.of("sect1", "sect2", "sect3", "sect4", "sect5", "section",
            "simplesect", "refsect1", "refsect2", "refsect3", "refsynopsisdiv", "bibliodiv", "glossdiv", "chapter",
            "appendix", "preface", "part", "reference", "refentry", "article", "bibliography", "glossary", "index");

    private static boolean isSection(Element div) {
        for (String name : div.classNames()) {
            if (SECTIONS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The section's title: its first heading that no section inside it owns. */
    private static Element ownHeading(Element section) {
        for (Element heading : section.select("h1, h2, h3, h4, h5, h6")) {
            Element owner = heading.parent();
            while (owner != null && owner != section && !(owner.nameIs("div") && owner.hasAttr("id") && isSection(owner))) {
                owner = owner.parent();
            }
            if (owner == section) {
                return heading;
            }
        }
        return null;
    }

    /** An element's text without its "#" self-link (a.id_link). */
    private static String text(Element element) {
        Element shown = element.clone();
        shown.select("a.id_link, a.self-link").remove();
        return shown.text().replaceAll("\\s*#$", "").trim();
    }

    /** The first words of the page's text, to show under a search hit. */
    private static String snippet(Document doc) {
        Element para = doc.selectFirst("main p");
        if (para == null) {
            return "";
        }
        String text = para.text();
        return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 160) + 1) + "…";
    }
}
