package dev.pgdocs.write.epub;

import static dev.pgdocs.Fixtures.docsSrc;
import static dev.pgdocs.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.cli.CliTest;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.write.pdf.SourceDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pgdocs build --format epub}: a valid EPUB 3 by the W3C's EPUBCheck, whose every
 * internal link arrives, whose inventory links stay on the web, and whose bytes depend
 * only on the sources.
 */
@Tag("slow") // EPUBCheck takes seconds per book: mvn verify
class EpubBuildTest {

    @Test
    void docsSrcIsAValidEpubWhoseLinksAllArrive(@TempDir Path tmp) throws Exception {
        Path epub = build(docsSrc(), tmp.resolve("out"));

        EpubProof.Verdict verdict = EpubProof.epubcheck(epub);
        assertEquals(List.of(), verdict.messages());
        assertEquals(0, verdict.errors());
        assertEquals(0, verdict.warnings());

        EpubProof.Links links = EpubProof.links(epub);
        assertEquals(List.of(), links.broken());
        assertTrue(links.internal() > 100, "internal links followed: " + links.internal());
        // a link to an id of the PostgreSQL 14 inventory (docs-src/pgdocs.json) goes to the web
        assertTrue(links.external().contains("https://www.postgresql.org/docs/14/sql-createfunction.html"),
                links.external().toString());
    }

    @Test
    void theContainerHasTheMimetypeFirstStoredThenThePackageInReadingOrder(@TempDir Path tmp) throws Exception {
        Path epub = build(docsSrc(), tmp.resolve("out"));
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            ZipEntry first = entries.get(0);
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals(null, first.getExtra(), "no extra field on the mimetype");
            assertEquals("application/epub+zip", new String(zip.getInputStream(first).readAllBytes(),
                    StandardCharsets.US_ASCII));
            assertEquals(List.of("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml",
                    "OEBPS/index.html", "OEBPS/extend-xfunc.html", "OEBPS/xfunc.html"),
                    entries.subList(1, 7).stream().map(ZipEntry::getName).toList());

            String opf = text(zip, "OEBPS/content.opf");
            assertTrue(opf.contains("<dc:title>PostgreSQL 14beta1 Documentation: Extending the Server</dc:title>"), opf);
            assertTrue(opf.contains("<dc:language>en</dc:language>"), opf);
            assertTrue(opf.contains("<dc:creator>The PostgreSQL Global Development Group</dc:creator>"), opf);
            assertTrue(opf.matches("(?s).*<dc:identifier id=\"book-id\">urn:uuid:[0-9a-f-]{36}</dc:identifier>.*"), opf);
            assertTrue(opf.contains("href=\"pgdocs.css\" media-type=\"text/css\""), opf);
            // the spine goes as the book reads: 14 pages, the title page first, the position-named sect1 in place
            List<String> spine = matches(opf, "<itemref idref=\"(page-\\d+)\"/>");
            assertEquals(14, spine.size());
            assertTrue(opf.contains("<item id=\"" + spine.get(0) + "\" href=\"index.html\""), opf);
            assertTrue(opf.contains("<item id=\"" + spine.get(12) + "\" href=\"ch02s01.html\""), opf);

            // the navigation document lists every page but the title page, nested as the book is
            String nav = text(zip, "OEBPS/nav.xhtml");
            assertTrue(nav.contains("<li><a href=\"bgworker.html\">2. Background Worker Processes</a><ol>"
                    + "<li><a href=\"ch02s01.html\">2.1. Background Worker initialization and resource allocation"
                    + "</a></li>"), nav);
            assertEquals(13, matches(nav, "<li><a href=\"([^\"#]+)\">").size(), nav);

            String page = text(zip, "OEBPS/xfunc.html");
            assertTrue(page.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE html>"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">"), page);
            assertFalse(page.contains("navheader") || page.contains("search"), "no site navigation or search box");
        }
    }

