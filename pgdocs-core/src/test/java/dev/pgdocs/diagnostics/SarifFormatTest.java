package dev.pgdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of {@code --format sarif}: the properties SARIF 2.1.0 requires, and those
 * GitHub code scanning reads (rules with descriptions and levels, results with a rule,
 * a level, a message and a relative file location with its base id and region).
 */
class SarifFormatTest {

    private static final Path ROOT = Path.of("docs-src").toAbsolutePath();
    private static final RuleInfo MISSING = RuleInfo.error("xref.missing", "A link names no id.");
    private static final RuleInfo NO_ID = RuleInfo.warning("id.missing", "A section has no id.");

    private static final Diagnostic LINK = MISSING.at(
            new SourceLocation(ROOT.resolve("bgworker.sgml"), 12, 7, "xref linkend=\"x\""),
            "linkend=\"x\" matches no id");
    private static final Diagnostic DTD = Diagnostic.error(new SourceLocation(ROOT.resolve("xfunc.sgml"), 3, 0),
            "dtd", "Element type \"bogus\" must be declared.");

    private static JsonNode sarif(List<Diagnostic> found, RulePolicy rules, Optional<Baseline.Comparison> baseline) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        DiagnosticFormat.SARIF.print(new DiagnosticFormat.Report(found,
                DiagnosticFormat.Summary.of("book.sgml", 2, found, baseline), rules, ROOT, baseline, "1.2.3"),
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(err.toString().startsWith("book.sgml: 2 files"), "the summary goes to stderr: " + err);
        return JsonMapper.builder().build().readTree(out.toString());
    }

    private static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            at = at.get(name);
            assertNotNull(at, "missing " + String.join(".", path) + " in " + node);
        }
        return at.asString();
    }

    @Test
    void logRunToolAndRulesHaveTheRequiredProperties() {
        JsonNode log = sarif(List.of(LINK), new RulePolicy(List.of(MISSING, NO_ID)), Optional.empty());
        assertEquals("2.1.0", text(log, "version"));
        assertTrue(text(log, "$schema").endsWith("sarif-2.1.0.json"));
        assertEquals(1, log.get("runs").size());
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertEquals("pgdocs", text(driver, "name"));
        assertEquals("1.2.3", text(driver, "version"));
        JsonNode rules = driver.get("rules");
        assertEquals(2, rules.size(), "every rule, found or not");
        for (JsonNode rule : rules) {
            assertFalse(text(rule, "id").isEmpty());
            assertFalse(text(rule, "shortDescription", "text").isEmpty());
            assertTrue(List.of("error", "warning").contains(text(rule, "defaultConfiguration", "level")), rule.toString());
        }
        assertEquals("warning", text(rules.get(0), "defaultConfiguration", "level"), "id.missing sorts first");
    }

    @Test
    void aResultNamesItsRuleLevelMessageAndRelativeLocation() {
        JsonNode run = sarif(List.of(LINK), new RulePolicy(List.of(MISSING, NO_ID)), Optional.empty()).get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        assertEquals("xref.missing", text(result, "ruleId"));
        assertEquals("xref.missing", text(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()), "id"));
        assertEquals("error", text(result, "level"));
        assertEquals("linkend=\"x\" matches no id", text(result, "message", "text"));
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        String uri = text(physical, "artifactLocation", "uri");
        assertFalse(uri.startsWith("/") || uri.contains(":"), "relative: " + uri);
        assertTrue(uri.endsWith("docs-src/bgworker.sgml"), uri);
        String base = text(physical, "artifactLocation", "uriBaseId");
        assertTrue(text(run.get("originalUriBaseIds"), base, "uri").startsWith("file:"), "the base id is defined");
        assertEquals(12, physical.get("region").get("startLine").asInt());
        assertEquals(7, physical.get("region").get("startColumn").asInt());
        assertEquals("xref linkend=\"x\"",
                text(result.get("locations").get(0).get("logicalLocations").get(0), "fullyQualifiedName"));
        assertFalse(result.has("baselineState"), "no baseline, no state");
        assertFalse(text(result, "partialFingerprints", "pgdocsFinding/v1").contains("12"), "no line in the fingerprint");
    }

    @Test
    void aRuleNoDeclarationNamesIsAddedAndAMissingColumnLeftOut() {
        JsonNode run = sarif(List.of(DTD, LINK), new RulePolicy(List.of(MISSING)), Optional.empty()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(2, rules.size());
        JsonNode dtd = run.get("results").get(0);
        assertEquals("dtd", text(rules.get(dtd.get("ruleIndex").asInt()), "id"));
        JsonNode region = dtd.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(3, region.get("startLine").asInt());
        assertFalse(region.has("startColumn"), "column 0 means unknown, and SARIF's columns start at 1");
    }

    @Test
    void levelsSetByTheBookAreConfigurationOverrides() {
        RulePolicy rules = new RulePolicy(List.of(MISSING, NO_ID)).with(Map.of("id.missing", RuleLevel.ERROR));
        JsonNode run = sarif(List.of(), rules, Optional.empty()).get("runs").get(0);
        JsonNode override = run.get("invocations").get(0).get("ruleConfigurationOverrides").get(0);
        assertEquals("id.missing", text(override, "descriptor", "id"));
        assertEquals(0, override.get("descriptor").get("index").asInt());
        assertEquals("error", text(override, "configuration", "level"));
        assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
        assertEquals(0, run.get("results").size());
    }

    @Test
    void withABaselineResultsAreNewAndFixedEntriesAreNotes() {
        Baseline before = Baseline.of(List.of(DTD), ROOT);
        Baseline.Comparison compared = before.compare(List.of(LINK), ROOT);
        JsonNode run = sarif(compared.fresh(), new RulePolicy(List.of(MISSING)), Optional.of(compared)).get("runs").get(0);
        assertEquals("new", text(run.get("results").get(0), "baselineState"));
        JsonNode note = run.get("invocations").get(0).get("toolExecutionNotifications").get(0);
        assertEquals("note", text(note, "level"));
        assertEquals("dtd", text(note, "associatedRule", "id"));
        assertTrue(text(note.get("locations").get(0), "physicalLocation", "artifactLocation", "uri")
                .endsWith("docs-src/xfunc.sgml"), note.toString());
    }
}
