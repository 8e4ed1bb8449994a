package dev.pgdocs.diagnostics;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways diagnostics are printed: {@code text} for people (to stderr, with a summary
 * line), {@code json} for programs and {@code github} for GitHub Actions annotations
 * (both to stdout, where those tools read them).
 */
public enum DiagnosticFormat {
    TEXT {
        @Override
        public void print(List<Diagnostic> diagnostics, Summary summary, PrintWriter out, PrintWriter err) {
            diagnostics.forEach(err::println);
            err.println(summary);
        }
    },
    JSON {
        @Override
        public void print(List<Diagnostic> diagnostics, Summary summary, PrintWriter out, PrintWriter err) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("diagnostics", diagnostics.stream().map(Diagnostic::fields).toList());
            Map<String, Object> totals = new LinkedHashMap<>();
            totals.put("subject", summary.subject());
            totals.put("files", summary.files());
            totals.put("errors", summary.errors());
            totals.put("warnings", summary.warnings());
            document.put("summary", totals);
            out.println(MAPPER.writeValueAsString(document));
        }
    },
    GITHUB {
        @Override
        public void print(List<Diagnostic> diagnostics, Summary summary, PrintWriter out, PrintWriter err) {
            for (Diagnostic d : diagnostics) {
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
            err.println(summary);
        }
    };

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Prints the diagnostics and the summary. */
    public abstract void print(List<Diagnostic> diagnostics, Summary summary, PrintWriter out, PrintWriter err);

    /** GitHub's escaping of workflow command data. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of workflow command properties. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** The closing line: what was checked and how it went. */
    public record Summary(String subject, int files, int errors, int warnings) {
        public static Summary of(String subject, int files, List<Diagnostic> diagnostics) {
            int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
            return new Summary(subject, files, errors, diagnostics.size() - errors);
        }

        @Override
        public String toString() {
            return subject + ": " + files + (files == 1 ? " file, " : " files, ")
                    + errors + (errors == 1 ? " error, " : " errors, ")
                    + warnings + (warnings == 1 ? " warning" : " warnings");
        }
    }
}
