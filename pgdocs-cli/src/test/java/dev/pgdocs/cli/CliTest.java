package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.docsSrc;
import static dev.pgdocs.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.ExitCode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as users and CI see it: exit codes, streams and output formats. */
public class CliTest {

    /** One in-process run of pgdocs: its exit code and what it printed (the load and fuzz tests use it too). */
    public record Run(int code, String out, String err) {
    }

    /** Runs pgdocs in this JVM, as the shell would, capturing both streams. */
    public static Run run(String... args) {
        CommandLine cli = CommandLineRuns.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final String RULES = fixture("rules/book.sgml").toString();
    private static final String INVENTORY = fixture("rules/inventory.json").toString();

    @Test
    void cleanBookExitsZeroWithASummary() {
        Run r = run("check", docsSrc().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.endsWith("4 files, 0 errors, 1 warning")), r.err());
    }

    @Test
    void documentErrorsExitOneInTheStableShape() {
        Run r = run("check", RULES, "--inventory", INVENTORY);
        assertEquals(ExitCode.DOCUMENT_ERRORS, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.matches(
                ".*chapter\\.sgml:4:18: error: linkend=\"sectoin-one\" .* \\[xref\\.missing]")), r.err());
        assertEquals("", r.out(), "text diagnostics go to stderr");
    }

    @Test
    void warningsAsErrorsTurnsWarningsIntoFailure() {
        assertEquals(0, run("check", docsSrc().toString()).code());
        assertEquals(1, run("check", docsSrc().toString(), "--warnings-as-errors").code());
    }

    @Test
    void jsonFormatIsParseableAndComplete() throws Exception {
        Run r = run("check", RULES, "--inventory", INVENTORY, "--format", "json");
        assertEquals(1, r.code());
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        JsonNode first = json.get("diagnostics").get(0);
        assertTrue(first.get("file").asString().endsWith("chapter.sgml"));
        assertEquals(4, first.get("line").asInt());
        assertEquals(18, first.get("column").asInt());
        assertEquals("xref.missing", first.get("rule").asString());
        assertEquals("error", first.get("severity").asString());
        int errors = 0;
        for (JsonNode d : json.get("diagnostics")) {
            errors += d.get("severity").asString().equals("error") ? 1 : 0;
        }
        assertTrue(errors >= 6, "one per error rule but filename.missing, two from the DTD: " + r.out());
        assertEquals(errors, json.get("summary").get("errors").asInt(), r.out());
    }

    @Test
    void githubFormatWritesWorkflowAnnotations() {
        Run r = run("check", RULES, "--inventory", INVENTORY, "--format", "github");
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "::error file=.*chapter\\.sgml,line=4,col=18,title=xref\\.missing::linkend=\"sectoin-one\".*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::warning ") && l.contains("title=id.missing")), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("::")), r.out());
    }

    @Test
    void unreadableInputExitsThreeWithoutAStackTrace() {
        Run r = run("check", fixture("loader/malformed/book.sgml").toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, r.code());
        assertTrue(r.err().matches("(?s).*malformed/book\\.sgml:6:4: error: .*\\[load]\\s*"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void debugAddsTheStackTrace() {
        Run r = run("--debug", "check", fixture("loader/malformed/book.sgml").toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingMasterExitsThree(@TempDir Path dir) {
        Run r = run("check", dir.resolve("none.sgml").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("none.sgml: error: file not found [load]"), r.err());
    }

    @Test
    void brokenInventoryExitsThree(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("inv.json");
        Files.writeString(bad, "not json");
        Run r = run("check", RULES, "--inventory", bad.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("inv.json:1:"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE, run("check", "--no-such-option").code());
        Run badFormat = run("check", RULES, "--format", "xml");
        assertEquals(ExitCode.USAGE, badFormat.code());
        assertTrue(badFormat.err().contains("TEXT, JSON, GITHUB"), badFormat.err());
        assertEquals(ExitCode.USAGE, run().code(), "no command at all");
        assertEquals(ExitCode.USAGE, run("inventory", RULES).code(), "--base-url is required");
    }

    @Test
    void helpListsTheExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"check", "--help"}, {"inventory", "--help"}}) {
            Run r = run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Exit codes:") && r.out().contains("\n  3     input unreadable"), r.out());
        }
    }

    @Test
    void versionNamesPgdocs() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("pgdocs "), r.out());
    }

    @Test
    void inventoryWritesJsonWithUrlsOfTheHtmlPages(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("inv.json");
        Run r = run("inventory", RULES, "--base-url", "https://example.org/book", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out));
        assertEquals("Rules", json.get("title").asString());
        var byId = new java.util.HashMap<String, JsonNode>();
        json.get("entries").forEach(e -> byId.put(e.get("id").asString(), e));
        assertEquals("https://example.org/book/chap.html", byId.get("chap").get("url").asString());
        assertEquals("https://example.org/book/section-one.html", byId.get("section-one").get("url").asString());
        assertEquals("https://example.org/book/section-one.html#ITEM-A", byId.get("item-a").get("url").asString());
        assertEquals("Twin", byId.get("item-a").get("text").asString());
        assertEquals("Chapter 1", byId.get("chap").get("xreftext").asString());
        assertEquals("Section 1.1", byId.get("section-one").get("xreftext").asString());
    }

    @Test
    void aBookThatCannotBeReadIsReportedInTheFormatAskedFor(@TempDir Path dir) throws Exception {
        Path book = dir.resolve("book.sgml");
        Files.writeString(book, "<?xml version=\"1.0\"?>\n<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
                + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n<book id=\"b\"><title>T</title>\n"
                + "<chapter id=\"c\"><title>C</title><para>x</para>\n</book>\n");
        Run github = run("check", book.toString(), "--format", "github");
        assertEquals(ExitCode.INPUT_UNREADABLE, github.code(), github.err());
        assertTrue(github.out().lines().anyMatch(l -> l.startsWith("::error file=" + book + ",line=5,col=3,title=load::")),
                github.out());
        Run json = run("check", book.toString(), "--format", "json");
        assertEquals(ExitCode.INPUT_UNREADABLE, json.code(), json.err());
        JsonNode first = JsonMapper.builder().build().readTree(json.out()).get("diagnostics").get(0);
        assertEquals(5, first.get("line").asInt());
        assertEquals("load", first.get("rule").asString());
        Run build = run("build", book.toString(), "--diagnostics", "github", "-o", dir.resolve("out").toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, build.code(), build.err());
        assertEquals(github.out().lines().findFirst(), build.out().lines().findFirst());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is published");
        Run text = run("check", book.toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, text.code());
        assertTrue(text.err().startsWith(book + ":5:3: error: "), text.err());
        assertEquals("", text.out());
    }
}
