package dev.pgdocs.diagnostics;

/**
 * An exception that ends a command: it says what pgdocs prints and which exit code it
 * exits with, so that the one handler that turns failures into messages needs to know
 * no exception by name. An interface, because some failures are IOExceptions.
 */
public interface Failure {

    /** The exit code, one of {@link ExitCode}'s. */
    int exitCode();

    /** The failure's own words (Throwable's). */
    String getMessage();

    /** The line printed: {@code pgdocs: message}, unless the failure has a place to name. */
    default String report() {
        return "pgdocs: " + getMessage();
    }
}
