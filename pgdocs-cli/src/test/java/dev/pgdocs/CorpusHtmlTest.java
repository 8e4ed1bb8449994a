package dev.pgdocs;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.resolve.LinkTargets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML build of the whole PostgreSQL 14 manual (skipped without ../shared/corpus). */
@Tag("slow") // the whole PostgreSQL manuals: mvn verify
class CorpusHtmlTest {

    @TempDir
    static Path tmp;

    private static Path corpus;
    private static Path site;
    private static String buildErrors;
    private static final Map<String, Document> PAGES = new ConcurrentHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        corpus = Fixtures.corpus();
        site = tmp.resolve("html");
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("build", corpus.resolve("pg14-docs/postgres.sgml").toString(), "-o", site.toString());
        buildErrors = err.toString();
        assertEquals(0, code, buildErrors);
        try (var files = Files.list(site)) {
            files.filter(f -> f.toString().endsWith(".html")).parallel().forEach(f -> {
                try {
                    PAGES.put(f.getFileName().toString(), Jsoup.parse(f.toFile()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void everyElementTypeOfTheManualHasATemplate() {
        List<String> unhandled = buildErrors.lines().filter(l -> l.contains("[render.")).toList();
        assertEquals(List.of(), unhandled);
    }

    @Test
    void everyPageAndAnchorOfPostgresqlOrgExists() throws Exception {
        List<String> pages = Files.readAllLines(corpus.resolve("pg14-anchor/pages.txt"));
        List<String> missingPages = pages.stream().filter(p -> !PAGES.containsKey(p)).toList();
        List<String> pairs = Files.readAllLines(corpus.resolve("pg14-anchor/anchors.tsv"));
        pairs = pairs.subList(1, pairs.size());
        List<String> missingAnchors = new ArrayList<>();
        for (String pair : pairs) {
            String[] pa = pair.split("\t");
            Document doc = PAGES.get(pa[0]);
            if (doc == null || doc.getElementById(pa[1]) == null) {
                missingAnchors.add(pair);
            }
        }
        // functions-xml.html "1", "5", "6": id="..." inside a CDATA example (<ROW id="1">), text on
        // that page, not anchors: no element of the sources has those ids.
        List<String> cdataText = List.of("functions-xml.html\t1", "functions-xml.html\t5", "functions-xml.html\t6");
        System.out.printf("URL compatibility with postgresql.org: pages %d/%d (%.1f%%), anchors %d/%d (%.1f%%)%n",
                pages.size() - missingPages.size(), pages.size(), 100.0 * (pages.size() - missingPages.size()) / pages.size(),
                pairs.size() - missingAnchors.size(), pairs.size(),
                100.0 * (pairs.size() - missingAnchors.size()) / pairs.size());
        assertEquals(List.of(), missingPages);
        assertEquals(cdataText, missingAnchors);
        for (String pair : cdataText) {
            assertTrue(PAGES.get("functions-xml.html").text().contains("<ROW id=\"" + pair.split("\t")[1] + "\">"));
        }
    }

    @Test
    void everyPageIsValidHtml5ForTheNuChecker() throws Exception {
        List<Path> pages;
        try (var files = Files.list(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        // DocBook XSL's heading levels go by the kind of element, not by depth: a
        // bibliodiv's or an index letter's h3 stands under the page's h1, a sect4's h5
        // under the refsect's h3. postgresql.org's stylesheet and readers' habits follow
        // that markup, so pgdocs writes it as PostgreSQL's toolchain does; the Nu checker's
        // heading-outline rule is the one rule set aside for it.
        List<String> errors = new dev.pgdocs.write.html.HtmlValidity().check(pages).stream()
                .filter(e -> !e.matches(".*The heading “h\\d” \\(with computed level \\d\\) follows the heading .*"
                        + "skipping \\d heading levels?\\."))
                .toList();
        System.out.println("Nu HTML checker: " + pages.size() + " pages, " + errors.size() + " errors");
        errors.forEach(e -> System.out.println("NU " + e));
        assertEquals(List.of(), errors.stream().limit(50).toList(), errors.size() + " errors");
    }

    @Test
    void varlistentriesWithIdsAreAnchorsWithoutIdLinksInPostgresql14() {
        // PostgreSQL 14's stylesheets put no "#" id link after terms or headings (17's do)
        var entry = PAGES.get("runtime-config-resource.html").getElementById("GUC-MAX-WORKER-PROCESSES");
        assertNotNull(entry);
        assertTrue(entry.select("a.id_link").isEmpty());
    }

    @Test
    void refentryPagesHaveNameAndSynopsis() {
        Document doc = PAGES.get("sql-createfunction.html");
        // as DocBook XSL with PostgreSQL's refentry.generate.title: the name block is headed
        // by the page's title, there is no "Name" heading
        assertEquals("CREATE FUNCTION", doc.selectFirst("main div.refentry > div.refnamediv > h2").text());
        assertEquals("CREATE FUNCTION — define a new function", doc.selectFirst(".refnamediv > p").text());
        assertTrue(doc.selectFirst(".refsynopsisdiv pre.synopsis").wholeText().contains("CREATE [ OR REPLACE ] FUNCTION"));
    }

    @Test
    void theBookIndexListsTermsWithLinksIntoThePages() {
        Document index = PAGES.get("bookindex.html");
        assertTrue(index.select("div.indexdiv > dl > dt").size() > 1500, "index entries");
        var hrefs = index.select("div.indexdiv a.indexterm[href]").eachAttr("href");
        assertTrue(hrefs.size() > 3000);
        var seeLinks = index.select("div.indexdiv dt > a[href^=#ientry-]");
        assertTrue(seeLinks.stream().anyMatch(a -> a.parent().text().contains("(see ")), "see entries");
        assertTrue(seeLinks.stream().anyMatch(a -> a.parent().text().contains("(see also ")), "see also entries");
        assertFalse(index.select("div.indexdiv > dl > dd > dl > dt").isEmpty(), "secondary entries");
        assertEquals("indexdiv-A", index.select("p.indexdiv-quicklinks a").get(1).attr("href").substring(1));
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Set<String> NOT_TEXT = Set.of("indexterm", "remark", "refmeta", "titleabbrev");

    /**
     * Every word of every chapter's source text (without indexterm, remark, refmeta and
     * titleabbrev, which are not shown, and comments) is in the HTML of that chapter's pages.
     */
    @Test
    void noTextOfAnyChapterIsLost() throws Exception {
        Pipeline pipeline = new Pipeline(BookSource.of(corpus.resolve("pg14-docs/postgres.sgml")));
        LoadedBook book = pipeline.load();
        LinkTargets targets = pipeline.targets(book);
        List<XdmNode> components = book.document().select(Steps.descendant()
                .where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                        && Set.of("chapter", "appendix", "preface", "reference").contains(n.getNodeName().getLocalName())
                        && n.select(Steps.ancestor("reference")).findFirst().isEmpty()))
                .toList();
        int totalWords = 0;
        List<String> report = new ArrayList<>();
        for (XdmNode component : components) {
            Map<String, Integer> source = new HashMap<>();
            collectWords(component, source);
            Set<String> pages = new LinkedHashSet<>();
            component.select(Steps.descendantOrSelf().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                    && CHUNKY.contains(n.getNodeName().getLocalName()))).forEach(n -> pages.add(targets.pageName(n)));
            Map<String, Integer> html = new HashMap<>();
            for (String page : pages) {
                PAGES.get(page).selectFirst("main").getAllElements()
                        .forEach(e -> e.textNodes().forEach(t -> count(t.getWholeText(), html)));
            }
            int words = source.values().stream().mapToInt(Integer::intValue).sum();
            totalWords += words;
            List<String> missing = new ArrayList<>();
            source.forEach((w, n) -> {
                if (html.getOrDefault(w, 0) < n) {
                    missing.add(w + " (" + n + " in source, " + html.getOrDefault(w, 0) + " in HTML)");
                }
            });
            report.add(String.format("%-40s %7d words, %d pages, %s", component.attribute("id"), words, pages.size(),
                    missing.isEmpty() ? "all present" : "MISSING " + missing));
        }
        System.out.println("Text preserved, per chapter:\n  " + String.join("\n  ", report));
        assertTrue(totalWords > 900_000, "the whole manual was compared: " + totalWords);
        assertEquals(List.of(), report.stream().filter(l -> l.contains("MISSING")).toList());
    }

    private static final Set<String> CHUNKY = Set.of("chapter", "appendix", "preface", "reference", "part",
            "sect1", "section", "refentry", "glossary", "bibliography", "index", "legalnotice");

    /** Words text node by text node, as the HTML side counts them too. */
    private static void collectWords(XdmNode node, Map<String, Integer> words) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                count(child.getStringValue(), words);
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT && !NOT_TEXT.contains(child.getNodeName().getLocalName())) {
                collectWords(child, words);
            }
        }
    }

    private static void count(String text, Map<String, Integer> words) {
        var m = WORD.matcher(text);
        while (m.find()) {
            words.merge(m.group(), 1, Integer::sum);
        }
    }
}