    @Test
    void twoBuildsAreByteIdenticalAndDatedBySourceDateEpoch(@TempDir Path tmp) throws Exception {
        byte[] first = Files.readAllBytes(build(docsSrc(), tmp.resolve("a")));
        byte[] second = Files.readAllBytes(build(docsSrc(), tmp.resolve("b")));
        assertArrayEquals(first, second);

        System.setProperty(SourceDate.PROPERTY, "1700000000");
        Path dated;
        try {
            dated = build(docsSrc(), tmp.resolve("c"));
        } finally {
            System.clearProperty(SourceDate.PROPERTY);
        }
        try (ZipFile zip = new ZipFile(dated.toFile())) {
            assertTrue(text(zip, "OEBPS/content.opf")
                    .contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"));
            for (ZipEntry entry : Collections.list(zip.entries())) {
                // zip dates are local date-times, to two seconds: written as UTC, whatever the machine's zone
                assertEquals(LocalDateTime.of(2023, 11, 14, 22, 13, 20), entry.getTimeLocal(), entry.getName());
            }
        }
    }

    @Test
    void imagesGoIntoTheBookAtTheirSitePathsAndShowAsImg(@TempDir Path tmp) throws Exception {
        Path epub = build(fixture("images/book.sgml"), tmp.resolve("out"));
        assertEquals(List.of(), EpubProof.epubcheck(epub).messages());
        assertEquals(List.of(), EpubProof.links(epub).broken());
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            String opf = text(zip, "OEBPS/content.opf");
            for (String image : List.of("x.svg", "sub/images/x.svg", "figures/y.svg")) {
                assertTrue(opf.contains("href=\"" + image + "\" media-type=\"image/svg+xml\""), opf);
                assertTrue(zip.getEntry("OEBPS/" + image) != null, image);
            }
            assertTrue(text(zip, "OEBPS/top.html").contains("<img src=\"x.svg\" alt=\"The master's figure\"/>"));
        }
    }

    @Test
    void anImageNoReadingSystemMustShowIsAnErrorAndNothingIsPublished(@TempDir Path tmp) throws Exception {
        Path book = tmp.resolve("book");
        Files.createDirectories(book.resolve("images"));
        Files.write(book.resolve("images/old.bmp"), new byte[] {'B', 'M'});
        Files.writeString(book.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>B</title>
                 <chapter id="c"><title>C</title>
                  <para>A bitmap: <inlinemediaobject><imageobject><imagedata fileref="images/old.bmp"/></imageobject></inlinemediaobject>
                  and one on the web: <inlinemediaobject><imageobject><imagedata fileref="https://example.org/a.png"/></imageobject></inlinemediaobject></para>
                 </chapter>
                </book>
                """);
        Path out = tmp.resolve("out");
        CliTest.Run run = CliTest.run("build", book.resolve("book.sgml").toString(), "--format", "epub",
                "-o", out.toString(), "--keep-going");
        assertEquals(ExitCode.DOCUMENT_ERRORS, run.code(), run.err());
        assertTrue(run.err().contains("book.epub: error: image old.bmp is of a type EPUB reading systems need not"
                + " show; use SVG, PNG, JPEG, GIF or WebP [epub.image]"), run.err());
        assertTrue(run.err().contains("book.epub: error: image https://example.org/a.png is not in the book: an EPUB"
                + " holds every image it shows; copy it into the sources [epub.image]"), run.err());
        assertTrue(run.err().contains("pgdocs: epub not published: the build found 2 errors (epub.image); "), run.err());
        assertFalse(Files.exists(out), "nothing published");
    }

    @Test
    void aBrokenLinkKeepsTheEpubFromBeingPublishedEvenWithKeepGoing(@TempDir Path tmp) throws Exception {
        Path book = tmp.resolve("book");
        Files.createDirectories(book);
        Files.writeString(book.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>B</title>
                 <chapter id="c"><title>C</title><para>See <ulink url="nowhere.html">there</ulink>.</para></chapter>
                </book>
                """);
        Path out = tmp.resolve("out");
        CliTest.Run run = CliTest.run("build", book.resolve("book.sgml").toString(), "--format", "html,epub",
                "-o", out.toString(), "--keep-going");
        assertEquals(ExitCode.DOCUMENT_ERRORS, run.code(), run.err());
        assertTrue(run.err().contains("pgdocs: html published with 1 broken link (--keep-going)"), run.err());
        assertTrue(run.err().contains("pgdocs: epub not published: the build found 1 error (html.broken-link); "),
                run.err());
        assertTrue(Files.isRegularFile(out.resolve("html/c.html")));
        assertFalse(Files.exists(out.resolve("epub")), "no EPUB with a link a reader cannot follow");
    }

    /** Builds {@code master} as an EPUB into {@code out}; returns the file. */
    static Path build(Path master, Path out) {
        CliTest.Run run = CliTest.run("build", master.toString(), "--format", "epub", "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        String name = master.getFileName().toString().replace(".sgml", ".epub");
        assertTrue(run.err().lines().anyMatch(l -> l.matches("pgdocs: wrote .*" + Pattern.quote(name)
                + " \\(\\d+ pages, \\d+ images, \\d+\\.\\d MB\\)")), run.err());
        Path epub = out.resolve(name);
        assertTrue(Files.isRegularFile(epub), run.err());
        assertFalse(Files.exists(out.resolve("OEBPS")), "the unpacked content is not left beside the EPUB");
        return epub;
    }

    private static String text(ZipFile zip, String entry) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
