package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.serve.BackgroundPdf;
import dev.pgdocs.serve.BuildState;
import dev.pgdocs.serve.LiveBuild;
import dev.pgdocs.serve.SiteServer;
import dev.pgdocs.serve.SourceWatcher;
import dev.pgdocs.write.OutputDirectory;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pgdocs serve}: builds the site, serves it, and rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Build the HTML site, serve it on http://127.0.0.1:8000/, and rebuild on every save.",
            "",
            "Watches the master, every file it includes, the inventories and (with --templates) "
                    + "the templates. After a save the whole book is checked again; when the edit "
                    + "changed nothing other pages show (titles, ids, numbering, index terms), only "
                    + "the edited files' pages are rendered again. Open pages reload once the new "
                    + "build is written. A build with errors shows them over the page and on the "
                    + "terminal, and the last good site stays. Without -o the site is written to a "
                    + "temporary directory, removed on exit. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @Mixin
    HtmlStyleOption html;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port to listen on (default: 8000; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String bind;

    @Mixin
    OutputOptions output;

    @Option(names = "--pdf", description = "Also build the PDF after each build, in the background, at /pdf/.")
    boolean pdf;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(book.master)) {
            // a typo, most likely: there is nothing to wait for
            throw new LoadException(SourceLocation.of(book.master), "file not found", null);
        }
        if (output.dir != null) {
            OutputDirectory.refuseUnsafe(output.dir, book.master); // even with --force
            if (pdf) {
                OutputDirectory.refuseUnsafe(output.dir.resolveSibling("pdf"), book.master);
            }
        }
        Path dir = output.dir != null ? output.dir : Files.createTempDirectory("pgdocs-serve-").resolve("html");
        if (output.dir == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    OutputDirectory.deleteTree(dir.getParent());
                } catch (IOException e) {
                    // a temporary directory; the system cleans it eventually
                }
            }));
        } else {
            // refuse a directory pgdocs did not make now, not after the first build
            OutputDirectory.prepare(dir, output.force).close();
        }
        if (pdf) {
            OutputDirectory.prepare(dir.resolveSibling("pdf"), output.force).close(); // the same for the PDF's
        }
        LiveBuild build = new LiveBuild(book.source(), dir, output.force, html.style());
        Optional<BackgroundPdf> pdfBuild = pdf
                ? Optional.of(new BackgroundPdf(book.source(), dir.resolveSibling("pdf"), err)) : Optional.empty();
        SiteServer server;
        try {
            server = new SiteServer(new InetSocketAddress(InetAddress.getByName(bind), port), dir,
                    pdfBuild.map(BackgroundPdf::directory));
        } catch (java.net.UnknownHostException | java.net.BindException e) {
            pdfBuild.ifPresent(BackgroundPdf::close);
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "cannot listen on " + bind + ":" + port + ": " + e.getMessage());
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
                report(err, outcome, changed, millis, generation == 1 && outcome.ok() ? url : null);
                if (outcome.ok()) {
                    pdfBuild.ifPresent(BackgroundPdf::request);
                }
                Set<Path> watched = new LinkedHashSet<>(outcome.sources());
                watched.addAll(build.inventoryFiles());
                watched.add(book.master.toAbsolutePath().normalize());
                watcher.watch(watched, book.templates == null ? Set.of() : Set.of(book.templates));
                if (generation == 1 && outcome.ok() && changed.isEmpty()) {
                    build.warmUp(); // saves meanwhile wait in the watcher
                }
                try {
                    changed = watcher.next();
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
        } finally {
            pdfBuild.ifPresent(BackgroundPdf::close);
        }
    }

    /**
     * Errors in full; warnings in full on the first build, then only those in the files
     * just edited, so that a book with thousands of warnings does not bury each save.
     */
    private void report(PrintWriter err, LiveBuild.Outcome outcome, Set<Path> changed, long millis, String url) {
        List<Diagnostic> all = outcome.diagnostics();
        List<Diagnostic> shown = changed.isEmpty() ? all : all.stream()
                .filter(d -> d.isError() || changed.contains(d.location().file())).toList();
        shown.forEach(err::println);
        err.println(DiagnosticFormat.Summary.of(book.master.toString(), outcome.sources().size(), all));
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

}
