package dev.pgdocs.resolve;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.diagnostics.Severity;
import dev.pgdocs.load.PgVersion;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The rules PostgreSQL's own toolchain applies: id.required (its HTML stylesheets from 17
 * on), text.tab and text.nbsp (make check), text.non-latin1 (README.non-ASCII), and the
 * narrower defaults of id.missing. Each book is written into a temporary directory, so
 * that what sits beside the master (stylesheets, version.sgml) is part of the case.
 */
@Tag("slow")
class PostgresRulesTest {

    /** One pipeline per version, so that the stylesheets are compiled once for all the checks. */
    private static final Map<PgVersion, Pipeline> PIPELINES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A chapter that PostgreSQL 17's stylesheets stop on twice, and 14's accept. */
    private static final String IDS = """
            <chapter id="ch">
             <title>Ids</title>
             <sect1 id="named">
              <title>Named</title>
              <sect2>
               <title>Unnamed section</title>
               <variablelist>
                <varlistentry id="entry-a"><term>a</term><listitem><para>a</para></listitem></varlistentry>
                <varlistentry><term>b</term><listitem><para>b</para></listitem></varlistentry>
               </variablelist>
               <variablelist>
                <varlistentry><term>c</term><listitem><para>c</para></listitem></varlistentry>
               </variablelist>
              </sect2>
             </sect1>
             <sect1>
              <title>A page named by position</title>
              <para>text</para>
             </sect1>
            </chapter>
            """;

