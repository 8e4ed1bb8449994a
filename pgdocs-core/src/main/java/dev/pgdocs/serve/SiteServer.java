package dev.pgdocs.serve;

import dev.pgdocs.threads.DaemonThreads;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves a built site over HTTP and nothing else: only regular files inside the site
 * (or the PDF directory, under /pdf/) whose real path, symlinks followed, stays inside;
 * no directory listings; GET and HEAD only. HTML pages get the live-reload script.
 */
public final class SiteServer implements AutoCloseable {

    /** Where the server's own files live; no site file can be named so. */
    static final String OWN = "/_pgdocs/";
    private static final String PDF = "/pdf/";

    private final Path site;
    private final Optional<Path> pdf;
    private final LiveReload reload = new LiveReload();
    private final HttpServer server;
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("pgdocs-http"));
    private final ExecutorService events = Executors.newSingleThreadExecutor(DaemonThreads.named("pgdocs-events"));
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pgdocs-ping"));

    /** Starts serving {@code site} (and {@code pdf} under /pdf/) on {@code address}. */
    public SiteServer(InetSocketAddress address, Path site, Optional<Path> pdf) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.pdf = pdf.map(p -> p.toAbsolutePath().normalize());
        this.server = HttpServer.create(address, 64);
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
        pinger.scheduleAtFixedRate(reload::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Waits, at most {@code millis}, until the open pages that the change of {@code
     * generation} told to reload have loaded it (see {@link LiveReload#awaitReloaded}).
     */
    public void awaitReloaded(long generation, long millis) throws InterruptedException {
        reload.awaitReloaded(generation, millis);
    }

    /** Tells open pages about a finished build: reload, or show its errors. */
    public void published(BuildState state) {
        // on a thread of its own: a page that stops reading its stream must not hold up builds
        events.execute(() -> reload.publish(state));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                status(exchange, 405, "method not allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(OWN + "events")) {
                events(exchange);
                return;
            }
            if (path.equals(OWN + "live.js")) {
                try (InputStream in = SiteServer.class.getResourceAsStream("live.js")) {
                    send(exchange, 200, ContentTypes.of("live.js"), in.readAllBytes());
                }
                return;
            }
            Optional<Path> file = path.startsWith(PDF) && pdf.isPresent()
                    ? SafePaths.inside(pdf.get(), path.substring(PDF.length()))
                    : SafePaths.inside(site, path);
            if (file.isEmpty()) {
                if (reload.state().generation() == 0 && (path.equals("/") || path.endsWith(".html"))) {
                    // nothing built yet: a page that shows the errors and waits for a good build
                    send(exchange, 200, ContentTypes.of("x.html"), withLiveReload(waitingPage(), 0));
                } else {
                    status(exchange, 404, "not found");
                }
                return;
            }
            // the build number is read before the file: a page stamped older than its
            // content reloads once more; one stamped newer would never reload
            long generation = reload.state().generation();
            String type = ContentTypes.of(file.get().getFileName().toString());
            byte[] body = Files.readAllBytes(file.get());
            if (type.startsWith("text/html")) {
                body = withLiveReload(body, generation);
            }
            send(exchange, 200, type, body);
        } catch (IOException e) {
            // the browser went away mid-answer; nothing to tell anyone
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        reload.listen(out, pageParameter(exchange.getRequestURI().getRawQuery()));
        // the exchange stays open: LiveReload writes to it until the page goes away
        synchronized (out) {
            while (!Thread.currentThread().isInterrupted() && reload.listens(out)) {
                try {
                    out.wait(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The page an event stream belongs to: its {@code page} query parameter (live.js sends it). */
    static String pageParameter(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("page=")) {
                return URLDecoder.decode(pair.substring("page=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static byte[] withLiveReload(byte[] html, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = "<script>window.PGDOCS_GENERATION=" + generation + ";</script>"
                + "<script src=\"" + OWN + "live.js\"></script>";
        int end = page.lastIndexOf("</body>");
        page = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] waitingPage() {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pgdocs serve</title></head>"
                + "<body><p>pgdocs has no good build of this book yet; this page reloads when it has.</p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private static void status(HttpExchange exchange, int code, String text) throws IOException {
        send(exchange, code, "text/plain; charset=utf-8", (code + " " + text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        events.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
    }
}
