package dev.pgdocs.serve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.write.OutputDirectory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The preview as {@code pgdocs serve} and the Maven plugin's serve goal run it: build the
 * site, serve it, and on every save check again, rebuild and tell open pages to reload,
 * until the watcher stops or the thread is interrupted. Ctrl-C ends the JVM itself; the
 * output directories' shutdown hooks remove what was unfinished.
 */
public final class Preview {

    /** Where the preview's findings and progress go: a terminal, or Maven's log. */
    public interface Reporter {

        /** A finding to show. */
        void diagnostic(Diagnostic diagnostic);

        /** The closing line of a build's findings: what was checked, how many errors and warnings. */
        void summary(String line);

        /** A line about the preview: what was built, the address, what changed. */
        void status(String line);
    }

    /**
     * What to preview, and how.
     *
     * @param source  the book
     * @param output  where the site goes; empty for a temporary directory removed on exit
     * @param force   replace an output directory pgdocs did not make
     * @param style   the HTML style
     * @param pdf     also build the PDF after each good build, beside the site, at /pdf/
     */
    public record Settings(BookSource source, Optional<Path> output, boolean force, HtmlStyle style, boolean pdf) {
    }

    /** The address could not be listened on. */
    public static final class CannotListen extends Exception {
        CannotListen(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Settings settings;
    private final Reporter reporter;

    public Preview(Settings settings, Reporter reporter) {
        this.settings = settings;
        this.reporter = reporter;
    }

    /** Refuses what cannot be done before building anything: a master that is not there, an unsafe output. */
    public void refuseEarly() throws LoadException, IOException, dev.pgdocs.write.OutputRefusedException {
        Path master = settings.source().master();
        if (!Files.isRegularFile(master)) {
            // a typo, most likely: there is nothing to wait for
            throw new LoadException(SourceLocation.of(master), "file not found", null);
        }
        if (settings.output().isPresent()) {
            Path dir = settings.output().get();
            OutputDirectory.refuseUnsafe(dir, master); // even with force
            if (settings.pdf()) {
                OutputDirectory.refuseUnsafe(dir.resolveSibling("pdf"), master);
            }
        }
    }

    /** Serves on {@code bind}:{@code port} (0: any free port) until the watcher ends or the thread is interrupted. */
    public void run(String bind, int port) throws Exception {
        refuseEarly();
        Path master = settings.source().master();
        Path dir;
        if (settings.output().isPresent()) {
            dir = settings.output().get();
            // refuse a directory pgdocs did not make now, not after the first build
            OutputDirectory.prepare(dir, settings.force()).close();
        } else {
            dir = Files.createTempDirectory("pgdocs-serve-").resolve("html");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    OutputDirectory.deleteTree(dir.getParent());
                } catch (IOException e) {
                    // a temporary directory; the system cleans it eventually
                }
            }));
        }
        if (settings.pdf()) {
            OutputDirectory.prepare(dir.resolveSibling("pdf"), settings.force()).close(); // the same for the PDF's
        }
        LiveBuild build = new LiveBuild(settings.source(), dir, settings.force(), settings.style());
        Optional<BackgroundPdf> pdfBuild = settings.pdf()
                ? Optional.of(new BackgroundPdf(settings.source(), dir.resolveSibling("pdf"), reporter::status))
                : Optional.empty();
        SiteServer server;
        try {
            server = new SiteServer(new InetSocketAddress(InetAddress.getByName(bind), port), dir,
                    pdfBuild.map(BackgroundPdf::directory));
        } catch (java.net.UnknownHostException | java.net.BindException e) {
            pdfBuild.ifPresent(BackgroundPdf::close);
            throw new CannotListen("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        try (SourceWatcher watcher = new SourceWatcher(); server) {
            String url = "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/";
            long generation = 0;
            Set<Path> changed = Set.of();
            while (true) {
                long started = System.nanoTime();
                LiveBuild.Outcome outcome = build.buildOrExplain(changed);
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (outcome.ok()) {
                    generation++;
                }
                server.published(new BuildState(generation, outcome.ok(), outcome.diagnostics()));
                report(outcome, changed, millis, generation == 1 && outcome.ok() ? url : null);
                if (outcome.ok()) {
                    pdfBuild.ifPresent(BackgroundPdf::request);
                }
                Set<Path> watched = new LinkedHashSet<>(outcome.sources());
                watched.addAll(build.inventoryFiles());
                watched.add(master.toAbsolutePath().normalize());
                watcher.watch(watched, settings.source().templates().map(Set::of).orElse(Set.of()));
                if (generation == 1 && outcome.ok() && changed.isEmpty()) {
                    build.warmUp(); // saves meanwhile wait in the watcher
                }
                try {
                    changed = watcher.next();
                } catch (InterruptedException e) {
                    return; // stopped from within the JVM (tests, Maven); Ctrl-C ends the JVM itself
                }
                if (changed.isEmpty()) {
                    return;
                }
                reporter.status("changed: " + changed.stream().map(p -> p.getFileName().toString())
                        .sorted().reduce((a, b) -> a + ", " + b).orElse(""));
            }
        } finally {
            pdfBuild.ifPresent(BackgroundPdf::close);
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
        shown.forEach(reporter::diagnostic);
        reporter.summary(DiagnosticFormat.Summary.of(settings.source().master().toString(), outcome.sources().size(), all)
                .toString());
        if (outcome.ok()) {
            reporter.status(String.format("%s %d page%s in %d ms", outcome.whole() ? "built" : "rebuilt",
                    outcome.pages(), outcome.pages() == 1 ? "" : "s", millis));
        } else {
            reporter.status(String.format("build failed in %d ms; still serving the last good build", millis));
        }
        if (url != null) {
            reporter.status("serving " + url + " (Ctrl-C stops)");
        }
    }
}
