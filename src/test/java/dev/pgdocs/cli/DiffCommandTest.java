package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.corpus;
import static dev.pgdocs.Fixtures.docsSrc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * pgdocs diff on the real patch: the corpus holds the manual with patch 0001 applied,
 * so the base is the corpus with the patch taken back out (java-diff-utils' restore,
 * the same as patch -R -p4), and the patch is then reviewed against that base.
 */
@Tag("slow") // the PostgreSQL manual before and after a patch: mvn verify
class DiffCommandTest {

    private static final String PATCH = "patches/0001-expand-extension-and-bgworker-docs.patch";

    @TempDir
    static Path tmp;
    static Path base;

    @BeforeAll
    static void reversePatch() throws Exception {
        Path corpus = corpus();
        base = tmp.resolve("base");
        try (Stream<Path> walk = Files.walk(corpus.resolve("pg14-docs"))) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = base.resolve(corpus.resolve("pg14-docs").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        UnifiedDiff diff;
        try (InputStream in = Files.newInputStream(corpus.resolve(PATCH))) {
            diff = UnifiedDiffReader.parseUnifiedDiff(in);
        }
        for (UnifiedDiffFile file : diff.getFiles()) {
            Path target = base.resolve(Path.of(file.getToFile()).getFileName()); // -p4: doc/src/sgml/NAME
            List<String> patched = Files.readAllLines(target, StandardCharsets.UTF_8);
            Files.writeString(target, String.join("\n", file.getPatch().restore(patched)) + "\n");
        }
    }

    @Test
    void reviewOfThePatchShowsWhatItAddsForReaders() throws Exception {
        Path out = tmp.resolve("review");
        CliTest.Run run = CliTest.run("diff", "--patch", corpus().resolve(PATCH).toString(),
                base.resolve("postgres.sgml").toString(), "--source-tree",
                corpus().resolve("pg14-source-files.txt").toString(), "-o", out.toString(), "--format", "json");
        assertEquals(0, run.code(), run.err());
        JsonNode review = JsonMapper.builder().build().readTree(run.out());

        JsonNode positional = page(review, "ch48s01.html");
        assertEquals("NEW", positional.get("status").asString());
        assertTrue(positional.get("positional").asBoolean(), "the id-less sect1 is flagged as named by position");
        assertEquals("NEW", page(review, "bgworker-signals.html").get("status").asString());

        String writingCode = page(review, "xfunc-c.html").get("hunks").toString();
        assertTrue(writingCode.contains("Use elog() and ereport() for logging output"), writingCode);
        assertTrue(writingCode.contains("INSERTED"));

        String labels = review.get("xreflabels").toString();
        assertTrue(labels.contains("\"id\":\"bgworker\"") && labels.contains("Background Worker Processes"), labels);
        assertTrue(labels.contains("xfunc-writing-code"), labels);

        String added = review.get("diagnosticsAdded").toString();
        assertTrue(added.contains("\"rule\":\"id.missing\"") && added.contains("bgworker.sgml"), added);
        assertTrue(added.contains("\"rule\":\"filename.missing\"") && added.contains("src/include/util/miscadmin.h"),
                added);
        assertTrue(review.get("removedUrls").isEmpty(), "the patch breaks no URL: " + review.get("removedUrls"));

        String report = Files.readString(out.resolve("pgdocs-review.html"));
        assertTrue(report.contains("<ins>") && report.contains("ch48s01.html"));
        assertTrue(Files.readString(out.resolve("ch48s01.html")).contains("pgdocs-review-mark"), "changed pages are marked");
        assertFalse(Files.readString(out.resolve("sql-select.html")).contains("pgdocs-review-mark"));
    }

    @Test
    void aPatchThatDoesNotApplyNamesItsHunkAndWritesNothing() throws Exception {
        // the corpus already has the patch: applying it again fails on its first hunk
        Path out = tmp.resolve("never");
        CliTest.Run run = CliTest.run("diff", "--patch", corpus().resolve(PATCH).toString(),
                corpus().resolve("pg14-docs/postgres.sgml").toString(), "-o", out.toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().matches("(?s).*0001-expand-extension-and-bgworker-docs\\.patch:\\d+: hunk #\\d+ \\(@@ .*"
                + "does not apply to .*\\.sgml.*"), run.err());
        assertTrue(run.err().contains("nothing written"));
        assertFalse(Files.exists(out));
    }

    @Test
    void missingOrJunkPatchesAreClearErrors() throws Exception {
        Path junk = tmp.resolve("junk.patch");
        Files.writeString(junk, "not a patch\n");
        CliTest.Run missing = CliTest.run("diff", "--patch", tmp.resolve("nope.patch").toString(),
                docsSrc().toString(), "-o", tmp.resolve("x").toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("nope.patch: patch file not found"), missing.err());
        CliTest.Run notADiff = CliTest.run("diff", "--patch", junk.toString(), docsSrc().toString(),
                "-o", tmp.resolve("x").toString());
        assertEquals(3, notADiff.code());
        assertTrue(notADiff.err().contains("junk.patch: not a unified diff"), notADiff.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void baseDirectoryComparesTwoTreesAndPrintsATextSummary() throws Exception {
        Path before = baseWithOneEdit("docs-before");
        CliTest.Run run = CliTest.run("diff", "--base", before.toString(), docsSrc().toString(),
                "-o", tmp.resolve("docs-review").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1 pages changed, 0 new, 0 removed"), run.out());
        assertTrue(run.out().contains("[-may-] {+can+}"), run.out());
    }

    @Test
    void theReviewSiteCanBeInWebsiteStyle() throws Exception {
        Path before = baseWithOneEdit("docs-before-web");
        Path out = tmp.resolve("docs-review-web");
        CliTest.Run run = CliTest.run("diff", "--base", before.toString(), docsSrc().toString(), "--style", "website",
                "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1 pages changed, 0 new, 0 removed"), run.out());
        String page = Files.readString(out.resolve("ch02s01.html")); // the changed sect1, named by position
        assertTrue(page.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), "website style");
        assertFalse(page.contains("pgdocs.css"), "no pgdocs chrome");
        int navheader = page.indexOf("<div class=\"navheader\">");
        int mark = page.indexOf("pgdocs-review-mark");
        assertTrue(navheader >= 0 && mark > navheader, "the changed page is marked below its navheader");
        assertFalse(Files.exists(out.resolve("search-index.json")));
    }

    private static JsonNode page(JsonNode review, String name) {
        for (JsonNode page : review.get("pages")) {
            if (page.get("name").asString().equals(name)) {
                return page;
            }
        }
        throw new AssertionError("no entry for " + name + " in " + review.get("pages"));
    }

    /** A copy of docs-src as it was before one word of bgworker.sgml changed ("may" became "can"). */
    private Path baseWithOneEdit(String name) throws Exception {
        Path before = tmp.resolve(name);
        Files.createDirectories(before);
        try (Stream<Path> files = Files.list(docsSrc().getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, before.resolve(p.getFileName().toString()));
            }
        }
        Path bgworker = before.resolve("bgworker.sgml");
        Files.writeString(bgworker, Files.readString(bgworker).replace("Background workers can be initialized",
                "Background workers may be initialized"));
        return before;
    }
}
