package dev.pgdocs.write;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
/** pgdocs will not write where it was asked to: the directory is someone else's. */
public final class OutputRefusedException extends Exception implements Failure {
    public OutputRefusedException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return ExitCode.USAGE;
    }
}
