package dev.pgdocs.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells every open page what the latest build did, over server-sent events: a page
 * reloads when the site changed in a way that concerns it (the event names the pages a
 * change wrote), and shows the diagnostics of a failed build in an overlay. A page that connects gets the current state at once, so one
 * loaded while a build ran still learns of it.
 */
final class LiveReload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The page each stream belongs to, as the page names itself (null: not said). */
    private final Map<OutputStream, String> pageOf = new ConcurrentHashMap<>();
    private volatile BuildState state = new BuildState(0, true, List.of());
    /** Streams opened so far, and how many that was when the last state was sent. */
    private long connects;
    private long connectsAtPublish;
    /** How many open pages the last state told to reload. */
    private int reloading;

    BuildState state() {
        return state;
    }

    /** Takes a new state and sends it to every open page. */
    synchronized void publish(BuildState next) {
        state = next;
        reloading = (int) listeners.stream().filter(out -> reloads(next, pageOf.get(out))).count();
        connectsAtPublish = connects;
        notifyAll();
        byte[] event = event(next);
        for (OutputStream out : listeners) {
            if (!send(out, event)) {
                drop(out);
            }
        }
    }

    /** Keeps the event stream of {@code page} (null when it did not say), sending it the current state first. */
    synchronized void listen(OutputStream out, String page) {
        if (send(out, "retry: 500\n\n".getBytes(StandardCharsets.UTF_8)) && send(out, event(state))) {
            listeners.add(out);
            if (page != null) {
                pageOf.put(out, page);
            }
            connects++;
            notifyAll();
        }
    }

    /**
     * Waits, at most {@code millis}, until the state of {@code generation} has been sent and
     * the open pages it told to reload have opened their streams again: a reloaded page
     * opens its stream once its text is in the browser. Returns at once when no page was
     * told to reload.
     */
    synchronized void awaitReloaded(long generation, long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (state.generation() < generation || connects - connectsAtPublish < reloading) {
            long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }

    /** Whether a page reloads for this state, as live.js decides (a page not named: only for a whole new site). */
    private static boolean reloads(BuildState s, String page) {
        return s.pages() == null || (page != null && s.pages().contains(page));
    }

    /** A comment line on every stream, so that closed pages are noticed and dropped. */
    synchronized void ping() {
        byte[] comment = ": ping\n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            if (!send(out, comment)) {
                drop(out);
            }
        }
    }

    /** Whether a page's stream is still being written to. */
    boolean listens(OutputStream out) {
        return listeners.contains(out);
    }

    /** Forgets a page and wakes the request thread that holds its stream open. */
    private void drop(OutputStream out) {
        listeners.remove(out);
        pageOf.remove(out);
        synchronized (out) {
            out.notifyAll();
        }
    }

    private static boolean send(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return true;
        } catch (IOException e) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the page is gone either way
            }
            return false;
        }
    }

    private static byte[] event(BuildState s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("generation", s.generation());
        fields.put("ok", s.ok());
        fields.put("diagnostics", s.diagnostics().stream().limit(200).map(d -> d.fields()).toList());
        fields.put("errors", s.diagnostics().stream().filter(d -> d.isError()).count());
        fields.put("warnings", s.diagnostics().stream().filter(d -> !d.isError()).count());
        fields.put("pages", s.pages() == null ? null : new TreeSet<>(s.pages())); // null: every page
        String data = JSON.writeValueAsString(fields);
        return ("event: build\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
