package dev.pgdocs.xslt;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
/** A stylesheet is missing or does not compile: a broken --templates override, or a bug. */
public final class StylesheetException extends Exception implements Failure {
    public StylesheetException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int exitCode() {
        return ExitCode.INPUT_UNREADABLE;
    }
}
