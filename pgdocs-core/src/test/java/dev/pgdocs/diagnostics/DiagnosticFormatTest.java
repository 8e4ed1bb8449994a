package dev.pgdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each diagnostics format prints, and where: the shape tests, CI and editors read. */
class DiagnosticFormatTest {

    private static final Path ROOT = Path.of("docs-src").toAbsolutePath();
    private static final Diagnostic LINK = Diagnostic.error(new SourceLocation(ROOT.resolve("bgworker.sgml"), 12, 7),
            "xref.missing", "linkend=\"x\" matches no id, 100% sure: look, here");
    private static final Diagnostic NO_ID = Diagnostic.warning(new SourceLocation(ROOT.resolve("xfunc.sgml"), 3, 0),
            "id.missing", "sect1 has no id");

    /** stdout and stderr of one format's run. */
    private record Printed(String out, String err) {
    }

    private static Printed print(DiagnosticFormat format, List<Diagnostic> found, Optional<Baseline.Comparison> compared) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        format.print(new DiagnosticFormat.Report(found, DiagnosticFormat.Summary.of("book.sgml", 3, found, compared),
                new RulePolicy(List.of()), ROOT, compared, "1.2.3"), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Printed(out.toString(), err.toString());
    }

    @Test
    void aMessageOverSeveralLinesIndentsItsLaterLinesSoThatEveryLineAtTheMarginHasAPlace() {
        Diagnostic quoted = Diagnostic.error(new SourceLocation(ROOT.resolve("book.sgml"), 4, 1), "load",
                "cannot read entity with malformed system identifier \"chap\nnr.sgml\"");
        Diagnostic listed = Diagnostic.error(new SourceLocation(ROOT.resolve("book.sgml"), 0, 0), "template",
                "does not compile:\n  one\r\ntwo");
        assertEquals("docs-src/book.sgml:4:1: error: cannot read entity with malformed system identifier \"chap\n"
                + "  nr.sgml\" [load]", quoted.toString().replace(ROOT.getParent() + "/", ""));
        assertEquals("docs-src/book.sgml: error: does not compile:\n  one\n  two [template]",
                listed.toString().replace(ROOT.getParent() + "/", ""));
    }

    @Test
    void textIsFileLineColumnSeverityMessageAndRuleOnStderrThenTheSummary() {
        Printed p = print(DiagnosticFormat.TEXT, List.of(LINK, NO_ID), Optional.empty());
        assertEquals("", p.out());
        assertEquals(String.join(System.lineSeparator(),
                "docs-src/bgworker.sgml:12:7: error: linkend=\"x\" matches no id, 100% sure: look, here [xref.missing]",
                "docs-src/xfunc.sgml:3: warning: sect1 has no id [id.missing]",
                "book.sgml: 3 files, 1 error, 1 warning", ""), p.err());
    }

    @Test
    void textListsWhatABaselineHadThatIsGoneAsFixed() {
        Baseline baseline = Baseline.of(List.of(LINK, NO_ID), ROOT);
        Baseline.Comparison compared = baseline.compare(List.of(NO_ID), ROOT);
        Printed p = print(DiagnosticFormat.TEXT, compared.fresh(), Optional.of(compared));
        assertEquals(String.join(System.lineSeparator(),
                "docs-src/bgworker.sgml: note: fixed since the baseline: linkend=\"x\" matches no id, 100% sure: look,"
                        + " here [xref.missing]",
                "book.sgml: 3 files, 0 errors, 0 warnings not in the baseline; 1 in it still found, 1 fixed"
                        + " (--write-baseline to record that)", ""), p.err());
    }

    @Test
    void githubEscapesDataAndPropertiesAsWorkflowCommandsNeed() {
        Printed p = print(DiagnosticFormat.GITHUB, List.of(LINK, NO_ID), Optional.empty());
        assertEquals(String.join(System.lineSeparator(),
                "::error file=docs-src/bgworker.sgml,line=12,col=7,title=xref.missing::linkend=\"x\" matches no id,"
                        + " 100%25 sure: look, here",
                "::warning file=docs-src/xfunc.sgml,line=3,title=id.missing::sect1 has no id", ""), p.out());
        assertEquals("book.sgml: 3 files, 1 error, 1 warning" + System.lineSeparator(), p.err());
    }

    @Test
    void jsonHasEveryFindingsFieldsAndTheTotals() {
        Printed p = print(DiagnosticFormat.JSON, List.of(LINK, NO_ID), Optional.empty());
        JsonNode json = JsonMapper.builder().build().readTree(p.out());
        assertEquals(2, json.get("diagnostics").size());
        JsonNode first = json.get("diagnostics").get(0);
        assertEquals("docs-src/bgworker.sgml", first.get("file").asString());
        assertEquals(12, first.get("line").asInt());
        assertEquals(7, first.get("column").asInt());
        assertEquals("error", first.get("severity").asString());
        assertEquals("xref.missing", first.get("rule").asString());
        JsonNode summary = json.get("summary");
        assertEquals("book.sgml", summary.get("subject").asString());
        assertEquals(3, summary.get("files").asInt());
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals("", p.err(), "the totals are in the document; stderr stays for pgdocs' own lines");
    }

    @Test
    void aRunFailsOnAnErrorAndOnAWarningOnlyWhenAskedTo() {
        assertEquals(true, Diagnostic.failing(List.of(LINK), false));
        assertEquals(false, Diagnostic.failing(List.of(NO_ID), false));
        assertEquals(true, Diagnostic.failing(List.of(NO_ID), true));
        assertEquals(false, Diagnostic.failing(List.of(), true));
    }
}
