package dev.pgdocs.diagnostics;

/** How bad a diagnostic is; errors fail the build, warnings do so only with --warnings-as-errors. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in diagnostics. */
    public String label() {
        return label;
    }
}
