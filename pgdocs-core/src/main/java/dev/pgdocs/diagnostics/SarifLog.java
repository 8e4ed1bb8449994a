package dev.pgdocs.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a SARIF 2.1.0 log, the format GitHub code scanning and other CI tools read:
 * one run whose driver lists every rule (with its own level, and the levels the book or
 * the command line set as configuration overrides), one result per finding, its file
 * relative to the working directory (the repository root in CI) under the base id
 * {@value #SRCROOT}, and the element it is about as a logical location. With a baseline,
 * results are the new findings ({@code baselineState: new}) and fixed entries are notes
 * of the invocation, not results, so that no reader takes them for open problems.
 */
final class SarifLog {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    private static final Path CWD = Path.of("").toAbsolutePath();

    /** A JSON object with its keys in the order given, so that the same findings print the same bytes. */
    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private final DiagnosticFormat.Report report;
    /** The driver's rules, each at its index: every known rule, and any other a finding names. */
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final List<Map<String, Object>> rules = new ArrayList<>();

    SarifLog(DiagnosticFormat.Report report) {
        this.report = report;
        report.rules().rules().forEach(this::addRule);
    }

    Map<String, Object> document() {
        List<Map<String, Object>> results = report.diagnostics().stream().map(this::result).toList();
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", true);
        List<Map<String, Object>> overrides = overrides();
        if (!overrides.isEmpty()) {
            invocation.put("ruleConfigurationOverrides", overrides);
        }
        if (!report.fixed().isEmpty()) {
            invocation.put("toolExecutionNotifications", report.fixed().stream().map(this::fixedNote).toList());
        }

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "pgdocs");
        driver.put("version", report.tool());
        driver.put("rules", rules);

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", obj("driver", driver));
        run.put("originalUriBaseIds", obj(SRCROOT, obj("uri", CWD.toUri().toString())));
        run.put("invocations", List.of(invocation));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private int addRule(RuleInfo rule) {
        return ruleIndex.computeIfAbsent(rule.name(), name -> {
            Map<String, Object> descriptor = new LinkedHashMap<>();
            descriptor.put("id", name);
            descriptor.put("shortDescription", obj("text", rule.summary()));
            descriptor.put("defaultConfiguration", obj("level", rule.severity().label()));
            rules.add(descriptor);
            return rules.size() - 1;
        });
    }

    private int indexOf(Diagnostic d) {
        Integer known = ruleIndex.get(d.rule());
        return known != null ? known : addRule(new RuleInfo(d.rule(), d.severity(), d.rule()));
    }

    private Map<String, Object> result(Diagnostic d) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", d.rule());
        result.put("ruleIndex", indexOf(d));
        result.put("level", d.severity().label());
        result.put("message", obj("text", d.message()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical(d.location()));
        if (d.location().element() != null) {
            location.put("logicalLocations", List.of(obj("fullyQualifiedName", d.location().element(),
                    "kind", "element")));
        }
        result.put("locations", List.of(location));
        Baseline.Key key = Baseline.Key.of(d, report.root());
        // the baseline's key: stable across edits above the finding, as code scanning wants
        result.put("partialFingerprints", obj("pgdocsFinding/v1",
                key.rule() + "|" + key.file() + "|" + key.subject()));
        if (report.baseline().isPresent()) {
            result.put("baselineState", "new");
        }
        return result;
    }

    private static Map<String, Object> physical(SourceLocation at) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact(at.file()));
        if (at.line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
            physical.put("region", region);
        }
        return physical;
    }

    /** Below the working directory, a relative URI under %SRCROOT%; elsewhere, an absolute file URI. */
    private static Map<String, Object> artifact(Path file) {
        if (file == null) {
            return obj("uri", "");
        }
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(CWD)) {
            return obj("uri", abs.toUri().toString());
        }
        StringBuilder uri = new StringBuilder();
        for (Path name : CWD.relativize(abs)) {
            uri.append(uri.isEmpty() ? "" : "/").append(java.net.URLEncoder.encode(name.toString(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return obj("uri", uri.toString(), "uriBaseId", SRCROOT);
    }

    private List<Map<String, Object>> overrides() {
        List<Map<String, Object>> overrides = new ArrayList<>();
        for (RuleInfo rule : report.rules().rules()) {
            report.rules().setting(rule.name()).ifPresent(level -> {
                Map<String, Object> configuration = new LinkedHashMap<>();
                configuration.put("enabled", level != RuleLevel.OFF);
                configuration.put("level", level == RuleLevel.OFF ? "none" : level.label());
                overrides.add(obj("descriptor", obj("id", rule.name(), "index", ruleIndex.get(rule.name())),
                        "configuration", configuration));
            });
        }
        return overrides;
    }

    private Map<String, Object> fixedNote(Baseline.Entry fixed) {
        Integer index = ruleIndex.get(fixed.key().rule());
        return obj("level", "note",
                "message", obj("text", "fixed since the baseline"
                        + (fixed.count() > 1 ? " (" + fixed.count() + " times)" : "") + ": " + fixed.key().subject()),
                "locations", List.of(obj("physicalLocation",
                        obj("artifactLocation", artifact(report.root().resolve(fixed.key().file()))))),
                "associatedRule", index == null ? obj("id", fixed.key().rule())
                        : obj("id", fixed.key().rule(), "index", index));
    }
}
