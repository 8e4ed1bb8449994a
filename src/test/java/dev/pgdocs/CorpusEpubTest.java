package dev.pgdocs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.cli.CliTest;
import dev.pgdocs.write.epub.EpubProof;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EPUB of the whole PostgreSQL 18 manual (skipped without ../shared/corpus): valid by
 * the W3C's EPUBCheck, with no error and no warning; every internal link arrives at an
 * entry and an id; two builds are the same bytes. The figures are printed.
 */
@Tag("slow") // the whole PostgreSQL manual, and EPUBCheck over it: mvn verify
class CorpusEpubTest {

    @Test
    void postgres18IsAValidEpubTheSameOnEveryBuild(@TempDir Path tmp) throws Exception {
        Path master = Fixtures.corpus().resolve("pg18-docs/postgres.sgml");
        Assumptions.assumeTrue(Files.isRegularFile(master), "no PostgreSQL 18 corpus");

        long start = System.nanoTime();
        Path epub = build(master, tmp.resolve("a"));
        long built = System.nanoTime();
        EpubProof.Verdict verdict = EpubProof.epubcheck(epub);
        long checked = System.nanoTime();
        EpubProof.Links links = EpubProof.links(epub);
        int entries;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            entries = zip.size();
        }
        System.out.printf("Corpus EPUB (PostgreSQL 18): %d files, %.1f MB; build %.1f s; EPUBCheck %d errors,"
                        + " %d warnings, %d usage notes in %.1f s; %d internal links followed, %d broken,"
                        + " %d external%n", entries, Files.size(epub) / 1048576.0, (built - start) / 1e9,
                verdict.errors(), verdict.warnings(), verdict.usages(), (checked - built) / 1e9,
                links.internal(), links.broken().size(), links.external().size());

        assertEquals(List.of(), verdict.messages());
        assertEquals(0, verdict.errors() + verdict.warnings(), "EPUBCheck: errors and warnings");
        assertEquals(List.of(), links.broken().stream().limit(20).toList());
        assertTrue(entries > 1100, "one XHTML file per page, and more: " + entries);
        // what leaves the book goes to the web (https:, mailto:, news:), never to the build machine's files
        assertEquals(List.of(), links.external().stream().filter(l -> l.startsWith("file:")).limit(5).toList());

        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(build(master, tmp.resolve("b"))),
                "two builds of the same sources are the same bytes");
    }

    private static Path build(Path master, Path out) {
        CliTest.Run run = CliTest.run("build", master.toString(), "--pg-version", "18.3", "--format", "epub",
                "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> findings = run.err().lines().filter(l -> l.contains("[render") || l.contains("[epub")
                || l.contains("[html")).limit(20).toList();
        assertEquals(List.of(), findings, "no element without a template, no image or link problem");
        Path epub = out.resolve("postgres.epub");
        assertTrue(Files.isRegularFile(epub), run.err());
        return epub;
    }
}
