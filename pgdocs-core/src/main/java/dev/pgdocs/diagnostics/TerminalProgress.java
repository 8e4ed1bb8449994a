package dev.pgdocs.diagnostics;

import dev.pgdocs.threads.DaemonThreads;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress as one line at the bottom of a terminal, redrawn in place:
 *
 * <pre>pgdocs: render html [#########...........] 523/1131 pages, 14 s</pre>
 *
 * <p>Drawn with a carriage return and spaces only, no escape sequences, so that any
 * terminal shows it. Nothing is drawn in a run's first second (a quick build shows no
 * line that vanishes at once), then the line is redrawn a few times a second. Whatever
 * else pgdocs writes to stdout or stderr (diagnostics, the closing lines) goes through
 * {@link #guarding}, which takes the line away first; it comes back below on the next
 * redraw. The line is meant for a person: pgdocs' main starts it only on a terminal
 * ({@code dev.pgdocs.cli.ProgressChoice}).
 */
public final class TerminalProgress implements Progress {

    /** How long a run goes before the line appears. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Kept short of an 80-column terminal: a line that wraps cannot be redrawn in place. */
    static final int WIDTH = 78;
    private static final int BAR = 20;
    private static final long REDRAW_MILLIS = 200;

    private final Object lock = new Object();
    private final OutputStream terminal;
    private final LongSupplier clock;
    private final long start;
    private ScheduledExecutorService redraws;
    private Thread erasing;

    private String stage;
    private long done;
    private long total;
    /** The line on the screen now; empty when none is. */
    private String shown = "";
    /** Whether other output last ended a line, so that the progress line may start one. */
    private boolean atLineStart = true;
    private boolean closed;

    /** Progress drawn on {@code terminal} (the raw stream, not a guarded one), timed by {@code clock} (nanoseconds). */
    TerminalProgress(OutputStream terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /**
     * Starts progress on {@code terminal}, redrawn from a daemon thread, and puts the
     * guard in front of System.out and System.err. Taken away on close, and when the JVM
     * stops (Ctrl-C), so that it is not drawn after the last word.
     */
    public static TerminalProgress start(PrintStream terminal) {
        TerminalProgress progress = new TerminalProgress(terminal, System::nanoTime);
        System.setOut(progress.guarding(System.out));
        System.setErr(progress.guarding(System.err));
        progress.redraws = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pgdocs-progress"));
        progress.redraws.scheduleWithFixedDelay(progress::redraw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        progress.erasing = new Thread(progress::close, "pgdocs-progress-end");
        Runtime.getRuntime().addShutdownHook(progress.erasing);
        return progress;
    }

    @Override
    public void stage(String name) {
        synchronized (lock) {
            stage = name;
            done = 0;
            total = 0;
        }
    }

    @Override
    public void step(long done, long total) {
        synchronized (lock) {
            this.done = Math.max(this.done, done); // steps from several threads may arrive out of order
            this.total = total;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            erase();
            flush();
        }
        if (erasing != null && Thread.currentThread() != erasing) {
            try {
                // a resident JVM runs many builds: their ended progress must not pile up in its hooks
                Runtime.getRuntime().removeShutdownHook(erasing);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs, and finds it closed
            }
        }
        if (redraws != null) {
            redraws.shutdownNow();
        }
    }

    /** Draws the line as things stand, if it is time to and nothing else is writing a line. */
    void redraw() {
        synchronized (lock) {
            long now = clock.getAsLong();
            if (closed || stage == null || !atLineStart || now - start < DELAY_NANOS) {
                return;
            }
            String line = line(now);
            if (!line.equals(shown)) {
                // over the old line, and spaces over what of it would show past the new one's end
                write("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
                shown = line;
                flush();
            }
        }
    }

    /** The line for the state now: the stage, a bar and a count when the stage has a total, the time so far. */
    String line(long now) {
        StringBuilder line = new StringBuilder("pgdocs: ").append(stage);
        if (total > 0) {
            int filled = (int) (BAR * Math.min(done, total) / total);
            line.append(" [").append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(done).append('/').append(total).append(" pages");
        } else if (done > 0) {
            line.append(' ').append(done).append(" pages");
        }
        line.append(", ").append(TimeUnit.NANOSECONDS.toSeconds(now - start)).append(" s");
        return line.length() > WIDTH ? line.substring(0, WIDTH) : line.toString();
    }

    /** {@code stream}, taking the progress line away before anything is written to it. */
    public PrintStream guarding(PrintStream stream) {
        return new PrintStream(new FilterOutputStream(stream) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return;
                }
                synchronized (lock) {
                    erase();
                    out.write(bytes, offset, length);
                    atLineStart = bytes[offset + length - 1] == '\n';
                }
            }

            @Override
            public void flush() throws IOException {
                synchronized (lock) {
                    out.flush();
                }
            }
        }, true);
    }

    /** Takes the line off the screen: back to its start, spaces over it, back again. */
    private void erase() {
        if (!shown.isEmpty()) {
            write("\r" + " ".repeat(shown.length()) + "\r");
            shown = "";
        }
    }

    private void write(String text) {
        try {
            terminal.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            closed = true; // the terminal went away; the work goes on without its line
        }
    }

    private void flush() {
        try {
            terminal.flush();
        } catch (IOException e) {
            closed = true;
        }
    }
}
