package dev.pgdocs.threads;

import java.util.concurrent.ThreadFactory;

/**
 * The threads pgdocs starts beside the main one. All are daemons: a command returns its
 * exit code when its work is done, and a worker still parked in a pool must not keep the
 * JVM alive after that (nor after Ctrl-C has removed the output it was writing).
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /**
     * What a thread of these does with what ends it: an OutOfMemoryError is left to the
     * main thread, which runs out of the same heap and says so in pgdocs' words (exit 6,
     * with the way to a larger heap); the JVM's own report would put a stack trace before
     * that message. Anything else is reported as the JVM reports it.
     */
    private static final Thread.UncaughtExceptionHandler ENDINGS = (thread, e) -> {
        if (!(e instanceof OutOfMemoryError)) {
            thread.getThreadGroup().uncaughtException(thread, e);
        }
    };

    /** Daemon threads named {@code name}, at the priority of the thread that starts each. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(ENDINGS);
            return t;
        };
    }

    /** Daemon threads named {@code name}, at {@code priority}. */
    public static ThreadFactory named(String name, int priority) {
        ThreadFactory daemons = named(name);
        return task -> {
            Thread t = daemons.newThread(task);
            t.setPriority(priority);
            return t;
        };
    }

    /** Starts {@code task} on a daemon thread with a stack of {@code stackSize} bytes. */
    public static Thread start(String name, long stackSize, Runnable task) {
        Thread t = new Thread(null, task, name, stackSize);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler(ENDINGS);
        t.start();
        return t;
    }
}
