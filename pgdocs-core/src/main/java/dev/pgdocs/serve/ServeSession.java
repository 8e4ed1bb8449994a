package dev.pgdocs.serve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.OutputRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One run of {@code pgdocs serve}: build the site, serve it, and on every save build
 * again, tell open pages, and (with a PDF) ask for the PDF again; until the watcher
 * stops. What each build found is said on the terminal as it finishes.
 */
public final class ServeSession implements AutoCloseable {

    private final BookSource source;
    private final LiveBuild build;
    private final Optional<BackgroundPdf> pdf;
    private final SiteServer server;
    private final PrintWriter err;
    private final String url;
    /** How long, at most, the rest of a build waits for the open pages of its first look to load it. */
    private static final long RELOAD_MILLIS = 250;
    /** How long after a build nothing must change before serve collects its garbage. */
    private static final long IDLE_MILLIS = 500;
    /** Counts the changes to the site the open pages are told of (BuildState.generation). */
    private long generation;

    private ServeSession(BookSource source, LiveBuild build, Optional<BackgroundPdf> pdf, SiteServer server,
                         PrintWriter err, String url) {
        this.source = source;
        this.build = build;
        this.pdf = pdf;
        this.server = server;
        this.err = err;
        this.url = url;
    }

    /**
     * Checks the master and the output directories, then starts listening on
     * {@code bind}:{@code port}; nothing is built yet. Without {@code output} the site goes
     * to a temporary directory, removed when the JVM exits.
     *
     * @throws java.net.UnknownHostException {@code bind} is no address
     * @throws java.net.BindException         it cannot be listened on at {@code port}
     */
    public static ServeSession open(BookSource source, Optional<Path> output, boolean force, HtmlStyle style,
                                    boolean withPdf, String bind, int port, PrintWriter err)
            throws IOException, LoadException, OutputRefusedException {
        Path master = source.master();
        if (!Files.isRegularFile(master)) {
            // a typo, most likely: there is nothing to wait for
            throw new LoadException(SourceLocation.of(master), "file not found", null);
        }
        if (output.isPresent()) {
            OutputDirectory.refuseUnsafe(output.get(), master); // even with --force
            if (withPdf) {
                OutputDirectory.refuseUnsafe(output.get().resolveSibling("pdf"), master);
            }
        }
        Path dir = output.isPresent() ? output.get() : Files.createTempDirectory("pgdocs-serve-").resolve("html");
        if (output.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    OutputDirectory.deleteTree(dir.getParent());
                } catch (IOException e) {
                    // a temporary directory; the system cleans it eventually
                }
            }));
        } else {
            // refuse a directory pgdocs did not make now, not after the first build
            OutputDirectory.prepare(dir, force).close();
        }
        if (withPdf) {
            OutputDirectory.prepare(dir.resolveSibling("pdf"), force).close(); // the same for the PDF's
        }
        LiveBuild build = new LiveBuild(source, dir, force, style);
        Optional<BackgroundPdf> pdf = withPdf
                ? Optional.of(new BackgroundPdf(source, dir.resolveSibling("pdf"), err)) : Optional.empty();
        SiteServer server;
        try {
            server = new SiteServer(new InetSocketAddress(InetAddress.getByName(bind), port), dir,
                    pdf.map(BackgroundPdf::directory));
        } catch (IOException e) {
            pdf.ifPresent(BackgroundPdf::close);
            throw e;
        }
        String url = "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/";
        return new ServeSession(source, build, pdf, server, err, url);
    }

    /** Builds, serves and rebuilds until the watcher stops or the thread is interrupted; returns the exit code. */
    public int run() throws IOException {
        Path master = source.master();
        try (SourceWatcher watcher = new SourceWatcher()) {
            Set<Path> changed = Set.of();
            while (true) {
                long started = System.nanoTime();
                build.onFirstLook(pages -> {
                    generation++;
                    server.published(new BuildState(generation, true, List.of(), pages));
                    List<String> names = pages.stream().sorted().toList();
                    err.printf("pgdocs: showing %s after %d ms; checking the book%n", names.size() <= 3
                            ? String.join(", ", names) : names.get(0) + " and " + (names.size() - 1) + " other pages",
                            (System.nanoTime() - started) / 1_000_000);
                    err.flush();
                    try {
                        // the open pages of the edit load it before the check takes the cores:
                        // the change showed in Chromium 0.39 s after a save of PostgreSQL 18
                        // with this wait, against 0.45 s without (medians of 20 saves,
                        // bench/serve-browser.sh)
                        server.awaitReloaded(generation, RELOAD_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt(); // kept: the watcher's wait then ends serving
                    }
                });
                LiveBuild.Outcome outcome = build.buildOrExplain(changed);
                long millis = (System.nanoTime() - started) / 1_000_000;
                // a failure changes the site only when it puts back the pages of a first look
                if (outcome.ok() || !outcome.replaced().isEmpty()) {
                    generation++;
                }
                server.published(new BuildState(generation, outcome.ok(), outcome.diagnostics(), outcome.replaced()));
                report(outcome, changed, millis, generation == 1 && outcome.ok() ? url : null);
                if (outcome.ok()) {
                    pdf.ifPresent(BackgroundPdf::request);
                }
                Set<Path> watched = new LinkedHashSet<>(outcome.sources());
                watched.addAll(build.inventoryFiles());
                watched.add(master.toAbsolutePath().normalize());
                watcher.watch(watched, source.templates().map(Set::of).orElse(Set.of()));
                if (generation == 1 && outcome.ok() && changed.isEmpty()) {
                    build.warmUp(watcher::changedMeanwhile); // a save stops it
                }
                build.prepareNextLoad();
                try {
                    if (watcher.quietFor(IDLE_MILLIS)) {
                        // serve's collector stops everything for a full collection when the
                        // trees of earlier builds fill the heap, which is best done while no
                        // one waits: with it here (and the longer warm-up), 12 saves of
                        // PostgreSQL 18 had their first look in 0.30-0.46 s against 0.30-0.54 s
                        // without, and the server 20-70 MB less memory (bench/serve-rebuild.sh,
                        // by turns)
                        System.gc();
                    }
                    changed = watcher.next();
                    Timings.phase("idle, until a save"); // the next phases time the save's build
                } catch (InterruptedException e) {
                    return ExitCode.OK; // stopped from within the JVM (tests); Ctrl-C ends the JVM itself
                }
                if (changed.isEmpty()) {
                    return ExitCode.OK;
                }
                err.println("pgdocs: changed: " + changed.stream().map(p -> p.getFileName().toString())
                        .sorted().reduce((a, b) -> a + ", " + b).orElse(""));
                err.flush();
            }
        }
    }

    /**
     * Errors in full; warnings in full on the first build, then only those in the files
     * just edited, so that a book with thousands of warnings does not bury each save.
     */
    private void report(LiveBuild.Outcome outcome, Set<Path> changed, long millis, String url) {
        List<Diagnostic> all = outcome.diagnostics();
        List<Diagnostic> shown = changed.isEmpty() ? all : all.stream()
                .filter(d -> d.isError() || changed.contains(d.location().file())).toList();
        shown.forEach(err::println);
        err.println(DiagnosticFormat.Summary.of(source.master().toString(), outcome.sources().size(), all));
        if (outcome.ok()) {
            err.printf("pgdocs: %s %d page%s in %d ms%n", outcome.whole() ? "built" : "rebuilt", outcome.pages(),
                    outcome.pages() == 1 ? "" : "s", millis);
        } else {
            err.printf("pgdocs: build failed in %d ms; still serving the last good build%n", millis);
        }
        if (url != null) {
            err.println("pgdocs: serving " + url + " (Ctrl-C stops)");
        }
        err.flush();
    }

    /** Stops serving, and the PDF builds. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            pdf.ifPresent(BackgroundPdf::close);
        }
    }
}
