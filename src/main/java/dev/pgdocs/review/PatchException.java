package dev.pgdocs.review;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;

/**
 * A patch that cannot be read or does not apply; the message names the hunk and where it
 * is. Nothing has been written when it is thrown, and the report says so.
 */
public final class PatchException extends Exception implements Failure {
    public PatchException(String message) {
        super(message);
    }

    @Override
    public int exitCode() {
        return ExitCode.INPUT_UNREADABLE;
    }

    /** Each line of the message as pgdocs' own, then that nothing was written. */
    @Override
    public String report() {
        StringBuilder lines = new StringBuilder();
        getMessage().lines().forEach(line -> lines.append("pgdocs: ").append(line).append(System.lineSeparator()));
        return lines.append("pgdocs: nothing written").toString();
    }
}
