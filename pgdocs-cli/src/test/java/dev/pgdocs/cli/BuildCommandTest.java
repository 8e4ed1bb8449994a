package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.docsSrc;
import static dev.pgdocs.Fixtures.fixture;
import static dev.pgdocs.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pgdocs build --format html on the docs-src book and on fixtures. */
@Tag("slow")
class BuildCommandTest {

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static Document page(Path site, String name) throws Exception {
        return Jsoup.parse(site.resolve(name).toFile());
    }

    @Test
    void buildsTheDocsSrcSiteWithPostgresqlPageNames(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", docsSrc().toString(), "--format", "html", "-o", site.toString());
        assertEquals(0, r.code(), r.err());
        List<String> files = files(site);
        assertTrue(files.containsAll(List.of("index.html", "bgworker.html", "ch02s01.html", "bgworker-signals.html",
                "xfunc.html", "xfunc-sql.html", "xfunc-c.html", "pgdocs.css", "search.js", "search-index.js",
                "search-index.json", ".pgdocs-output")), files::toString);

        Document chapter = page(site, "bgworker.html");
        assertEquals("en", chapter.selectFirst("html").attr("lang"));
        assertEquals("Chapter 2. Background Worker Processes", chapter.selectFirst("main h1").ownText().trim());
        assertNotNull(chapter.getElementById("BGWORKER"), "upper-case anchor of the chapter id");
        assertEquals(List.of("ch02s01.html", "bgworker-signals.html"),
                chapter.select("div.toc > dl.toc > dt a").eachAttr("href"), "the chapter's table of contents");
        assertEquals("ch02s01.html", chapter.selectFirst("div.navheader a[accesskey=n]").attr("href"));
        assertEquals("index.html", chapter.selectFirst("div.navheader a[accesskey=u]").attr("href"));
    }

    @Test
    void xrefsGetGeneratedTextAndInventoryTargetsBecomeExternalLinks(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", site.toString()).code());
        Document section = page(site, "ch02s01.html");
        var external = section.select("a.external[href=https://www.postgresql.org/docs/14/runtime-config-resource.html#GUC-MAX-WORKER-PROCESSES]");
        assertFalse(external.isEmpty(), "link to max_worker_processes through the inventory");
        assertEquals("max_worker_processes", external.first().text());
        var signals = section.select("a.xref[href=bgworker-signals.html]");
        assertEquals("Signal Handling in Background Workers", signals.first().text(), "the xreflabel");
        Document xfunc = page(site, "xfunc-c.html");
        // PostgreSQL's stylesheets put no "#" link on tables
        assertEquals("Table 1.1. Equivalent C Types for Built-in SQL Types",
                xfunc.selectFirst("#XFUNC-C-TYPE-TABLE > p.title").text(), "DocBook XSL's caption");
        assertTrue(xfunc.select("a.xref").eachText().contains("Table 1.1"), "xref to the table");
    }

    @Test
    void everyPageHasNavigationASearchBoxAndSelfLinks(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", site.toString()).code());
        for (String name : files(site)) {
            if (!name.endsWith(".html")) {
                continue;
            }
            Document doc = page(site, name);
            assertNotNull(doc.selectFirst("form.search input[type=search]"), name);
            assertNotNull(doc.selectFirst("div.navfooter a[accesskey=h], div.navfooter a[accesskey=n]"), name);
            // docs-src has sections without ids, as PostgreSQL 14's manual: no "#" id links
            // on headings (PostgreSQL 17+'s stylesheets add them, and require the ids)
            for (var heading : doc.select("main div.titlepage h1, main div.titlepage h2, main div.titlepage h3")) {
                assertNull(heading.selectFirst("a.id_link"), name + ": " + heading.text());
            }
        }
    }

