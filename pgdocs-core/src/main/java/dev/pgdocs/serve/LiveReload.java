package dev.pgdocs.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private volatile BuildState state = new BuildState(0, true, List.of());

    BuildState state() {
        return state;
    }

    /** Takes a new state and sends it to every open page. */
    synchronized void publish(BuildState next) {
        state = next;
        byte[] event = event(next);
        for (OutputStream out : listeners) {
            if (!send(out, event)) {
                drop(out);
            }
        }
    }

    /** Keeps a page's event stream, sending it the current state first. */
    synchronized void listen(OutputStream out) {
        if (send(out, "retry: 500\n\n".getBytes(StandardCharsets.UTF_8)) && send(out, event(state))) {
            listeners.add(out);
        }
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
