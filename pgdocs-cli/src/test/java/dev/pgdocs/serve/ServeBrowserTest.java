package dev.pgdocs.serve;

import dev.pgdocs.cli.CommandLineRuns;
import static dev.pgdocs.Fixtures.docsSrc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * pgdocs serve as a writer uses it, in a real browser: a page of the docs-src book is
 * open; a source file is saved; the page reloads by itself and shows the change. A save
 * that breaks a reference shows the error over the page, which stays the last good
 * build; fixing it reloads again.
 */
@Tag("slow") // a headless browser: mvn verify
class ServeBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void savingASourceFileReloadsTheOpenPage() throws Exception {
        Path book = tmp.resolve("book");
        Files.createDirectories(book);
        try (Stream<Path> files = Files.list(docsSrc().getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, book.resolve(p.getFileName().toString()));
            }
        }
        StringWriter err = new StringWriter();
        CommandLine cli = CommandLineRuns.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        Thread serve = new Thread(() -> cli.execute("serve", book.resolve("book.sgml").toString(), "--port", "0",
                "-o", tmp.resolve("site").toString()), "serve");
        serve.start();
        try {
            String url = waitForUrl(err);
            try (DevTools browser = DevTools.open(url + "bgworker.html", tmp.resolve("profile"));
                 DevTools contents = DevTools.open(url + "index.html", tmp.resolve("profile-contents"))) {
                assertTrue(browser.waitFor("document.body.innerText.includes('Background Worker Processes')", 20_000),
                        "the page loads");
                assertTrue(contents.waitFor("document.body.innerText.includes('Background Worker Processes')", 20_000),
                        "the table of contents loads");
                contents.evaluate("window.notReloaded = true");
                Path bgworker = book.resolve("bgworker.sgml");
                String original = Files.readString(bgworker);
                // a change of text only: a new element would move the generated anchors
                // (id-1.2.3) of the elements after it, which other pages link to
                Files.writeString(bgworker, original.replace("PostgreSQL can be extended to run user-supplied code",
                        "Saved just now in the editor. PostgreSQL can be extended to run user-supplied code"));
                assertTrue(browser.waitFor("document.body.innerText.includes('Saved just now in the editor.')", 20_000),
                        "the page reloads with the change; server said:\n" + err);
                awaitBuildEnd(err); // the edited page shows before the build ends
                assertTrue(err.toString().matches("(?s).*rebuilt \\d pages? in \\d+ ms.*"),
                        "only the edited chapter's pages are rendered again:\n" + err);
                assertTrue(err.toString().matches("(?s).*showing [^\\n]*bgworker\\.html[^\\n]* after \\d+ ms; checking the book.*"),
                        "the edited page is put in place before the check:\n" + err);
                Thread.sleep(1_000); // the build's last event has been sent by now
                assertEquals("true", contents.evaluate("String(window.notReloaded === true)"),
                        "a page the text edit did not change does not reload");

                Files.writeString(bgworker, original.replace("<title>Background Worker Processes</title>",
                        "<title>Background Worker Processes</title>\n <para>See <xref linkend=\"no-such-id\"/>.</para>"));
                assertTrue(browser.waitFor("!!document.getElementById('pgdocs-overlay')"
                        + " && document.getElementById('pgdocs-overlay').innerText.includes('bgworker.sgml:')"
                        + " && document.getElementById('pgdocs-overlay').innerText.includes('no-such-id')", 20_000),
                        "the error shows over the page with its file and line; server said:\n" + err);
                assertTrue(browser.waitFor("document.body.innerText.includes('Saved just now in the editor.')", 1_000),
                        "the last good build stays");

                Files.writeString(bgworker, original);
                assertTrue(browser.waitFor("!document.getElementById('pgdocs-overlay')"
                        + " && !document.body.innerText.includes('Saved just now in the editor.')", 20_000),
                        "fixing the error reloads the page; server said:\n" + err);
            }
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
    }

    /** Waits for the line that ends the build after the last save ("rebuilt …", "built …", "build failed …"). */
    private static void awaitBuildEnd(StringWriter err) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String text = err.toString();
            String sinceSave = text.substring(Math.max(0, text.lastIndexOf("pgdocs: changed:")));
            if (sinceSave.contains("built ") || sinceSave.contains("build failed")) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static String waitForUrl(StringWriter err) throws InterruptedException {
        Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");
        for (int i = 0; i < 600; i++) {
            Matcher m = serving.matcher(err.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pgdocs serve did not start:\n" + err);
    }
}
