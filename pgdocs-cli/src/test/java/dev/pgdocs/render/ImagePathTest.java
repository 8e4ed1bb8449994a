package dev.pgdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.cli.CliTest;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.PgVersion;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image's fileref is relative to the file that contains it (its XML base), in HTML
 * and PDF: fixtures/images has a chapter in sub/ with its own images/x.svg beside the
 * master's images/x.svg, and a figure below an xml:base.
 */
@Tag("slow")
class ImagePathTest {

    private static final Path BOOK = Fixtures.fixture("images/book.sgml");

    private static CliTest.Run build(String... args) {
        return CliTest.run(args);
    }

    @Test
    void eachPageShowsTheImageBesideTheFileThatNamesIt(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        CliTest.Run r = build("build", BOOK.toString(), "-o", site.toString());
        assertEquals(0, r.code(), r.err());
        Path sources = BOOK.getParent();

        // the master's images/ is the site's top, as PostgreSQL's build has it
        assertEquals(List.of("x.svg"), shown(site.resolve("top.html")));
        assertEquals(List.of("sub/images/x.svg", "sub/images/x.svg", "figures/y.svg"),
                shown(site.resolve("sub.html")));
        assertEquals(Files.readString(sources.resolve("images/x.svg")), Files.readString(site.resolve("x.svg")));
        assertEquals(Files.readString(sources.resolve("sub/images/x.svg")),
                Files.readString(site.resolve("sub/images/x.svg")));
        assertEquals(Files.readString(sources.resolve("figures/y.svg")),
                Files.readString(site.resolve("figures/y.svg")));
        assertTrue(Files.readString(site.resolve("sub/images/x.svg")).contains("CHAPTERFIGURE"),
                "the chapter's own figure, not the master's");
    }

    /** Every image the page shows: object data and img src, in document order. */
    private static List<String> shown(Path page) throws Exception {
        return Jsoup.parse(page.toFile()).select("object[data], img[src]").stream()
                .map(e -> e.hasAttr("data") ? e.attr("data") : e.attr("src")).toList();
    }

