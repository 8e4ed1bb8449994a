package dev.pgdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** --write-baseline and --baseline: only new findings are reported and fail; gone ones are reported fixed. */
@Tag("slow")
class BaselineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Findings: the sect1 without an id (id.missing) and two links to a missing id (xref.missing). */
    private static final String CHAPTER = """
            <chapter id="c">
             <title>C</title>
             <para>Introduction.</para>
             <sect1>
              <title>No id</title>
              <para>See <xref linkend="nowhere"/> and again <xref linkend="nowhere"/>.</para>
             </sect1>
             <sect1 id="s2">
              <title>Second</title>
              <para>Fine.</para>
             </sect1>
            </chapter>
            """;

    @TempDir
    Path dir;

    private Path master;
    private Path chapter;
    private Path baseline;

    @BeforeEach
    void writeBookAndBaseline() throws IOException {
        master = dir.resolve("book.sgml");
        chapter = dir.resolve("chapter.sgml");
        baseline = dir.resolve("baseline.json");
        Files.writeString(master, """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY chapter SYSTEM "chapter.sgml">
                ]>
                <book id="b"><title>B</title>&chapter;</book>
                """);
        Files.writeString(chapter, CHAPTER);
        CliTest.Run written = CliTest.run("check", master.toString(), "--write-baseline", baseline.toString());
        assertEquals(ExitCode.OK, written.code(), "recording findings does not fail: " + written.err());
        assertTrue(written.err().contains("wrote " + baseline + ": 3 findings"), written.err());
    }

    private CliTest.Run check(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", master.toString(), "--baseline", baseline.toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(chapter);
        assertTrue(text.contains(from), from);
        Files.writeString(chapter, text.replace(from, to));
    }

    @Test
    void theFileIsSortedJsonWithoutLineNumbersAndCountsDuplicates() throws IOException {
        String text = Files.readString(baseline);
        JsonNode findings = JSON.readTree(text).get("findings");
        assertEquals(2, findings.size(), "the two links to the same id share one entry: " + text);
        assertEquals("id.missing", findings.get(0).get("rule").asString(), text);
        assertEquals("chapter.sgml", findings.get(0).get("file").asString(), "relative to the master: " + text);
        assertEquals("sect1 \"No id See and again .\"", findings.get(0).get("element").asString(), text);
        assertEquals("xref.missing", findings.get(1).get("rule").asString(), text);
        assertEquals("xref linkend=\"nowhere\"", findings.get(1).get("element").asString(), text);
        assertEquals(2, findings.get(1).get("count").asInt(), text);
        assertFalse(text.matches("(?s).*\"(line|column)\".*"), text);
        CliTest.run("check", master.toString(), "--write-baseline", baseline.toString());
        assertEquals(text, Files.readString(baseline), "the same findings write the same bytes");
    }

    @Test
    void unchangedFindingsAreNotReportedAndDoNotFail() {
        CliTest.Run r = check();
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertFalse(r.err().contains("[xref.missing]") || r.err().contains("[id.missing]"), r.err());
        assertTrue(r.err().contains("0 errors, 0 warnings not in the baseline; 3 in it still found, 0 fixed"), r.err());
    }

    @Test
    void aNewFindingIsReportedAloneAndFails() throws IOException {
        edit("<para>Fine.</para>", "<para>Fine, but <xref linkend=\"elsewhere\"/>.</para>");
        CliTest.Run r = check();
        assertEquals(ExitCode.DOCUMENT_ERRORS, r.code(), r.err());
        List<String> findings = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, findings.size(), r.err());
        assertTrue(findings.get(0).matches(".*chapter\\.sgml:10:\\d+: error: linkend=\"elsewhere\".*\\[xref\\.missing]"),
                r.err());
    }

    @Test
    void aThirdFindingOfACountedKeyIsNew() throws IOException {
        edit("and again <xref linkend=\"nowhere\"/>", "and again <xref linkend=\"nowhere\"/> <xref linkend=\"nowhere\"/>");
        CliTest.Run r = check();
        assertEquals(ExitCode.DOCUMENT_ERRORS, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.endsWith("[xref.missing]")).count(), r.err());
    }

    @Test
    void linesAddedAboveAFindingDoNotMakeItNew() throws IOException {
        edit("<para>Introduction.</para>", "<para>Introduction.</para>\n" + "<para>More.</para>\n".repeat(12)
                + "<!-- a comment -->\n");
        CliTest.Run plain = CliTest.run("check", master.toString());
        assertTrue(plain.err().contains("chapter.sgml:18:"), "the findings did move: " + plain.err());
        CliTest.Run r = check();
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().contains("0 errors, 0 warnings not in the baseline; 3 in it still found, 0 fixed"), r.err());
    }

    @Test
    void aFindingNoLongerFoundIsReportedFixed() throws IOException {
        edit("<sect1>\n  <title>No id</title>", "<sect1 id=\"named\">\n  <title>No id</title>");
        CliTest.Run r = check();
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches(
                ".*chapter\\.sgml: note: fixed since the baseline: sect1 \"No id See and again .\" \\[id\\.missing]")),
                r.err());
        assertTrue(r.err().contains("not in the baseline; 2 in it still found, 1 fixed"), r.err());

        JsonNode json = JSON.readTree(check("--format", "json").out());
        assertEquals(1, json.get("summary").get("fixed").asInt());
        assertEquals(2, json.get("summary").get("unchanged").asInt());
        assertEquals("id.missing", json.get("fixed").get(0).get("rule").asString());

        JsonNode sarif = JSON.readTree(check("--format", "sarif").out()).get("runs").get(0);
        JsonNode note = sarif.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertEquals("id.missing", note.get("associatedRule").get("id").asString());
        assertTrue(note.get("message").get("text").asString().startsWith("fixed since the baseline"));
        assertEquals(0, sarif.get("results").size(), "a fixed finding is no result");
    }

    @Test
    void sarifMarksNewResults() throws IOException {
        edit("<para>Fine.</para>", "<para>Fine, but <xref linkend=\"elsewhere\"/>.</para>");
        JsonNode results = JSON.readTree(check("--format", "sarif").out()).get("runs").get(0).get("results");
        assertEquals(1, results.size());
        assertEquals("new", results.get(0).get("baselineState").asString());
    }

    @Test
    void aMissingOrBrokenBaselineIsUnreadableInput() throws IOException {
        CliTest.Run missing = CliTest.run("check", master.toString(), "--baseline", dir.resolve("nope.json").toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, missing.code(), missing.err());
        assertTrue(missing.err().contains("nope.json: error: cannot read baseline"), missing.err());
        Files.writeString(baseline, "{ \"pgdocsBaseline\": 1, \"findings\": [ { \"rule\": \"x\", }");
        CliTest.Run broken = check();
        assertEquals(ExitCode.INPUT_UNREADABLE, broken.code(), broken.err());
        assertTrue(broken.err().matches("(?s).*baseline\\.json:1:\\d+: error: invalid baseline: .*"), broken.err());
    }
}
