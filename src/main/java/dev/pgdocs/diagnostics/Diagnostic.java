package dev.pgdocs.diagnostics;

import java.util.Comparator;

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

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