    @Test
    void thePdfDrawsEachFigureFromTheFileBesideItsChapter(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("pdf");
        CliTest.Run r = build("build", BOOK.toString(), "--format", "pdf", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        try (var pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            // the chapter shows its figure twice: in a figure, and inline
            Map<String, Integer> times = Map.of("MASTERFIGURE", 1, "CHAPTERFIGURE", 2, "BASEFIGURE", 1);
            times.forEach((figure, n) -> assertEquals(n, text.split(figure, -1).length - 1, figure + " in:\n" + text));
        }
    }

    @Test
    void twoFilesThatWouldShareASitePathAreAnErrorAtTheElement(@TempDir Path tmp) throws Exception {
        Path root = copyOfFixture(tmp);
        // images/sub/images/x.svg would lie where sub/images/x.svg lies: the root's images/ is the top
        Files.createDirectories(root.resolve("images/sub/images"));
        Files.writeString(root.resolve("images/sub/images/x.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path master = root.resolve("book.sgml");
        Files.writeString(master, Files.readString(master).replace("</chapter>",
                "<para><inlinegraphic fileref=\"images/sub/images/x.svg\"/></para></chapter>"));
        Path site = tmp.resolve("html");
        CliTest.Run r = build("build", master.toString(), "-o", site.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("sub/chap.sgml:5:29: error: image files sub/images/x.svg and"
                + " images/sub/images/x.svg would both be sub/images/x.svg in the site"
                + " (the source root's images/ is its top); rename one [html.image]"), r.err());
        assertFalse(Files.exists(site), "nothing is published");
    }

    @Test
    void aLinkOutsideTheRootBesideASubdirectoryChapterIsRefusedInHtmlAndPdf(@TempDir Path tmp) throws Exception {
        Path root = copyOfFixture(tmp);
        Path secret = Files.writeString(tmp.resolve("secret.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.delete(root.resolve("sub/images/x.svg"));
        Files.createSymbolicLink(root.resolve("sub/images/x.svg"), secret);
        String refused = "sub/chap.sgml:5:29: error: refusing to read image images/x.svg: it is a link to "
                + secret.toRealPath() + ", outside the source root " + root.toRealPath();
        for (String format : List.of("html", "pdf")) {
            Path out = tmp.resolve(format);
            CliTest.Run r = build("build", root.resolve("book.sgml").toString(), "--format", format, "-o", out.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains(refused + " [" + format + ".image]"), r.err());
            assertTrue(r.err().contains("sub/chap.sgml:7:16: error: refusing to read image images/x.svg"), r.err());
            assertFalse(Files.exists(out), "nothing is published");
        }
    }

    @Test
    void anImageOutsideTheRootByNameIsRefusedAtTheElement(@TempDir Path tmp) throws Exception {
        Path root = copyOfFixture(tmp);
        Files.writeString(tmp.resolve("up.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path chapter = root.resolve("sub/chap.sgml");
        Files.writeString(chapter, Files.readString(chapter).replace("fileref=\"y.svg\"", "fileref=\"../../up.svg\""));
        for (String format : List.of("html", "pdf")) {
            CliTest.Run r = build("build", root.resolve("book.sgml").toString(), "--format", format,
                    "-o", tmp.resolve(format).toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("sub/chap.sgml:9:35: error: refusing to read image ../../up.svg: it is "
                    + tmp.resolve("up.svg") + ", outside the source root " + root + " [" + format + ".image]"),
                    r.err());
        }
    }

    @Test
    void aMissingImageIsReportedAtTheElementThatNamesIt(@TempDir Path tmp) throws Exception {
        Path root = copyOfFixture(tmp);
        Files.delete(root.resolve("figures/y.svg"));
        CliTest.Run r = build("build", root.resolve("book.sgml").toString(), "-o", tmp.resolve("html").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("sub/chap.sgml:9:35: error: image y.svg does not exist: no file "
                + root.resolve("figures/y.svg") + " [html.image]"), r.err());
    }

    @Test
    void sitePathsKeepThePathBelowTheRootButForTheRootsImagesDirectory() {
        assertEquals("gin.svg", SiteImages.sitePath("images/gin.svg"));
        assertEquals("images2/a.svg", SiteImages.sitePath("images2/a.svg"));
        assertEquals("sub/images/x.svg", SiteImages.sitePath("sub/images/x.svg"));
        assertEquals("x.svg", SiteImages.sitePath("x.svg"));
    }

    /**
     * PostgreSQL's manuals name every figure images/NAME.svg from doc/src/sgml, and its
     * build puts each beside the pages as NAME.svg: so does pgdocs.
     */
    @Test
    void postgresqlFiguresLieBesideThePages() throws Exception {
        Path corpus = Fixtures.corpus();
        for (String manual : List.of("pg14-docs", "pg18-docs")) {
            Path master = corpus.resolve(manual).resolve("postgres.sgml");
            LoadedBook book = new Pipeline(new BookSource(master, List.of(), List.of(), Optional.empty(),
                    Optional.of(PgVersion.valueOf("18.3")))).load();
            List<Diagnostic> problems = new ArrayList<>();
            SiteImages images = SiteImages.of(book.document(), book.sourceRoot(), problems::add);
            assertEquals(List.of(), problems, manual);
            Map<String, String> expected = new TreeMap<>();
            book.document().select(Steps.descendant("imagedata").then(Steps.attribute("fileref")))
                    .forEach(fileref -> expected.put(fileref.getStringValue().replaceFirst("^images/", ""),
                            fileref.getStringValue()));
            assertTrue(expected.size() >= 3, manual + ": " + expected);
            assertTrue(expected.values().stream().allMatch(f -> f.matches("images/[^/]+\\.svg")), expected.toString());
            assertEquals(expected, images.files(), manual);
        }
    }

    /** The fixture book, copied where a test may change it. */
    private static Path copyOfFixture(Path tmp) throws Exception {
        Path from = BOOK.getParent();
        Path root = tmp.resolve("book");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = root.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return root;
    }
}
