package dev.pgdocs.diagnostics;

/**
 * How far a long piece of work has come, for a person watching a terminal: the stage it
 * is in, and within a stage, how many of its units (pages) are done. The stages call it
 * as they go; what it shows, if anything, is the implementation's: {@link TerminalProgress}
 * on a terminal, {@link #NONE} everywhere else (a log, CI, tests, a program reading
 * pgdocs' output). Implementations are safe to call from any thread.
 */
public interface Progress extends AutoCloseable {

    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name) {
        }

        @Override
        public void step(long done, long total) {
        }
    };

    /** A new stage begins ("load", "render html"); its count starts again at nothing. */
    void stage(String name);

    /** {@code done} units of the current stage are finished, of {@code total} (0 when not known in advance). */
    void step(long done, long total);

    /** The work is over: whatever was shown goes. */
    @Override
    default void close() {
    }

    /**
     * The progress of this run's work: {@link #NONE} unless pgdocs' main has installed
     * another. One run of the command line does one piece of work, and its stages (in
     * {@link dev.pgdocs.pipeline}) report here without the command passing it down.
     */
    static Progress installed() {
        return Installed.progress;
    }

    /** Makes {@code progress} the one {@link #installed()} returns. */
    static void install(Progress progress) {
        Installed.progress = progress;
    }

    /** Holds the installed progress (an interface has no fields of its own to change). */
    final class Installed {
        private static volatile Progress progress = NONE;

        private Installed() {
        }
    }
}
