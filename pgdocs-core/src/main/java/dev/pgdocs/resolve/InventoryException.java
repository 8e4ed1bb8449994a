package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
import dev.pgdocs.diagnostics.SourceLocation;

/** An inventory file that cannot be used. */
public final class InventoryException extends Exception implements Failure {

    private final SourceLocation location;

    public InventoryException(SourceLocation location, String message) {
        super(message);
        this.location = location;
    }

    public Diagnostic toDiagnostic() {
        return Diagnostic.error(location, "inventory", getMessage());
    }

    @Override
    public int exitCode() {
        return ExitCode.INPUT_UNREADABLE;
    }

    @Override
    public String report() {
        return toDiagnostic().toString();
    }
}
