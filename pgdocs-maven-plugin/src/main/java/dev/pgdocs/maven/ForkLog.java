package dev.pgdocs.maven;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * How a goal run in a JVM of its own talks to Maven's: one line per message on its
 * standard output, the kind first ({@code info}, {@code warn}, ...), then the message with
 * its line breaks escaped. This side is the forked goal's log; {@link #relay} is the
 * other, in Maven's JVM. The goal's failure travels the same way, as a last line of kind
 * {@code failure} (the build's verdict) or {@code fault} (pgdocs could not do the work).
 */
final class ForkLog implements Log {

    /** A line's kinds, as written. */
    enum Kind { DEBUG, INFO, WARN, ERROR, FAILURE, FAULT }

    /** One decoded line. */
    record Line(Kind kind, String message) {
    }

    private final PrintStream out;
    private final boolean debug;

    ForkLog(PrintStream out, boolean debug) {
        this.out = out;
        this.debug = debug;
    }

    /** Writes one message of {@code kind}. */
    void write(Kind kind, CharSequence message) {
        String escaped = message.toString().replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
        synchronized (out) {
            out.println(kind.name().toLowerCase(Locale.ROOT) + " " + escaped);
            out.flush();
        }
    }

    /** The line as the forked goal wrote it; empty for anything else it printed (a JVM's own warning). */
    static Optional<Line> decode(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Kind kind;
        try {
            kind = Kind.valueOf(line.substring(0, space).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder();
        for (int i = space + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                message.append(next == 'n' ? '\n' : next);
            } else {
                message.append(c);
            }
        }
        return Optional.of(new Line(kind, message.toString()));
    }

    /** Says a log line in Maven's log at its level; false for the failure kinds, which the caller keeps. */
    static boolean relay(Line line, Log to) {
        switch (line.kind()) {
            case DEBUG -> to.debug(line.message());
            case INFO -> to.info(line.message());
            case WARN -> to.warn(line.message());
            case ERROR -> to.error(line.message());
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String withCause(CharSequence message, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return (message == null ? "" : message + "\n") + trace;
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }

    @Override
    public void debug(CharSequence content) {
        if (debug) {
            write(Kind.DEBUG, content);
        }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        if (debug) {
            write(Kind.DEBUG, withCause(content, error));
        }
    }

    @Override
    public void debug(Throwable error) {
        debug(null, error);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence content) {
        write(Kind.INFO, content);
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        write(Kind.INFO, withCause(content, error));
    }

    @Override
    public void info(Throwable error) {
        info(null, error);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence content) {
        write(Kind.WARN, content);
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        write(Kind.WARN, withCause(content, error));
    }

    @Override
    public void warn(Throwable error) {
        warn(null, error);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence content) {
        write(Kind.ERROR, content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        write(Kind.ERROR, withCause(content, error));
    }

    @Override
    public void error(Throwable error) {
        error(null, error);
    }
}
