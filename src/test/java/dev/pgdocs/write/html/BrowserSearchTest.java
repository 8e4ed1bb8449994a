package dev.pgdocs.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.Main;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search box in a real browser, from file:// (no server): headless Chromium loads a
 * page with ?q=, runs search.js, which loads the index as a script and lists hits.
 * Skipped, saying so, where Debian's chromium is not installed.
 */
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
        var cli = Main.commandLine(false);
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cli.execute("build", Fixtures.docsSrc().toString(), "-o", site.toString()));

        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile"), "--virtual-time-budget=5000", "--dump-dom",
                site.resolve("xfunc-sql.html").toUri() + "?q=signal")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
        Document doc = Jsoup.parse(dom);
        var hits = doc.select("ol.search-results li a");
        assertTrue(hits.size() >= 1, "search results in the page: " + doc.select("form.search"));
        assertTrue(hits.eachText().stream().anyMatch(t -> t.contains("Signal Handling in Background Workers")), hits.eachText().toString());
        assertTrue(hits.first().attr("href").endsWith("bgworker-signals.html"), hits.first().attr("href"));
    }
}
