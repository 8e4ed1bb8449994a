package dev.pgdocs.review;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text a reader sees on a page, block by block: each heading, paragraph, list item,
 * definition, table cell and program listing of the page's main content, without the
 * navigation around it. Read with Jsoup, as a browser would parse the page.
 */
final class PageText {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, pre, li, dt, dd, td, th, caption, blockquote";

    private PageText() {
    }

    static List<String> blocks(String html) {
        Document doc = Jsoup.parse(html);
        Element main = doc.selectFirst("main");
        Element content = main == null ? doc.body() : main;
        content.select("a.self-link").remove(); // the "#" beside headings is not text
        List<String> blocks = new ArrayList<>();
        for (Element block : content.select(BLOCKS)) {
            // a block holding other blocks (an item with paragraphs and a listing) gives
            // only its own text here; the nested blocks come on their own, in order
            Element own = block;
            if (!block.is("pre") && block.select(BLOCKS).size() > 1) {
                own = block.clone();
                for (Element nested : own.select(BLOCKS)) {
                    if (nested != own) {
                        nested.remove();
                    }
                }
            }
            String text = block.is("pre") ? block.wholeText() : own.text();
            text = text.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }
}
