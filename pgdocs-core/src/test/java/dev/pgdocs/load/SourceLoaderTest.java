package dev.pgdocs.load;

import static dev.pgdocs.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

    private final SourceLoader loader = new SourceLoader(new Processor(false), Catalog.builtIn());

    private static XdmNode element(LoadedBook book, String name) {
        return element(book.document(), name);
    }

    private static XdmNode element(XdmNode within, String name) {
        return within.select(Steps.descendant(name)).findFirst().orElseThrow();
    }

    @Test
    void expandsNestedIncludesAndKeepsEachElementsOwnFileAndLine() throws Exception {
        LoadedBook book = loader.load(fixture("loader/nested/book.sgml"));

        assertEquals(4, book.files().size(), "master, version.sgml, outer.sgml and sub/inner.sgml");
        SourceLocation inner = book.locate(element(book, "sect1"));
        assertEquals(fixture("loader/nested/sub/inner.sgml"), inner.file());
        assertEquals(2, inner.line());
        assertEquals(2, inner.column());
        SourceLocation xref = book.locate(element(book, "xref"));
        assertEquals(new SourceLocation(fixture("loader/nested/sub/inner.sgml"), 4, 17, xref.element()), xref);
        SourceLocation chapter = book.locate(element(book, "chapter"));
        assertEquals(new SourceLocation(fixture("loader/nested/outer.sgml"), 1, 1, chapter.element()), chapter);
        assertTrue(book.diagnostics().isEmpty(), () -> "valid DocBook: " + book.diagnostics());
    }

    @Test
    void expandsParameterAndCharacterEntities() throws Exception {
        LoadedBook book = loader.load(fixture("loader/nested/book.sgml"));

        assertEquals("Nested 9.9", element(book, "title").getStringValue());
        assertEquals("Outer \u2014 chapter", element(element(book, "chapter"), "title").getStringValue());
        assertTrue(element(book, "para").getStringValue().contains("Version 9.9."));
    }

    @Test
    void wrapsABareChapterWithItsSiblingsAsEntities() throws Exception {
        LoadedBook book = loader.load(fixture("loader/bare/chapter.sgml"));

        XdmNode chapter = element(book, "chapter");
        assertEquals("Bare\u200BChapter", element(chapter, "title").getStringValue());
        assertEquals("helper-sect", element(book, "sect1").attribute("id"));
        assertEquals(fixture("loader/bare/chapter.sgml"), book.locate(chapter).file());
        assertEquals(2, book.locate(chapter).line());
        assertTrue(book.diagnostics().isEmpty(), () -> "valid once wrapped: " + book.diagnostics());
    }

    @Test
    void aBookWithoutADoctypeIsRefusedAtItsFirstElementWithTheDeclarationThatFixesIt(@TempDir Path dir)
            throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- no DOCTYPE -->
                  <book id="b"><title>T</title><chapter id="c"><title>C</title><para>x</para></chapter></book>
                """);
        LoadException e = assertThrows(LoadException.class, () -> loader.load(master));
        assertEquals(new SourceLocation(master, 3, 3), e.location());
        assertTrue(e.getMessage().contains("<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""),
                e.getMessage());
    }

    @Test
    void aChapterOnItsOwnWhoseXmlDeclarationLacksTheEncodingIsToldWhy(@TempDir Path dir) throws Exception {
        Path chapter = Files.writeString(dir.resolve("chapter.sgml"), """
                <?xml version="1.0"?>
                <chapter id="c"><title>C</title><para>x</para></chapter>
                """);
        LoadException e = assertThrows(LoadException.class, () -> loader.load(chapter));
        assertEquals(chapter, e.location().file());
        assertEquals(1, e.location().line());
        assertTrue(e.getMessage().contains("must name the encoding"), e.getMessage());
        Files.writeString(chapter, Files.readString(chapter).replace("?>", " encoding=\"UTF-8\"?>"));
        assertTrue(loader.load(chapter).diagnostics().isEmpty());
    }

    @Test
    void loadsABookDeclaringDocBook42OfflineLikePostgreSql11() throws Exception {
        LoadedBook book = loader.load(fixture("loader/docbook42/book.sgml"));

        assertEquals("Old \u2014 Book", element(book, "title").getStringValue());
        assertTrue(element(book, "para").getStringValue().contains("\u00e9"), "ISO entity sets are there");
        assertTrue(book.diagnostics().isEmpty(), () -> "valid DocBook 4.2: " + book.diagnostics());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"4.1.2", "4.2", "4.3", "4.4", "4.5"})
    void resolvesEveryDocBook4IdentifierToTheShippedDtd(String version) {
        Catalog catalog = Catalog.builtIn();
        String publicId = "-//OASIS//DTD DocBook XML V" + version + "//EN";
        var byPublic = catalog.resolve(publicId, "http://example.invalid/unknown.dtd");
        assertTrue(byPublic.orElse("").endsWith("docbook/docbookx.dtd"), version + ": " + byPublic);
        for (String base : java.util.List.of("http://www.oasis-open.org/docbook", "https://www.oasis-open.org/docbook",
                "http://docbook.org", "https://www.docbook.org")) {
            var bySystem = catalog.resolve(null, base + "/xml/" + version + "/docbookx.dtd");
            assertTrue(bySystem.orElse("").endsWith("docbook/docbookx.dtd"), base + " " + version + ": " + bySystem);
        }
    }

    @Test
    void makesTargetsMesonSgmlFromTheTextFileBesideItAsPostgreSqlsGeneratorDoes() throws Exception {
        LoadedBook book = new SourceLoader(new Processor(false), Catalog.builtIn(), new PgVersion("18.3"))
                .load(fixture("loader/meson/postgres.sgml"));
        assertEquals(List.of(), book.diagnostics(), "made, not stood in for: no warning, no DTD finding");
        assertEquals(List.of(), book.leftOut());
        List<String> ids = book.document().select(Steps.descendant().then(Steps.attribute("id")))
                .map(XdmNode::getStringValue).toList();
        assertEquals(List.of("postgres", "install", "install-meson", "meson-targets", "targets-meson-code",
                "meson-target-all", "meson-target-backend", "targets-meson-documentation", "meson-target-html",
                "meson-target-doc-src-sgml-postgres.html"), ids);
        XdmNode html = book.document().select(Steps.descendant("varlistentry")).toList().get(2);
        assertEquals("html Build documentation in multi-page HTML format",
                html.getStringValue().replaceAll("\\s+", " ").strip());
    }

    @Test
    void standsInForTheFilesPostgreSqlsBuildGeneratesWithAWarningWhereTheyAreReferenced() throws Exception {
        Path master = fixture("loader/checkout/postgres.sgml");
        LoadedBook book = new SourceLoader(new Processor(false), Catalog.builtIn(), new PgVersion("18.3")).load(master);

        assertEquals("PostgreSQL 18.3 Documentation", element(book, "title").getStringValue());
        assertEquals("Codes of 18", element(element(book, "chapter"), "title").getStringValue());
        assertEquals("18.3", book.pgVersion().version());
        assertTrue(book.diagnostics().stream().noneMatch(d -> d.rule().equals("dtd")),
                () -> "no DTD finding from the missing tables: " + book.diagnostics());
        var missing = book.diagnostics().stream().filter(d -> d.rule().equals("load.generated-missing")).toList();
        assertEquals(3, missing.size(), missing::toString);
        assertEquals(master, missing.get(0).location().file());
        assertEquals(19, missing.get(0).location().line(), "the line of &errcodes-table;");
        assertTrue(missing.get(0).message().contains("errcodes-table.sgml is missing")
                && missing.get(0).message().contains("generate-errcodes-table.pl")
                && missing.get(0).message().contains("src/backend/utils/errcodes.txt"), missing.get(0).message());
        assertEquals(4, book.standIns().size(), "version.sgml and the three tables");
        assertEquals(1, book.files().size(), "stand-ins are not files of the book");
    }

    @Test
    void saysDevelWithAWarningWhenNothingGivesTheVersion() throws Exception {
        LoadedBook book = loader.load(fixture("loader/checkout/postgres.sgml"));

        assertEquals("PostgreSQL devel Documentation", element(book, "title").getStringValue());
        var warning = book.diagnostics().stream().filter(d -> d.rule().equals("load.version-missing")).findFirst()
                .orElseThrow();
        assertEquals(5, warning.location().line());
        assertTrue(warning.message().contains("--pg-version"), warning.message());
    }

    @Test
    void refusesToFetchFromTheNetwork() {
        LoadException e = assertThrows(LoadException.class, () -> loader.load(fixture("loader/network/book.sgml")));
        assertTrue(e.getMessage().contains("refusing to fetch http://example.com/chapter.sgml"), e.getMessage());
        assertEquals(fixture("loader/network/book.sgml"), e.location().file());
        assertEquals(6, e.location().line());
    }

    @Test
    void refusesAnExternalEntityOutsideTheSourceRoot() {
        LoadException e = assertThrows(LoadException.class, () -> loader.load(fixture("loader/xxe/book.sgml")));
        assertTrue(e.getMessage().contains("refusing to read /etc/passwd"), e.getMessage());
        assertEquals(6, e.location().line());
    }

    @Test
    void refusesAnEntityThatIsALinkLeavingTheRootAtTheLineThatNamesIt(@TempDir Path dir) throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.createSymbolicLink(root.resolve("pw.txt"), outside); // made here: no link is committed
        Path master = Files.writeString(root.resolve("book.sgml"), """
                <?xml version="1.0"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY pw SYSTEM "pw.txt">
                ]>
                <book><title>B</title><chapter><title>C</title><para>&pw;</para></chapter></book>
                """);
        LoadException e = assertThrows(LoadException.class, () -> loader.load(master));
        assertEquals("refusing to read " + root.resolve("pw.txt") + ": it is a link to " + outside.toRealPath()
                + ", outside the source root " + root.toRealPath(), e.getMessage());
        assertEquals(master, e.location().file());
        assertEquals(5, e.location().line());
    }

    @Test
    void stopsAnEntityBombAtTheLimit() {
        LoadException e = assertThrows(LoadException.class, () -> loader.load(fixture("loader/bomb/book.sgml")));
        assertTrue(e.getMessage().contains("entity expansions"), e.getMessage());
        assertEquals(fixture("loader/bomb/book.sgml"), e.location().file());
        assertEquals(14, e.location().line());
    }

    @Test
    void reportsMalformedXmlAtItsPlace() {
        LoadException e = assertThrows(LoadException.class, () -> loader.load(fixture("loader/malformed/book.sgml")));
        assertEquals(new SourceLocation(fixture("loader/malformed/book.sgml"), 6, 4), e.location());
        assertTrue(e.getMessage().contains("para"), e.getMessage());
    }

    @Test
    void reportsAMissingIncludeWhereItIsReferenced() {
        LoadException e = assertThrows(LoadException.class,
                () -> loader.load(fixture("loader/missing-include/book.sgml")));
        assertEquals("included file not found: gone.sgml", e.getMessage());
        assertEquals(6, e.location().line());
    }

    @Test
    void refusesAnUndeclaredEntityAtItsLineTheTextIsMissing() {
        LoadException e = assertThrows(LoadException.class,
                () -> loader.load(fixture("loader/unknown-entity/book.sgml")));
        assertEquals(1, e.diagnostics().size(), e.diagnostics()::toString);
        var d = e.diagnostics().get(0);
        assertEquals("load", d.rule());
        assertEquals(4, d.location().line());
        assertTrue(d.message().contains("nosuchentity"));
    }

    @Test
    void reportsAMissingMasterFile(@TempDir Path dir) {
        LoadException e = assertThrows(LoadException.class, () -> loader.load(dir.resolve("nope.sgml")));
        assertEquals("file not found", e.getMessage());
    }

    @Test
    void usesAUserCatalogBeforeTheBuiltInOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tiny.dtd"), "<!ELEMENT book (#PCDATA)>");
        Files.writeString(dir.resolve("catalog.xml"), """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <public publicId="-//OASIS//DTD DocBook XML V4.5//EN" uri="tiny.dtd"/>
                </catalog>
                """);
        Path master = dir.resolve("book.sgml");
        Files.writeString(master, """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book>text only, as the tiny DTD wants</book>
                """);
        var withUserCatalog = new SourceLoader(new Processor(false),
                Catalog.withUserCatalogs(java.util.List.of(dir.resolve("catalog.xml"))));
        assertTrue(withUserCatalog.load(master).diagnostics().isEmpty());
        assertTrue(loader.load(master).diagnostics().stream().anyMatch(d -> d.rule().equals("dtd")),
                "the built-in DocBook DTD does not allow text directly in a book");
    }
}
