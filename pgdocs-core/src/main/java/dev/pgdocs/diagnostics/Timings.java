package dev.pgdocs.diagnostics;

/**
 * Phase timings on stderr when the environment variable PGDOCS_TIMINGS is set, for the
 * benchmark scripts and for finding where a slow build spends its time.
 */
public final class Timings {

    private static final boolean ON = System.getenv("PGDOCS_TIMINGS") != null;
    private static long start = System.nanoTime();
    private static long last = start;

    private Timings() {
    }

    /** Starts the clock (pgdocs' main does, so that class loading before it is not counted). */
    public static synchronized void start() {
        start = System.nanoTime();
        last = start;
    }

    /** Notes the end of a phase. */
    public static synchronized void phase(String name) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("[timing] %-24s %6d ms (%d ms since start of main)%n", name,
                    (now - last) / 1_000_000, (now - start) / 1_000_000);
            last = now;
        }
    }
}
