package dev.pgdocs.serve;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For bench/serve-browser.sh, not a test: with a page of a running pgdocs serve open in
 * headless Chromium, saves a paragraph into a source file again and again and prints how
 * long each takes to show on the page. Arguments: URL FILE EDITS.
 */
public final class ReloadTimer {

    private ReloadTimer() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        try (DevTools browser = DevTools.open(args[0], Files.createTempDirectory("pgdocs-bench-profile"))) {
            browser.waitFor("document.readyState === 'complete'", 30_000);
            Thread.sleep(5_000); // serve warms its rebuild path up after it starts
            for (int i = 1; i <= edits; i++) {
                String marker = "Saved edit " + i + " at " + System.nanoTime();
                String text = Files.readString(file).replaceFirst("</title>", "</title><para>" + marker + "</para>");
                long start = System.nanoTime();
                Files.writeString(file, text);
                boolean shown = browser.waitFor("document.body.innerText.includes('" + marker + "')", 10_000);
                System.out.printf("edit %d: %s after %d ms%n", i, shown ? "on the page" : "NOT on the page",
                        (System.nanoTime() - start) / 1_000_000);
                // the rest of the build (check, other reached pages) ends 1.3-1.8 s after the
                // save on PostgreSQL 18: the next save is timed on an idle server, as
                // bench/serve-rebuild.sh times each; one made before that waits for it
                Thread.sleep(2_500);
            }
        }
    }
}
