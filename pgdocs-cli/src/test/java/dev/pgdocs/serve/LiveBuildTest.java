package dev.pgdocs.serve;

import dev.pgdocs.cli.CommandLineRuns;
import static dev.pgdocs.Fixtures.docsSrc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.pipeline.BookSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The rebuilds of pgdocs serve must leave the same site a full build of the same
 * sources writes, file for file, whether they rendered a few pages or all of them.
 */
@Tag("slow") // live rebuilds, one of the whole manual: mvn verify
class LiveBuildTest {

    @TempDir
    Path tmp;

    @Test
    void aTextEditRendersItsPagesOnlyAndTheSiteIsAsAFullBuildWritesIt() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Path bgworker = master.resolveSibling("bgworker.sgml");
        edit(bgworker, "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para>A new paragraph.<footnote><para>And a"
                        + " footnote.</para></footnote></para>");
        LiveBuild.Outcome footnote = build.build(Set.of(bgworker));
        assertTrue(footnote.ok(), footnote.diagnostics().toString());
        // a new element renumbers the generated anchors after it, which the index and the
        // tables of contents link to: on a book this small, more than a quarter of its
        // pages, so all of them are rendered (the manual's test sees the pages only)
        assertSameAsFullBuild(master);

        edit(bgworker, "A new paragraph.", "An edited paragraph.");
        Map<String, String> firstLook = new java.util.TreeMap<>();
        build.onFirstLook(pages -> pages.forEach(page -> firstLook.put(page, read(tmp.resolve("live").resolve(page)))));
        LiveBuild.Outcome text = build.build(Set.of(bgworker));
        assertTrue(text.ok());
        assertFalse(text.whole(), "a text edit renders only the pages it is on");
        assertTrue(text.pages() <= 3, "pages rendered: " + text.pages());
        assertSameAsFullBuild(master);
        // the edited chapter's page was in place before the check, and not written again after it
        assertTrue(firstLook.containsKey("bgworker.html"), "first look: " + firstLook.keySet());
        assertTrue(firstLook.get("bgworker.html").contains("An edited paragraph."));
        assertTrue(java.util.Collections.disjoint(firstLook.keySet(), text.replaced()),
                firstLook.keySet() + " then " + text.replaced());
    }

    @Test
    void theWarmUpWritesNothingGoesRoundSeveralTimesAndGivesWayToASave() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Map<String, String> before = site(tmp.resolve("live"));
        int[] asked = {0};
        build.warmUp(() -> ++asked[0] < 0);
        assertEquals(before, site(tmp.resolve("live")), "the warm-up wrote to the site");
        // each round asks three times whether a save waits: before loading, after it, after finding the pages
        assertTrue(asked[0] >= 9, "rounds: " + asked[0] / 3.0);
        int[] waiting = {0};
        build.warmUp(() -> ++waiting[0] > 0);
        assertEquals(1, waiting[0], "a save already waiting: no round starts");

        Path bgworker = master.resolveSibling("bgworker.sgml");
        edit(bgworker, "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para>After the warm-up.</para>");
        assertTrue(build.build(Set.of(bgworker)).ok());
        assertSameAsFullBuild(master);
    }

    /**
     * The load of the next save reads the prolog while serve waits: a save of a chapter
     * lets it go on, and the chapter is read as saved; a save of the declarations it
     * read (here a new entity in the master, used in the chapter) has the build load afresh.
     */
    @Test
    void theLoadAheadGoesOnAfterAChapterEditAndGivesWayAfterAnEditOfItsDeclarations() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Path bgworker = master.resolveSibling("bgworker.sgml");

        build.prepareNextLoad();
        build.awaitNextLoadWaiting(); // its prolog read, the chapter not yet
        edit(bgworker, "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para>Saved while the next load waited.</para>");
        LiveBuild.Outcome chapter = build.build(Set.of(bgworker));
        assertTrue(chapter.ok(), chapter.diagnostics().toString());
        assertEquals(1, build.loadsAhead(), "the chapter's build took the load started ahead");
        assertFalse(chapter.whole());
        assertTrue(read(tmp.resolve("live/bgworker.html")).contains("Saved while the next load waited."));
        assertSameAsFullBuild(master);

        build.prepareNextLoad();
        build.awaitNextLoadWaiting();
        edit(master, "<!ENTITY zwsp", "<!ENTITY waited \"declared while the next load waited\">\n<!ENTITY zwsp");
        edit(bgworker, "Saved while the next load waited.", "Saved with an entity &waited;.");
        LiveBuild.Outcome declarations = build.build(Set.of(master, bgworker));
        assertTrue(declarations.ok(), declarations.diagnostics().toString());
        assertEquals(1, build.loadsAhead(), "the load started ahead read the old declarations: not taken");
        assertTrue(read(tmp.resolve("live/bgworker.html")).contains("Saved with an entity declared while the next load waited."));
        assertSameAsFullBuild(master);

        // a save that comes before the load ahead has read the prolog waits for it
        build.prepareNextLoad();
        edit(bgworker, "Saved with an entity &waited;.", "Saved once more.");
        assertTrue(build.build(Set.of(bgworker)).ok());
        assertEquals(2, build.loadsAhead());
        assertSameAsFullBuild(master);

        // a chapter saved broken: the load ahead reports it where it is, as a load would
        build.prepareNextLoad();
        build.awaitNextLoadWaiting();
        edit(bgworker, "Saved once more.</para>", "Saved once more.");
        LiveBuild.Outcome broken = build.build(Set.of(bgworker));
        assertFalse(broken.ok());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.isError() && d.location() != null
                && bgworker.equals(d.location().file()) && d.location().line() > 0), broken.diagnostics().toString());
        build.prepareNextLoad();
        edit(bgworker, "Saved once more.", "Saved once more.</para>");
        assertTrue(build.build(Set.of(bgworker)).ok());
        assertSameAsFullBuild(master);
    }

    @Test
    void onTheManualATextEditGivesTheSiteAFullBuildWrites() throws Exception {
        Path corpus = dev.pgdocs.Fixtures.corpus().resolve("pg14-docs");
        Path book = tmp.resolve("manual");
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = book.resolve(corpus.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path master = book.resolve("postgres.sgml");
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Path xfunc = master.resolveSibling("xfunc.sgml");
        edit(xfunc, "Always zero the bytes of your structures", "Always set to zero the bytes of your structures");
        LiveBuild.Outcome text = build.build(Set.of(xfunc));
        assertTrue(text.ok());
        assertFalse(text.whole(), "a text edit renders only the pages it is on");
        assertSameAsFullBuild(master);

        // a new paragraph renumbers the generated anchors after it, among them index
        // terms', and its footnote every later footnote of the book: the pages those are
        // on, the index and the pages linking into them, not the whole manual
        Path bgworker = master.resolveSibling("bgworker.sgml");
        edit(bgworker, "</title>", "</title><para>A new paragraph.<footnote><para>And its footnote.</para>"
                + "</footnote></para>");
        LiveBuild.Outcome paragraph = build.build(Set.of(bgworker));
        assertTrue(paragraph.ok(), paragraph.diagnostics().toString());
        assertFalse(paragraph.whole(), "a new paragraph keeps every id, title and page: " + paragraph.pages());
        assertSameAsFullBuild(master);

        // without a footnote, the anchors it moves are the chapter's own (its sect1 without
        // an id keeps its page, number and title) and its index terms' (the index names
        // its entries by their first terms): the chapter's three pages and the index, not
        // the pages that link to the chapter and its sections (tables of contents, the
        // neighbours' navigation), which show nothing that moved
        edit(bgworker, "<para>A new paragraph.", "<para>Another paragraph.</para><para>A new paragraph.");
        LiveBuild.Outcome plain = build.build(Set.of(bgworker));
        assertTrue(plain.ok(), plain.diagnostics().toString());
        assertFalse(plain.whole());
        assertTrue(plain.pages() <= 4, "pages rendered: " + plain.pages());
        assertSameAsFullBuild(master);
    }

    @Test
    void aNewTitleRendersTheWholeSite() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Path bgworker = master.resolveSibling("bgworker.sgml");
        String text = Files.readString(bgworker);
        int sect1 = text.indexOf("<sect1");
        int title = text.indexOf("<title>", sect1) + "<title>".length();
        Files.writeString(bgworker, text.substring(0, title) + "Renamed: " + text.substring(title));
        LiveBuild.Outcome renamed = build.build(Set.of(bgworker));
        assertTrue(renamed.ok());
        assertTrue(renamed.whole(), "a title shows in tables of contents and navigation elsewhere");
        assertSameAsFullBuild(master);
    }

    @Test
    void editsSavedWhileTheBookIsBrokenAreNotLost() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Path bgworker = master.resolveSibling("bgworker.sgml");
        Path xfunc = master.resolveSibling("xfunc.sgml");
        String good = Files.readString(bgworker);
        edit(bgworker, "</title>", "</title><para><xref linkend=\"nowhere\"/></para>");
        assertFalse(build.build(Set.of(bgworker)).ok());
        edit(xfunc, "<para>", "<para>Edited while the book was broken. ");
        assertFalse(build.build(Set.of(xfunc)).ok());
        Files.writeString(bgworker, good);
        LiveBuild.Outcome fixed = build.build(Set.of(bgworker));
        assertTrue(fixed.ok(), fixed.diagnostics().toString());
        assertSameAsFullBuild(master);
    }

    @Test
    void aBrokenLinkFoundAfterRenderingPublishesNothing() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Map<String, String> before = site(tmp.resolve("live"));
        Path bgworker = master.resolveSibling("bgworker.sgml");
        edit(bgworker, "</title>", "</title><para><ulink url=\"no-such-page.html\">a page</ulink></para>");
        LiveBuild.Outcome broken = build.build(Set.of(bgworker));
        assertFalse(broken.ok(), "a link to a page the site lacks is an error");
        assertEquals(before, site(tmp.resolve("live")));
    }

    @Test
    void inWebsiteStyleTheRebuiltSiteIsAsAFullWebsiteBuildWritesIt() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = new LiveBuild(BookSource.of(master), tmp.resolve("live"), false,
                dev.pgdocs.render.HtmlStyle.WEBSITE);
        assertTrue(build.build(Set.of()).ok());
        Path bgworker = master.resolveSibling("bgworker.sgml");
        edit(bgworker, "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para>A new paragraph.</para>");
        assertTrue(build.build(Set.of(bgworker)).ok()); // a new element: the pages its anchors reach
        edit(bgworker, "A new paragraph.", "An edited paragraph.");
        LiveBuild.Outcome text = build.build(Set.of(bgworker));
        assertTrue(text.ok(), text.diagnostics().toString());
        assertFalse(text.whole(), "a text edit renders only the pages it is on");
        assertSameAsFullBuild(master, "--style", "website");
        assertFalse(Files.exists(tmp.resolve("live/search-index.json")), "the website style has no search index");
        assertTrue(Files.readString(tmp.resolve("live/bgworker.html")).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""));
    }

    @Test
    void anErrorPublishesNothing() throws Exception {
        Path master = copyDocsSrc();
        LiveBuild build = liveBuild(master);
        assertTrue(build.build(Set.of()).ok());
        Map<String, String> before = site(tmp.resolve("live"));
        Path bgworker = master.resolveSibling("bgworker.sgml");
        edit(bgworker, "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para>Before the check. <xref linkend=\"nowhere\"/></para>");
        Map<String, String> firstLook = new java.util.TreeMap<>();
        build.onFirstLook(pages -> pages.forEach(page -> firstLook.put(page, read(tmp.resolve("live").resolve(page)))));
        LiveBuild.Outcome broken = build.build(Set.of(bgworker));
        assertFalse(broken.ok());
        // the writer saw the edit at once; the check's error put the page back
        assertTrue(firstLook.getOrDefault("bgworker.html", "").contains("Before the check."), firstLook.keySet().toString());
        assertEquals(firstLook.keySet(), broken.replaced(), "the pages put back");
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.rule().equals("xref.missing")
                && d.location().file().endsWith("bgworker.sgml") && d.location().line() > 0));
        assertEquals(before, site(tmp.resolve("live")), "the last good site is untouched");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private LiveBuild liveBuild(Path master) {
        return new LiveBuild(BookSource.of(master), tmp.resolve("live"), false);
    }

    private void assertSameAsFullBuild(Path master, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("build", master.toString(), "--format", "html", "-o", tmp.resolve("full").toString()));
        args.addAll(List.of(options));
        CommandLine cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        Map<String, String> live = site(tmp.resolve("live"));
        Map<String, String> fresh = site(tmp.resolve("full"));
        assertEquals(fresh.keySet(), live.keySet());
        fresh.forEach((file, content) -> assertEquals(content, live.get(file), file + " differs from a full build"));
    }

    private static Map<String, String> site(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private Path copyDocsSrc() throws Exception {
        Path book = tmp.resolve("book");
        Files.createDirectories(book);
        try (Stream<Path> files = Files.list(docsSrc().getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, book.resolve(p.getFileName().toString()));
            }
        }
        return book.resolve("book.sgml");
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
