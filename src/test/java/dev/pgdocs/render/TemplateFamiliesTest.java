package dev.pgdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.PgVersion;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.PagesInMemory;
import dev.pgdocs.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The templates, one element family at a time: each directory below
 * src/test/resources/templates holds a small DocBook book (book.xml) and what its HTML
 * pages and its XSL-FO must show (expect.txt), checked structurally with XPath rather
 * than compared as text, so that a change of markup elsewhere does not break them.
 *
 * <p>expect.txt has one check a line, {@code OUTPUT: XPATH => EXPECTED}, where OUTPUT is
 * {@code html PAGE} (the page parsed as HTML5, elements in no namespace) or {@code fo}
 * (prefixes fo: and fox:, FOP's extensions, bound), and EXPECTED is the XPath's items as
 * strings, white space and no-break spaces normalized, joined with " | ". Lines starting with # are comments. Every element of a
 * fixture must have a template: any report from the stylesheets fails the family.
 */
class TemplateFamiliesTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "templates").toAbsolutePath();
    private static final String FO = "http://www.w3.org/1999/XSL/Format";
    private static final String FOX = "http://xmlgraphics.apache.org/fop/extensions";
    /** A released version: remarks hidden, PostgreSQL 17's "#" id links on. */
    private static final PgVersion VERSION = PgVersion.valueOf("17.2");

    /** Every family's book goes through this pipeline, so the stylesheets are compiled once. */
    private static final Pipeline PIPELINE = new Pipeline(new BookSource(ROOT.resolve("book.xml"), List.of(),
            List.of(), Optional.empty(), Optional.of(VERSION)));

    static Stream<String> families() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("expect.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    private record Check(int line, String output, String page, String xpath, String expected) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void rendersAsExpected(String family) throws Exception {
        Path dir = ROOT.resolve(family);
        List<Check> checks = checks(dir.resolve("expect.txt"));
        assertFalse(checks.isEmpty(), family + ": expect.txt has no checks");
        Pipeline pipeline = PIPELINE.forMaster(dir.resolve("book.xml"));
        LoadedBook book = pipeline.load();

        PagesInMemory site = PagesInMemory.render(pipeline, book, Map.of(), HtmlStyle.DEFAULT, Set.of());
        Map<String, String> pages = site.pages();
        List<Diagnostic> reports = new ArrayList<>(site.diagnostics());
        BuildingContentHandler fo = pipeline.stylesheets().processor().newDocumentBuilder().newBuildingContentHandler();
        new FoRenderer(pipeline.stylesheets()).render(book, Map.of(), FoRenderer.Paper.A4, fo, reports::add);
        assertEquals(List.of(), reports, family + ": the stylesheets reported problems");

        Map<String, XdmNode> html = new TreeMap<>();
        XdmNode foDocument = fo.getDocumentNode();
        List<String> failures = new ArrayList<>();
        for (Check check : checks) {
            XdmNode context;
            if (check.output().equals("fo")) {
                context = foDocument;
            } else if (pages.containsKey(check.page())) {
                context = html.computeIfAbsent(check.page(), p -> parseHtml(pages.get(p)));
            } else {
                failures.add("expect.txt:" + check.line() + ": no page " + check.page() + " (pages: "
                        + new TreeMap<>(pages).keySet() + ")");
                continue;
            }
            String actual = evaluate(context, check.xpath());
            if (!actual.equals(check.expected())) {
                failures.add("expect.txt:" + check.line() + ": " + check.output()
                        + (check.page() == null ? "" : " " + check.page()) + ": " + check.xpath()
                        + "\n    expected: " + check.expected() + "\n    actual:   " + actual);
            }
        }
        assertTrue(failures.isEmpty(), family + ":\n" + String.join("\n", failures));
    }

    private static List<Check> checks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            int arrow = line.lastIndexOf(" => ");
            if (colon < 0 || arrow < colon) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not OUTPUT: XPATH => EXPECTED: " + line);
            }
            String[] output = line.substring(0, colon).split(" ");
            if (!(output[0].equals("fo") && output.length == 1 || output[0].equals("html") && output.length == 2)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": output is 'fo' or 'html PAGE': " + line);
            }
            checks.add(new Check(i + 1, output[0], output.length == 2 ? output[1] : null,
                    line.substring(colon + 2, arrow).strip(), line.substring(arrow + 4).strip()));
        }
        return checks;
    }

    /** An HTML page as browsers parse it, as an XDM tree with its elements in no namespace. */
    private static XdmNode parseHtml(String page) {
        W3CDom dom = new W3CDom().namespaceAware(false);
        try {
            return PIPELINE.stylesheets().processor().newDocumentBuilder().build(new DOMSource(dom.fromJsoup(Jsoup.parse(page))));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String evaluate(XdmNode context, String xpath) throws SaxonApiException {
        XPathCompiler compiler = PIPELINE.stylesheets().processor().newXPathCompiler();
        compiler.declareNamespace("fo", FO);
        compiler.declareNamespace("fox", FOX);
        return compiler.evaluate(xpath, context).stream()
                .map(XdmItem::getStringValue)
                .map(s -> s.replaceAll("[\\s\\u00A0]+", " ").strip())
                .collect(Collectors.joining(" | "));
    }
}
