package dev.pgdocs.diagnostics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways diagnostics are printed: {@code text} for people (to stderr, with a summary
 * line), {@code json} for programs, {@code github} for GitHub Actions annotations and
 * {@code sarif} for code-scanning tools (the last three to stdout, where those tools
 * read them; their summary line still goes to stderr).
 */
public enum DiagnosticFormat {
    TEXT {
        @Override
        public void print(Report report, PrintWriter out, PrintWriter err) {
            report.diagnostics().forEach(err::println);
            for (Baseline.Entry fixed : report.fixed()) {
                err.println(new SourceLocation(report.root().resolve(fixed.key().file()), 0, 0).displayPath()
                        + ": note: fixed since the baseline" + (fixed.count() > 1 ? " (" + fixed.count() + " times)" : "")
                        + ": " + fixed.key().subject() + " [" + fixed.key().rule() + "]");
            }
            err.println(report.summary());
        }
    },
    JSON {
        @Override
        public void print(Report report, PrintWriter out, PrintWriter err) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("diagnostics", report.diagnostics().stream().map(Diagnostic::fields).toList());
            Summary summary = report.summary();
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("subject", summary.subject());
            totals.put("files", summary.files());
            totals.put("errors", summary.errors());
            totals.put("warnings", summary.warnings());
            report.baseline().ifPresent(compared -> {
                totals.put("unchanged", compared.unchanged());
                totals.put("fixed", compared.fixed().stream().mapToInt(Baseline.Entry::count).sum());
                document.put("fixed", compared.fixed().stream().map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("rule", e.key().rule());
                    m.put("file", e.key().file());
                    m.put(e.key().element().isEmpty() ? "message" : "element", e.key().subject());
                    m.put("count", e.count());
                    return m;
                }).toList());
            });
            document.put("summary", totals);
            out.println(Json.MAPPER.writeValueAsString(document));
        }
    },
    GITHUB {
        @Override
        public void print(Report report, PrintWriter out, PrintWriter err) {
            for (Diagnostic d : report.diagnostics()) {
                StringBuilder b = new StringBuilder("::").append(d.isError() ? "error" : "warning");
                b.append(" file=").append(property(d.location().displayPath()));
                if (d.location().line() > 0) {
                    b.append(",line=").append(d.location().line());
                }
                if (d.location().column() > 0) {
                    b.append(",col=").append(d.location().column());
                }
                b.append(",title=").append(property(d.rule()));
                b.append("::").append(data(d.message()));
                out.println(b);
            }
            err.println(report.summary());
        }
    },
    SARIF {
        @Override
        public void print(Report report, PrintWriter out, PrintWriter err) {
            out.println(Json.MAPPER.writeValueAsString(new SarifLog(report).document()));
            err.println(report.summary());
        }
    };

    /**
     * The JSON writer, made on first use: building it loads much of Jackson, a tenth of a
     * second that the text format, which most runs print, would spend for nothing.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Prints the findings, what the baseline says of them, and the summary. */
    public abstract void print(Report report, PrintWriter out, PrintWriter err);

    /** GitHub's escaping of workflow command data. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of workflow command properties. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * Everything a format may print.
     *
     * @param diagnostics the findings to report (with a baseline, the new ones only)
     * @param rules       every rule and what it was set to
     * @param root        the master's directory, that baseline files are relative to
     * @param baseline    how the findings compared with a baseline, when one was given
     * @param tool        pgdocs' version
     */
    public record Report(List<Diagnostic> diagnostics, Summary summary, RulePolicy rules, Path root,
                         Optional<Baseline.Comparison> baseline, String tool) {

        /** The baseline entries no longer found. */
        public List<Baseline.Entry> fixed() {
            return baseline.map(Baseline.Comparison::fixed).orElse(List.of());
        }
    }

    /** The closing line: what was checked and how it went. */
    public record Summary(String subject, int files, int errors, int warnings, Optional<Baseline.Comparison> baseline) {

        public static Summary of(String subject, int files, List<Diagnostic> diagnostics) {
            return of(subject, files, diagnostics, Optional.empty());
        }

        /** The counts of {@code diagnostics}, with what a baseline left out of them. */
        public static Summary of(String subject, int files, List<Diagnostic> diagnostics,
                                 Optional<Baseline.Comparison> baseline) {
            int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
            return new Summary(subject, files, errors, diagnostics.size() - errors, baseline);
        }

        @Override
        public String toString() {
            String line = subject + ": " + files + (files == 1 ? " file, " : " files, ")
                    + errors + (errors == 1 ? " error, " : " errors, ")
                    + warnings + (warnings == 1 ? " warning" : " warnings");
            return baseline.map(b -> {
                int fixed = b.fixed().stream().mapToInt(Baseline.Entry::count).sum();
                return line + " not in the baseline; " + b.unchanged() + " in it still found, " + fixed + " fixed"
                        + (fixed > 0 ? " (--write-baseline to record that)" : "");
            }).orElse(line);
        }
    }
}
