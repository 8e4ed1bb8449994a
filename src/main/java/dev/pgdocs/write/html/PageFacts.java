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
        for (Element heading : doc.select("main h2[id], main h3[id], main h4[id], main h5[id], main h6[id],"
                + " main section[id] > h2, main section[id] > h3, main section[id] > h4, main section[id] > h5,"
                + " main section[id] > h6, main dt[id]")) {
            String id = heading.id().isEmpty() && heading.parent() != null ? heading.parent().id() : heading.id();
            if (id.isEmpty()) {
                continue;
            }
            String text = heading.text().replaceAll("\\s*#$", "").trim();
            entries.add(new SearchEntry(text, page + "#" + id, pageTitle, ""));
        }
        return new PageFacts(page, ids, links, List.copyOf(images), List.copyOf(entries));
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
