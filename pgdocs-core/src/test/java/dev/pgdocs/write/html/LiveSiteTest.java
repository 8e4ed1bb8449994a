package dev.pgdocs.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.render.HtmlStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page shown in place keeps the site's links whole: its own links must resolve, and
 * when it loses an id, so must every other page's links to it.
 */
class LiveSiteTest {

    private static final String A = "<html><body><p id=\"top\">See <a href=\"b.html#kept\">kept</a>"
            + " and <a href=\"b.html#dropped\">dropped</a>.</p></body></html>";

    private static String b(String... ids) {
        StringBuilder html = new StringBuilder("<html><body>");
        for (String id : ids) {
            html.append("<p id=\"").append(id).append("\">").append(id).append("</p>");
        }
        return html.append("<a href=\"a.html#top\">back</a></body></html>").toString();
    }

    private static LiveSite site(Path dir) throws Exception {
        Map<String, String> pages = Map.of("a.html", A, "b.html", b("kept", "dropped"));
        Map<String, PageFacts> facts = new TreeMap<>();
        for (var page : pages.entrySet()) {
            Files.writeString(dir.resolve(page.getKey()), page.getValue());
            facts.put(page.getKey(), PageFacts.read(page.getKey(), page.getValue()));
        }
        return new LiveSite(dir, dir, new SiteWriter.Result(List.of(), 2, 0, facts, Set.of()), HtmlStyle.WEBSITE);
    }

    @Test
    void aPageThatKeepsItsIdsAndLinksIsShown(@TempDir Path dir) throws Exception {
        LiveSite site = site(dir);
        assertEquals(List.of(), site.show(Map.of("b.html", b("kept", "dropped", "added")), Map.of()));
        assertTrue(Files.readString(dir.resolve("b.html")).contains("added"));
    }

    @Test
    void aPageThatLosesAnIdAnotherPageLinksToIsNotShown(@TempDir Path dir) throws Exception {
        LiveSite site = site(dir);
        List<Diagnostic> found = site.show(Map.of("b.html", b("kept")), Map.of());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).isError() && found.get(0).message().contains("b.html#dropped")
                && found.get(0).location().file().endsWith("a.html"), found.toString());
        assertTrue(Files.readString(dir.resolve("b.html")).contains("dropped"), "nothing was written");
    }

    @Test
    void aPageWithALinkToNowhereIsNotShown(@TempDir Path dir) throws Exception {
        LiveSite site = site(dir);
        String edited = b("kept", "dropped").replace("a.html#top", "a.html#gone");
        List<Diagnostic> found = site.show(Map.of("b.html", edited), Map.of());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("a.html#gone"), found.toString());
        assertTrue(Files.readString(dir.resolve("b.html")).contains("a.html#top"), "nothing was written");
    }
}
