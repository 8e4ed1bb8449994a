package dev.pgdocs.diagnostics;

/** pgdocs' exit codes, the same for every command and listed in --help. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int DOCUMENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INPUT_UNREADABLE = 3;
    public static final int INTERNAL_ERROR = 4;
    public static final int OUTPUT_UNWRITABLE = 5;
    public static final int OUT_OF_MEMORY = 6;

    /** The exit code list for --help, as picocli wants it. */
    public static final java.util.Map<String, String> HELP = java.util.Map.of(
            "0", "the documents are fine",
            "1", "the documents have errors (or warnings, with --warnings-as-errors)",
            "2", "usage error: unknown option, missing argument",
            "3", "input unreadable: malformed XML, unknown entity, missing or refused file",
            "4", "internal error (a bug: please report it, with --debug output)",
            "5", "output could not be written (disk full, read-only, denied)",
            "6", "out of memory: the book needs a larger Java heap (PGDOCS_JAVA_OPTS=-Xmx2g); nothing published",
            // the JVM's own, 128 plus the signal, after pgdocs has removed its unfinished output
            "130", "interrupted (SIGINT, Ctrl-C); nothing published",
            "143", "terminated (SIGTERM); nothing published");

    private ExitCode() {
    }
}
