package dev.pgdocs.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Keeps the JDK's XML parser from printing to the terminal. In some malformed files (one
 * that ends inside its DOCTYPE's internal subset, for one) it prints a stack trace of an
 * EOFException straight to System.err, and then reports the same problem as a fatal
 * error, which pgdocs shows at its file:line:col. While a thread parses, what it writes
 * to System.err is dropped; every other thread writes through as before.
 */
final class ParserNoise {

    private static final ThreadLocal<Boolean> PARSING = ThreadLocal.withInitial(() -> false);

    private ParserNoise() {
    }

    /** Runs {@code parse} on this thread with its System.err writes dropped. */
    static <T, E extends Exception> T quietly(Parse<T, E> parse) throws E {
        install();
        PARSING.set(true);
        try {
            return parse.run();
        } finally {
            PARSING.set(false);
        }
    }

    /** A parse that may fail with its own exception. */
    @FunctionalInterface
    interface Parse<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Puts the filter in front of whatever System.err is now; checked on every parse,
     * because a caller (a test capturing the streams, say) may have replaced it since.
     */
    private static synchronized void install() {
        if (!(System.err instanceof Filtered)) {
            System.setErr(new Filtered(System.err));
        }
    }

    private static final class Filtered extends PrintStream {

        Filtered(PrintStream target) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    if (!PARSING.get()) {
                        target.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    if (!PARSING.get()) {
                        target.write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    target.flush();
                }
            }, true);
        }
    }
}
