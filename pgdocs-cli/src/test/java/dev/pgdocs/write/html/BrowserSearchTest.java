package dev.pgdocs.write.html;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search box in a real browser, from file:// (no server): headless Chromium loads a
 * page with ?q=, runs search.js, which loads the index as a script and lists hits.
 * Skipped, saying so, where Debian's chromium is not installed.
 */
@Tag("slow") // a headless browser: mvn verify
class BrowserSearchTest {

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        Assumptions.abort("browser test skipped: no chromium on this machine (apt-get install chromium)");
        return null;
    }

    @Test
    void searchWorksOfflineFromFileUrls(@TempDir Path tmp) throws Exception {
        Path browser = chromium();
        Path site = tmp.resolve("html");
        var cli = CommandLineRuns.commandLine();
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("build", Fixtures.docsSrc().toString(), "--format", "html", "-o", site.toString()));

        var hits = search(browser, tmp, site.resolve("xfunc-sql.html"), "signal");
        assertTrue(hits.size() >= 1, "search results in the page");
        assertTrue(hits.eachText().stream().anyMatch(t -> t.contains("Signal Handling in Background Workers")), hits.eachText().toString());
        assertTrue(hits.first().attr("href").endsWith("bgworker-signals.html"), hits.first().attr("href"));

        // A section below a page (DocBook XSL puts its id on div.sect2, not on the
        // heading), found without its number, and the link goes to its anchor.
        var sections = search(browser, tmp, site.resolve("index.html"), "composite-type arguments");
        assertTrue(sections.size() >= 1, "a section is found");
        assertTrue(sections.first().text().startsWith("1.8.6. Composite-Type Arguments"), sections.eachText().toString());
        assertTrue(sections.first().attr("href").endsWith("xfunc-c.html#id-1.3.9.10"), sections.first().attr("href"));
    }

    /** The hits search.js lists on {@code page?q=query}. */
    private static org.jsoup.select.Elements search(Path browser, Path tmp, Path page, String query) throws Exception {
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile"), "--virtual-time-budget=5000", "--dump-dom",
                page.toUri() + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        Document doc = Jsoup.parse(dom);
        return doc.select("ol.search-results li a");
    }
}
