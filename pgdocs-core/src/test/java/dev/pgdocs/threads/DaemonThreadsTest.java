package dev.pgdocs.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** A worker that runs out of memory leaves the saying to the main thread; other endings are reported. */
@Isolated // reads what reaches System.err, which every test writes to
class DaemonThreadsTest {

    private static String errorOutputOf(Runnable task) throws Exception {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Thread t = DaemonThreads.named("pgdocs-test").newThread(task);
            t.start();
            t.join();
            Thread started = DaemonThreads.start("pgdocs-test-stack", 1 << 20, task);
            started.join();
        } finally {
            System.setErr(before);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outOfMemoryIsLeftToTheMainThread() throws Exception {
        assertEquals("", errorOutputOf(() -> {
            throw new OutOfMemoryError("Java heap space");
        }));
    }

    @Test
    void aBugIsStillReported() throws Exception {
        String err = errorOutputOf(() -> {
            throw new IllegalStateException("a bug");
        });
        assertTrue(err.contains("Exception in thread \"pgdocs-test\"") && err.contains("a bug"), err);
        assertTrue(err.contains("Exception in thread \"pgdocs-test-stack\""), err);
    }
}
