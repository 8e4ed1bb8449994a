package dev.pgdocs.diagnostics;

/**
 * A rule name pgdocs reports findings under, declared by the code that reports them, so
 * that severities can be set by name, unknown names refused, and tools such as SARIF
 * readers told what each rule is about.
 *
 * @param name     the stable name printed in brackets ({@code id.missing})
 * @param severity what its findings are unless the book or the command line says otherwise
 * @param summary  one sentence on what it finds
 * @param fixed    why its severity cannot be set, or null when it can
 */
public record RuleInfo(String name, Severity severity, String summary, String fixed) {

    public RuleInfo(String name, Severity severity, String summary) {
        this(name, severity, summary, null);
    }

    public static RuleInfo error(String name, String summary) {
        return new RuleInfo(name, Severity.ERROR, summary);
    }

    public static RuleInfo warning(String name, String summary) {
        return new RuleInfo(name, Severity.WARNING, summary);
    }

    /** An error no setting may lower, for a promise pgdocs keeps whatever the book says. */
    public static RuleInfo alwaysError(String name, String summary, String why) {
        return new RuleInfo(name, Severity.ERROR, summary, why);
    }

    /** A finding of this rule at its usual severity. */
    public Diagnostic at(SourceLocation location, String message) {
        return new Diagnostic(location, severity, message, name);
    }
}