    @Test
    void twoBuildsAreByteIdentical(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", a.toString()).code());
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", b.toString()).code());
        assertEquals(files(a), files(b));
        for (String f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void singlePageHoldsTheWholeBook(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("one");
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", site.toString(), "--single-page").code());
        Document doc = page(site, "index.html");
        assertNotNull(doc.getElementById("BGWORKER-SIGNALS"));
        assertNotNull(doc.getElementById("XFUNC-C-TYPE-TABLE"));
        assertEquals(List.of(), files(site).stream().filter(f -> f.endsWith(".html") && !f.equals("index.html")).toList());
    }

    @Test
    void errorsStopTheBuildAndLeaveThePreviousSiteInPlace(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", site.toString()).code());
        List<String> before = files(site);
        CliTest.Run broken = run("build", fixture("rules/book.sgml").toString(), "-o", site.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("not building"), broken.err());
        assertEquals(before, files(site), "the last good site is untouched");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging directory left behind");
        }
    }

    @Test
    void keepGoingMarksBrokenLinksAndUnknownElements(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", fixture("rules/book.sgml").toString(), "--inventory",
                fixture("rules/inventory.json").toString(), "-o", site.toString(), "--keep-going");
        assertEquals(1, r.code(), "still reports failure");
        assertTrue(r.err().contains("chapter.sgml:24:9: warning: <bogus> has no HTML template"), r.err());
        assertEquals("[broken link: sectoin-one]", page(site, "chap.html").selectFirst(".broken-link").text());
        assertEquals("not DocBook", page(site, "ch01s02.html").selectFirst(".unknown-element.bogus").text());
    }

    @Test
    void aSiteWhoseOnlyErrorsAreBrokenLinksIsPublishedWithKeepGoingAndTheLastLineNeverLies(@TempDir Path tmp)
            throws Exception {
        Path site = tmp.resolve("html");
        String book = fixture("keep-going/book.sgml").toString();
        CliTest.Run refused = run("build", book, "-o", site.toString());
        assertEquals(1, refused.code());
        String[] lines = refused.err().strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("pgdocs: html not published: the build found 1 error"
                + " (html.broken-link)"), refused.err());
        assertFalse(refused.err().contains("wrote"), "no claim of a site that was not written: " + refused.err());
        assertFalse(Files.exists(site));

