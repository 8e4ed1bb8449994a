package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
import dev.pgdocs.diagnostics.SourceLocation;

/**
 * The sources cannot be read into a tree at all: malformed XML, an unknown entity, a
 * missing or refused include, an entity bomb. Always carries the place it happened.
 */
public final class LoadException extends Exception implements Failure {

    private final SourceLocation location;

    public LoadException(SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public SourceLocation location() {
        return location;
    }

    /** The problem in the project's one diagnostic shape. */
    public Diagnostic toDiagnostic() {
        return Diagnostic.error(location, "load", getMessage());
    }

    @Override
    public int exitCode() {
        return ExitCode.INPUT_UNREADABLE;
    }

    @Override
    public String report() {
        return location == null ? Failure.super.report() : toDiagnostic().toString();
    }
}
