package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
import dev.pgdocs.diagnostics.SourceLocation;
import java.util.List;

/**
 * The sources cannot be read into a tree at all: malformed XML, an unknown entity, a
 * missing or refused include, an entity bomb. Carries the place it happened, and every
 * other problem the load found on its way, so that one run reports them all.
 */
public final class LoadException extends Exception implements Failure {

    private final SourceLocation location;
    private final List<Diagnostic> diagnostics;

    public LoadException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
        this.diagnostics = location == null ? List.of() : List.of(Diagnostic.error(location, SourceLoader.LOAD_RULE, message));
    }

    /**
     * A load that found {@code diagnostics}, errors that kept it from making a tree among
     * them; the first of those errors is this exception's message and place.
     */
    LoadException(List<Diagnostic> diagnostics) {
        this(diagnostics, diagnostics.stream().filter(d -> d.isError() && d.rule().equals(SourceLoader.LOAD_RULE))
                .findFirst().orElseThrow());
    }

    private LoadException(List<Diagnostic> diagnostics, Diagnostic first) {
        super(first.message());
        this.location = first.location();
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Where the (first) problem is; null when it has no place (a bad command-line catalog). */
    public SourceLocation location() {
        return location;
    }

    /** Every problem the load found, in file order; empty when the problem has no place. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public int exitCode() {
        return ExitCode.INPUT_UNREADABLE;
    }

    /** Every problem the load found, a line each; the message alone when it has no place. */
    @Override
    public String report() {
        return diagnostics.isEmpty() ? Failure.super.report()
                : String.join(System.lineSeparator(), diagnostics.stream().map(Diagnostic::toString).toList());
    }
}