    private static final String ID_LINK_STOPS = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
            <xsl:template name="pg.id.link">
              <xsl:param name="object" select="."/>
              <xsl:if test="not($object/@id)">
                <xsl:message terminate="yes">ERROR: id attribute missing</xsl:message>
              </xsl:if>
            </xsl:template>
            </xsl:stylesheet>
            """;

    private static final String NO_ID_LINK = """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
            <xsl:template name="section.heading"><xsl:apply-templates/></xsl:template>
            </xsl:stylesheet>
            """;

    private static Path book(Path dir, String chapter) throws Exception {
        Files.writeString(dir.resolve("book.sgml"), """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY chapter SYSTEM "chapter.sgml">
                <!ENTITY zwsp "&#x200B;">
                ]>
                <book id="book">
                 <title>Book</title>
                 &chapter;
                </book>
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("chapter.sgml"), chapter, StandardCharsets.UTF_8);
        return dir.resolve("book.sgml");
    }

    /** The check of {@code master} as {@code pgdocs check --pg-version V --rule ...} runs it. */
    private static List<Diagnostic> check(Path master, PgVersion version, Map<String, RuleLevel> rules)
            throws Exception {
        Pipeline pipeline = PIPELINES.computeIfAbsent(version, v -> new Pipeline(
                new BookSource(master, List.of(), List.of(), Optional.empty(), Optional.of(v))));
        return pipeline.forMaster(master).settingRules(rules).loadAndCheck(Optional.empty()).diagnostics();
    }

    private static List<Diagnostic> of(List<Diagnostic> found, String rule) {
        return found.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    private static List<Integer> lines(List<Diagnostic> found) {
        return found.stream().map(d -> d.location().line()).toList();
    }

    @Test
    void idRequiredFollowsTheVersionWhenNoStylesheetsAreBesideTheMaster(@TempDir Path dir) throws Exception {
        Path master = book(dir, IDS);
        List<Diagnostic> v18 = check(master, new PgVersion("18.3"), Map.of());
        List<Diagnostic> required = of(v18, "id.required");
        assertEquals(List.of(5, 9, 16), lines(required), v18::toString);
        assertTrue(required.stream().allMatch(d -> d.severity() == Severity.ERROR));
        assertTrue(required.get(0).message().startsWith("sect2 has no id;"), required.get(0).message());
        assertTrue(required.get(1).message().contains("another entry of its list has one (\"entry-a\""),
                required.get(1).message());
        assertTrue(required.get(1).message().contains("PostgreSQL 18's stylesheets"), required.get(1).message());
        assertEquals(List.of(), of(v18, "id.missing"), "what id.required reports is not repeated as id.missing");

        List<Diagnostic> v14 = check(master, new PgVersion("14.2"), Map.of());
        assertEquals(List.of(), of(v14, "id.required"), v14::toString);
        assertEquals(List.of(16), lines(of(v14, "id.missing")), "only the page named by position, by default");

        List<Diagnostic> devel = check(master, PgVersion.DEVEL, Map.of());
        assertEquals(List.of(), of(devel, "id.required"), "an unknown version enforces nothing");
    }

    @Test
    void theStylesheetsBesideTheMasterDecideOverTheVersion(@TempDir Path dir) throws Exception {
        Path master = book(dir, IDS);
        Files.writeString(dir.resolve("stylesheet-html-common.xsl"), ID_LINK_STOPS);
        List<Diagnostic> found = check(master, new PgVersion("14.2"), Map.of());
        assertEquals(List.of(5, 9, 16), lines(of(found, "id.required")), found::toString);
        assertTrue(of(found, "id.required").get(0).message().contains("pg.id.link in stylesheet-html-common.xsl"));

        Files.writeString(dir.resolve("stylesheet-html-common.xsl"), NO_ID_LINK);
        assertEquals(List.of(), of(check(master, new PgVersion("18.3"), Map.of()), "id.required"),
                "a branch whose stylesheets accept a missing id");
    }

    @Test
    void idRequiredCanBeAskedForWhereTheStylesheetsDoNotEnforceIt(@TempDir Path dir) throws Exception {
        List<Diagnostic> found = check(book(dir, IDS), new PgVersion("14.2"),
                Map.of("id.required", RuleLevel.ERROR));
        List<Diagnostic> required = of(found, "id.required");
        assertEquals(List.of(5, 9, 16), lines(required), found::toString);
        assertTrue(required.get(0).message().contains("PostgreSQL 17 and later stop"), required.get(0).message());
    }

    @Test
    void ruleSettingsOnTheCommandLineAskForWhatIsOffByDefault(@TempDir Path dir) throws Exception {
        String master = book(dir, IDS).toString();
        assertEquals(0, cli("check", master, "--pg-version", "14.2").code());
        Cli required = cli("check", master, "--pg-version", "14.2", "--rule", "id.required=error");
        assertEquals(1, required.code(), required.err());
        assertEquals(3, required.err().lines().filter(l -> l.endsWith("[id.required]")).count(), required.err());
        Cli missing = cli("check", master, "--pg-version", "14.2", "--rule", "id.missing=warning");
        assertEquals(4, missing.err().lines().filter(l -> l.endsWith("[id.missing]")).count(), missing.err());
        Cli off = cli("check", master, "--pg-version", "18.3", "--rule", "id.required=off");
        assertEquals(0, off.code(), off.err());
        assertTrue(off.err().lines().noneMatch(l -> l.contains("[id.")), "off is off: " + off.err());
    }

    private record Cli(int code, String err) {
    }

    private static Cli cli(String... args) {
        CommandLine commandLine = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return new Cli(commandLine.execute(args), err.toString());
    }

    @Test
    void idMissingAskedForByNameCoversEveryElementWithoutAnId(@TempDir Path dir) throws Exception {
        Path master = book(dir, IDS);
        List<Diagnostic> v14 = check(master, new PgVersion("14.2"), Map.of("id.missing", RuleLevel.WARNING));
        assertEquals(List.of(5, 9, 12, 16), lines(of(v14, "id.missing")), v14::toString);

        List<Diagnostic> v18 = check(master, new PgVersion("18.3"), Map.of("id.missing", RuleLevel.WARNING));
        assertEquals(List.of(12), lines(of(v18, "id.missing")),
                "the entry of the list without ids; the rest are id.required's");
    }

    @Test
    void tabsAndNoBreakSpacesAreErrorsAtTheirColumnInBookFilesAndStylesheets(@TempDir Path dir) throws Exception {
        Path master = book(dir, "<chapter id=\"ch\">\n <title>Text</title>\n <para>a\tb\tc</para>\n"
                + " <para>no\u00a0break &nbsp; is fine</para>\n</chapter>\n");
        Files.writeString(dir.resolve("stylesheet.xsl"), "<xsl:stylesheet version=\"1.0\"\n"
                + "\txmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>\n");
        Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve("images/fix.xsl"), "<!-- a\tb\u00a0c -->\n");
        Files.writeString(dir.resolve("notes.txt"), "\t\u00a0 not a file of the book\n");
        List<Diagnostic> found = check(master, new PgVersion("14.2"), Map.of());

        List<Diagnostic> tabs = of(found, "text.tab");
        assertEquals(List.of("chapter.sgml:3:9", "stylesheet.xsl:2:1"), places(dir, tabs),
                "one finding a line; images/*.xsl is not in make check-tabs");
        assertTrue(tabs.stream().allMatch(Diagnostic::isError));
        List<Diagnostic> nbsp = of(found, "text.nbsp");
        assertEquals(List.of("chapter.sgml:4:10", "images/fix.xsl:1:9"), places(dir, nbsp),
                "the character only, not &nbsp;; images/*.xsl is in make check-nbsp");
        assertTrue(nbsp.stream().allMatch(Diagnostic::isError));
    }

    @Test
    void charactersThePdfCannotShowAreWarnings(@TempDir Path dir) throws Exception {
        Path master = book(dir, "<chapter id=\"ch\">\n <title>Text</title>\n"
                + " <para>Josef \u0160im\u00e1nek \u2014 fine; \u0141ukasz and &#x4E2D; are not</para>\n"
                + " <!-- \u0141 in a comment is not shown -->\n"
                + " <para>a&zwsp;b &#x2192; &#960;</para>\n</chapter>\n");
        List<Diagnostic> found = of(check(master, new PgVersion("14.2"), Map.of()), "text.non-latin1");
        assertEquals(List.of("chapter.sgml:3:30", "chapter.sgml:3:41"), places(dir, found), found::toString);
        assertTrue(found.stream().noneMatch(Diagnostic::isError));
        assertTrue(found.get(0).message().contains("U+0141 LATIN CAPITAL LETTER L WITH STROKE"), found.get(0).message());
        assertTrue(found.get(1).message().contains("U+4E2D"), found.get(1).message());
    }

    @Test
    void theFontsOfPostgresqlsPdfDecideWhatItCanShow() {
        assertTrue(TextRule.pdfCanShow(0x160), "Š is in WinAnsi");
        assertTrue(TextRule.pdfCanShow(0x2192), "→ is in Symbol");
        assertTrue(TextRule.pdfCanShow(0x200B), "a zero-width space is no glyph");
        assertFalse(TextRule.pdfCanShow(0x142), "ł is in none of the base-14 fonts");
        assertFalse(TextRule.pdfCanShow(0x1F418), "nor is anything beyond the BMP");
    }

    private static List<String> places(Path dir, List<Diagnostic> found) {
        return found.stream().map(d -> dir.relativize(d.location().file()).toString().replace('\\', '/') + ":"
                + d.location().line() + ":" + d.location().column()).toList();
    }
}