        CliTest.Run kept = run("build", book, "-o", site.toString(), "--keep-going");
        assertEquals(1, kept.code(), "still reports failure");
        assertTrue(kept.err().contains("pgdocs: wrote 2 pages to"), kept.err());
        assertTrue(kept.err().strip().endsWith("html published with 1 broken link (--keep-going)"), kept.err());
        assertTrue(Files.exists(site.resolve("ch.html")));
    }

    @Test
    void remarksShowInDevelopmentVersionsOnly(@TempDir Path tmp) throws Exception {
        String book = fixture("keep-going/book.sgml").toString();
        Path devel = tmp.resolve("devel");
        run("build", book, "-o", devel.toString(), "--keep-going", "--pg-version", "19devel");
        assertEquals("A note between writers.", page(devel, "ch.html").selectFirst("p.remark span.remark").text());
        Path release = tmp.resolve("release");
        run("build", book, "-o", release.toString(), "--keep-going", "--pg-version", "18.3");
        assertTrue(page(release, "ch.html").select(".remark").isEmpty());
    }

    @Test
    void refusesToReplaceADirectoryItDidNotMake(@TempDir Path tmp) throws Exception {
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "precious");
        CliTest.Run r = run("build", docsSrc().toString(), "--format", "html", "-o", mine.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("was not made by pgdocs"), r.err());
        assertEquals("precious", Files.readString(mine.resolve("notes.txt")));
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", mine.toString(), "--force").code());
        assertFalse(Files.exists(mine.resolve("notes.txt")), "--force replaces it");
    }

    /** issue 10, case 1: an -o whose replacement would delete the sources is refused, --force or not. */
    @Test
    void refusesAnOutputThatIsOrHoldsTheSourcesEvenWithForce(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        copyTree(docsSrc().getParent(), src);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), src);
        String master = src.resolve("book.sgml").toString();
        for (String o : List.of(src.toString(), src + "/.", tmp.toString(), link.toString(), src.resolve("..").toString())) {
            CliTest.Run r = run("build", master, "-o", o, "--force");
            assertEquals(ExitCode.USAGE, r.code(), o + ": " + r.err());
            assertTrue(r.err().contains("pgdocs: refusing -o " + o + ": it "), r.err());
            assertTrue(r.err().contains("the source root (the directory of book.sgml)"), r.err());
            assertTrue(r.err().contains("--force does not override this"), r.err());
            assertTrue(Files.isRegularFile(src.resolve("bgworker.sgml")), "the sources are still there");
        }
        for (String command : List.of("serve", "diff")) {
            List<String> args = new java.util.ArrayList<>(List.of(command, master, "-o", src.toString(), "--force"));
            if (command.equals("diff")) {
                args.addAll(List.of("--base", src.toString()));
            }
            CliTest.Run r = run(args.toArray(String[]::new));
            assertEquals(ExitCode.USAGE, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("it is the source root"), r.err());
        }
        assertTrue(Files.isRegularFile(src.resolve("book.sgml")));
    }

    @Test
    void refusesTheFileSystemRootTheHomeAndTheCurrentDirectoryEvenWithForce(@TempDir Path tmp) throws Exception {
        CliTest.Run root = run("build", docsSrc().toString(), "--format", "html", "-o", "/", "--force");
        assertEquals(ExitCode.USAGE, root.code(), root.err());
        assertTrue(root.err().contains("pgdocs: refusing -o /: it is the file system root"), root.err());
        assertFalse(root.err().contains("NullPointerException"), root.err());

        String home = System.getProperty("user.home");
        Path fakeHome = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(fakeHome.resolve(".profile"), "precious");
        System.setProperty("user.home", fakeHome.toString()); // so that a failure here costs nothing
        try {
            CliTest.Run r = run("build", docsSrc().toString(), "--format", "html", "-o", fakeHome.toString(), "--force");
            assertEquals(ExitCode.USAGE, r.code(), r.err());
            assertTrue(r.err().contains("it is the home directory"), r.err());
            r = run("build", docsSrc().toString(), "--format", "html", "-o", tmp.toString(), "--force");
            assertEquals(ExitCode.USAGE, r.code(), r.err());
            assertTrue(r.err().contains("it contains the home directory"), r.err());
            assertEquals("precious", Files.readString(fakeHome.resolve(".profile")));
        } finally {
            System.setProperty("user.home", home);
        }
        // the current directory is this clone: asked without --force, so that even a broken
        // guard falls back on the refusal of a directory pgdocs did not make
        CliTest.Run cwd = run("build", docsSrc().toString(), "--format", "html", "-o", ".");
        assertEquals(ExitCode.USAGE, cwd.code(), cwd.err());
        assertTrue(cwd.err().contains("pgdocs: refusing -o .: it is the current directory"), cwd.err());
    }

    /** issue 10, case 4: a book with no content is an error, and the last good site stays. */
    @Test
    void anEmptyBookIsAnErrorAndPublishesNothing(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        assertEquals(0, run("build", docsSrc().toString(), "--format", "html", "-o", site.toString()).code());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        for (String name : List.of("bare", "title-only")) {
            String master = fixture("empty/" + name + ".sgml").toString();
            for (String keepGoing : List.of("--force", "--keep-going")) {
                CliTest.Run r = run("build", master, "-o", site.toString(), keepGoing);
                assertEquals(ExitCode.DOCUMENT_ERRORS, r.code(), r.err());
                assertTrue(r.err().contains(name + ".sgml:3:1: error: the <book> has no content ("
                        + (name.equals("bare") ? "nothing in it" : "only a title") + ")"), r.err());
                assertTrue(r.err().contains("[book.empty]"), r.err());
                assertTrue(r.err().contains("pgdocs: not building: the book has no content; nothing published"), r.err());
                assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")), "the good site stays");
                assertTrue(Files.isRegularFile(site.resolve("bgworker.html")));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    // Links are made here, at test time: none is committed. /etc/passwd is what the report used.

    private static final Path PASSWD = Path.of("/etc/passwd");

    /** A book in {@code root} whose DOCTYPE declares {@code entities} and whose body is {@code body}. */
    private static Path linkBook(Path root, String entities, String body) throws Exception {
        Files.createDirectories(root);
        Path master = root.resolve("book.sgml");
        Files.writeString(master, """
                <?xml version="1.0"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"
                  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                %s
                ]>
                <book id="b"><title>B</title>
                %s
                </book>
                """.formatted(entities, body));
        return master;
    }

    private static final String SECRET_CHAPTER = "<chapter id=\"leak\"><title>Leak</title><para>SECRET-7f3a</para></chapter>\n";

    private static void assertRefused(CliTest.Run r, int code, String message, Path site) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("root:"), "nothing of the file is shown: " + r.err());
        assertFalse(Files.exists(site), "nothing is published");
    }

    @Test
    void refusesAChapterThatIsALinkOutsideTheRoot(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("root");
        Path secret = Files.writeString(tmp.resolve("secret.sgml"), SECRET_CHAPTER);
        Path master = linkBook(root, "<!ENTITY ch SYSTEM \"ch.sgml\">", "&ch;");
        Files.createSymbolicLink(root.resolve("ch.sgml"), secret);
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", master.toString(), "-o", site.toString());
        assertRefused(r, 3, "book.sgml:7:5: error: refusing to read " + root.resolve("ch.sgml") + ": it is a link to "
                + secret.toRealPath() + ", outside the source root " + root.toRealPath() + " [load]", site);
    }

    @Test
    void refusesAnEntityThatIsALinkToEtcPasswd(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(PASSWD));
        Path root = tmp.resolve("root");
        Path master = linkBook(root, "<!ENTITY pw SYSTEM \"pw.txt\">",
                "<chapter id=\"c\"><title>C</title><para>&pw;</para></chapter>");
        Files.createSymbolicLink(root.resolve("pw.txt"), PASSWD);
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", master.toString(), "-o", site.toString());
        assertRefused(r, 3, "book.sgml:7:43: error: refusing to read " + root.resolve("pw.txt") + ": it is a link to "
                + PASSWD.toRealPath() + ", outside the source root " + root.toRealPath() + " [load]", site);
    }

    @Test
    void refusesAnEntityReadThroughALinkedDirectory(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(PASSWD));
        Path root = tmp.resolve("root");
        Path master = linkBook(root, "<!ENTITY pw SYSTEM \"etcdir/passwd\">",
                "<chapter id=\"c\"><title>C</title><para>&pw;</para></chapter>");
        Files.createSymbolicLink(root.resolve("etcdir"), PASSWD.getParent());
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", master.toString(), "-o", site.toString());
        assertRefused(r, 3, "book.sgml:7:43: error: refusing to read " + root.resolve("etcdir/passwd")
                + ": it is a link to " + PASSWD.getParent().toRealPath().resolve("passwd")
                + ", outside the source root " + root.toRealPath() + " [load]", site);
    }

    @Test
    void refusesAnImageThatIsALinkOutsideTheRootInHtmlAndPdf(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(PASSWD));
        Path root = tmp.resolve("root");
        Path master = linkBook(root, "", """
                <chapter id="c"><title>C</title>
                <figure id="f"><title>F</title><mediaobject><imageobject><imagedata fileref="images/leak.svg" format="SVG"/></imageobject></mediaobject></figure>
                </chapter>""");
        Files.createDirectories(root.resolve("images"));
        Files.createSymbolicLink(root.resolve("images/leak.svg"), PASSWD);
        String refused = "book.sgml:8:58: error: refusing to read image images/leak.svg: it is a link to "
                + PASSWD.toRealPath() + ", outside the source root " + root.toRealPath();
        Path site = tmp.resolve("html");
        CliTest.Run html = run("build", master.toString(), "-o", site.toString());
        assertRefused(html, 1, refused + " [html.image]", site);
        Path pdf = tmp.resolve("pdf");
        CliTest.Run r = run("build", master.toString(), "--format", "pdf", "-o", pdf.toString());
        assertRefused(r, 1, refused + " [pdf.image]", pdf);
    }

    @Test
    void aLinkThatStaysInsideTheRootKeepsWorking(@TempDir Path tmp) throws Exception {
        Path real = tmp.resolve("real");
        Path root = tmp.resolve("root"); // the root itself reached through a link, as /tmp is on some systems
        Files.createDirectories(real.resolve("sub"));
        Files.createSymbolicLink(root, real);
        Files.writeString(real.resolve("sub/real.sgml"), SECRET_CHAPTER);
        Files.createSymbolicLink(real.resolve("ch.sgml"), Path.of("sub/real.sgml"));
        Files.createSymbolicLink(real.resolve("subdir"), Path.of("sub"));
        Files.writeString(real.resolve("sub/dot.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
        Path master = linkBook(root, "<!ENTITY ch SYSTEM \"ch.sgml\">", """
                &ch;
                <chapter id="c"><title>C</title>
                <figure id="f"><title>F</title><mediaobject><imageobject><imagedata fileref="subdir/dot.svg" format="SVG"/></imageobject></mediaobject></figure>
                </chapter>""");
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", master.toString(), "-o", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(site.resolve("leak.html")).contains("SECRET-7f3a"));
        assertTrue(Files.isRegularFile(site.resolve("subdir/dot.svg")));
    }
}
