package dev.pgdocs.diagnostics;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One finding about the documents. Printed as
 * {@code file:line:col: severity: message [rule]}; the rule name is stable so that
 * CI scripts and tests can rely on it.
 */
public record Diagnostic(SourceLocation location, Severity severity, String message, String rule)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourceLocation at, String rule, String message) {
        return new Diagnostic(at, Severity.ERROR, message, rule);
    }

    public static Diagnostic warning(SourceLocation at, String rule, String message) {
        return new Diagnostic(at, Severity.WARNING, message, rule);
    }

    /** The fields of this diagnostic by name, as JSON output gives them. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", location.displayPath());
        m.put("line", location.line());
        m.put("column", location.column());
        m.put("severity", severity.label());
        m.put("rule", rule);
        m.put("message", message);
        if (location.element() != null) {
            m.put("element", location.element());
        }
        return m;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether any of {@code diagnostics} is an error: what stops a build from publishing. */
    public static boolean anyError(java.util.Collection<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether these findings fail a run: any error does, and with {@code warningsAsErrors} any finding at all. */
    public static boolean failing(java.util.Collection<Diagnostic> diagnostics, boolean warningsAsErrors) {
        return warningsAsErrors ? !diagnostics.isEmpty() : anyError(diagnostics);
    }

    /**
     * The text form. A message that runs over lines (a template's list of errors, or a line
     * break quoted from the sources, as in a malformed system identifier) has its later
     * lines indented, so that every line that starts at the margin is a finding with its
     * place: what CI's parsers of {@code file:line:col:} lines, and readers, rely on.
     */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + CONTINUATION.matcher(message).replaceAll("\n  ")
                + " [" + rule + "]";
    }

    /** A line break in a message not already followed by indentation. */
    private static final Pattern CONTINUATION = Pattern.compile("\\r\\n?(?![ \\t])|\\n(?![ \\t])");

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
