package dev.pgdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * After a first look, serve waits for the open pages it told to reload to load the change
 * (their streams open again), and for nothing else.
 */
class LiveReloadTest {

    private static long waited(LiveReload reload, long generation, long millis) throws Exception {
        long start = System.nanoTime();
        reload.awaitReloaded(generation, millis);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void theWaitEndsWhenTheReloadedPageOpensItsStreamAgain() throws Exception {
        LiveReload reload = new LiveReload();
        reload.listen(new ByteArrayOutputStream(), "bgworker.html");
        reload.listen(new ByteArrayOutputStream(), "index.html");
        reload.publish(new BuildState(1, true, List.of(), Set.of("bgworker.html")));
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return waited(reload, 1, 60_000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertTrue(!waiting.isDone(), "bgworker.html has not loaded the change yet: still waiting");
        reload.listen(new ByteArrayOutputStream(), "bgworker.html"); // the reloaded page
        waiting.get(30, TimeUnit.SECONDS); // ends well before its limit of a minute
    }

    @Test
    void noWaitWhenNoOpenPageReloadsAndAtMostTheLimitOtherwise() throws Exception {
        LiveReload reload = new LiveReload();
        reload.listen(new ByteArrayOutputStream(), "index.html");
        reload.listen(new ByteArrayOutputStream(), null); // a stream that did not say its page
        reload.publish(new BuildState(1, true, List.of(), Set.of("bgworker.html")));
        assertTrue(waited(reload, 1, 60_000) < 30_000, "no open page shows bgworker.html: no wait for the limit");

        reload.listen(new ByteArrayOutputStream(), "bgworker.html");
        reload.publish(new BuildState(2, true, List.of(), Set.of("bgworker.html")));
        long waited = waited(reload, 2, 300);
        assertTrue(waited >= 290 && waited < 30_000, "a page that never loads is waited for until the limit: " + waited);
    }

    @Test
    void theStreamsPageIsItsQueryParameter() {
        assertEquals("bgworker.html", SiteServer.pageParameter("page=bgworker.html"));
        assertEquals("a b.html", SiteServer.pageParameter("x=1&page=a%20b.html"));
        assertNull(SiteServer.pageParameter(null));
        assertNull(SiteServer.pageParameter("x=1"));
    }
}
