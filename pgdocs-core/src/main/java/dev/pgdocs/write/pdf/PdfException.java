package dev.pgdocs.write.pdf;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
/** The PDF cannot be made: fonts missing, FOP failed. */
public final class PdfException extends Exception implements Failure {
    public PdfException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return ExitCode.INPUT_UNREADABLE;
    }
}
