package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.RuleInfo;
import dev.pgdocs.resolve.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rule levels from the book's pgdocs.json and from --rule, and the names they may use. */
class RulePolicyTest {

    /** One section without an id (id.missing, a warning) and one broken link (xref.missing, an error). */
    static final String BOOK = """
            <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
            <book id="b">
             <title>B</title>
             <chapter id="c">
              <title>C</title>
              <sect1>
               <title>No id</title>
               <para>See <xref linkend="nowhere"/>.</para>
              </sect1>
             </chapter>
            </book>
            """;

    @TempDir
    Path dir;

    private String book(String config) throws IOException {
        Files.writeString(dir.resolve("book.sgml"), BOOK);
        if (config != null) {
            Files.writeString(dir.resolve("pgdocs.json"), config);
        }
        return dir.resolve("book.sgml").toString();
    }

    private static long count(CliTest.Run r, String severityAndRule) {
        String[] parts = severityAndRule.split(" ");
        return r.err().lines().filter(l -> l.contains(": " + parts[0] + ": ") && l.endsWith("[" + parts[1] + "]")).count();
    }

    @Test
    void eachRuleReportsAtItsOwnSeverityByDefault() throws IOException {
        CliTest.Run r = CliTest.run("check", book(null));
        assertEquals(ExitCode.DOCUMENT_ERRORS, r.code(), r.err());
        assertEquals(1, count(r, "warning id.missing"), r.err());
        assertEquals(1, count(r, "error xref.missing"), r.err());
    }

    @Test
    void pgdocsJsonTurnsRulesOffAndChangesTheirSeverity() throws IOException {
        CliTest.Run r = CliTest.run("check", book("""
                { "rules": { "id.missing": "off", "xref.missing": "warning" } }
                """));
        assertEquals(ExitCode.OK, r.code(), "the only error is now a warning: " + r.err());
        assertFalse(r.err().contains("[id.missing]"), r.err());
        assertEquals(1, count(r, "warning xref.missing"), r.err());
        assertTrue(r.err().contains("0 errors, 1 warning"), r.err());
    }

    @Test
    void theCommandLineWinsOverTheFile() throws IOException {
        String master = book("""
                { "rules": { "id.missing": "off", "xref.missing": "warning" } }
                """);
        CliTest.Run r = CliTest.run("check", master, "--rule", "id.missing=error", "--rule", "xref.missing=off");
        assertEquals(ExitCode.DOCUMENT_ERRORS, r.code(), r.err());
        assertEquals(1, count(r, "error id.missing"), r.err());
        assertFalse(r.err().contains("[xref.missing]"), r.err());
    }

    @Test
    void anUnknownRuleOnTheCommandLineIsAUsageErrorListingTheRules() throws IOException {
        CliTest.Run r = CliTest.run("check", book(null), "--rule", "id.mising=off");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("unknown rule \"id.mising\""), r.err());
        for (RuleInfo rule : Checker.rules()) {
            assertTrue(r.err().contains(rule.name()), "lists " + rule.name() + ": " + r.err());
        }
    }

    @Test
    void anUnknownLevelOnTheCommandLineIsAUsageError() throws IOException {
        CliTest.Run r = CliTest.run("check", book(null), "--rule", "id.missing=info");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("unknown level \"info\"; the levels are error, warning, off"), r.err());
    }

    @Test
    void anEmptyBookCannotBeMadePublishable() throws IOException {
        CliTest.Run onCommandLine = CliTest.run("check", book(null), "--rule", "book.empty=warning");
        assertEquals(ExitCode.USAGE, onCommandLine.code(), onCommandLine.err());
        assertTrue(onCommandLine.err().contains("rule \"book.empty\" is always an error"), onCommandLine.err());
        CliTest.Run inFile = CliTest.run("check", book("""
                { "rules": { "book.empty": "off" } }
                """));
        assertEquals(ExitCode.INPUT_UNREADABLE, inFile.code(), inFile.err());
        assertTrue(inFile.err().matches("(?s).*pgdocs\\.json:1:\\d+: error: invalid pgdocs\\.json: rule \"book\\.empty\" is always an error.*"),
                inFile.err());
    }

    @Test
    void anUnknownRuleInPgdocsJsonIsReportedAtItsLine() throws IOException {
        CliTest.Run r = CliTest.run("check", book("""
                {
                  "rules": {
                    "id.missing": "off",
                    "no.such-rule": "error"
                  }
                }
                """));
        assertEquals(ExitCode.INPUT_UNREADABLE, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*pgdocs\\.json:4:\\d+: error: invalid pgdocs\\.json: unknown rule \"no\\.such-rule\";"
                + " the rules are: .*id\\.missing.*"), r.err());
    }

    @Test
    void anUnknownLevelInPgdocsJsonIsReportedAtItsLine() throws IOException {
        CliTest.Run r = CliTest.run("check", book("""
                { "rules": {
                    "id.missing": "silent" } }
                """));
        assertEquals(ExitCode.INPUT_UNREADABLE, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*pgdocs\\.json:2:\\d+: error: invalid pgdocs\\.json: .*unknown level \"silent\".*"),
                r.err());
    }

    @Test
    void sarifSaysWhichRulesWereSetOtherwise() throws IOException {
        CliTest.Run r = CliTest.run("check", book(null), "--format", "sarif", "--rule", "id.missing=off");
        JsonNode run = JsonMapper.builder().build().readTree(r.out()).get("runs").get(0);
        JsonNode override = run.get("invocations").get(0).get("ruleConfigurationOverrides").get(0);
        assertEquals("id.missing", override.get("descriptor").get("id").asString());
        assertFalse(override.get("configuration").get("enabled").asBoolean());
        assertEquals("id.missing", run.get("tool").get("driver").get("rules")
                .get(override.get("descriptor").get("index").asInt()).get("id").asString());
        for (JsonNode result : run.get("results")) {
            assertFalse(result.get("ruleId").asString().equals("id.missing"), r.out());
        }
    }

    @Test
    void everyRuleNameACheckReportsIsDeclared() {
        // the fixture breaks every rule once; a name no rule declares could not be set
        CliTest.Run r = CliTest.run("check", fixture("rules/book.sgml").toString(),
                "--inventory", fixture("rules/inventory.json").toString(),
                "--source-tree", fixture("rules/source-files.txt").toString(), "--format", "json");
        Set<String> declared = Checker.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        JsonNode diagnostics = JsonMapper.builder().build().readTree(r.out()).get("diagnostics");
        assertTrue(diagnostics.size() >= 8, r.out());
        for (JsonNode d : diagnostics) {
            assertTrue(declared.contains(d.get("rule").asString()), d.get("rule") + " is not declared");
        }
    }
}
