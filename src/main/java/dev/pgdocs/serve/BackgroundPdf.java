package dev.pgdocs.serve;

import dev.pgdocs.threads.DaemonThreads;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.PdfBuild;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.write.OutputDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The PDF of {@code pgdocs serve --pdf}: built on a thread of its own after each good
 * HTML build, from its own load of the sources, so the HTML never waits for it. Saves
 * during a PDF build are gathered into one more build after it; the previous PDF is
 * served until the next is complete.
 */
public final class BackgroundPdf implements AutoCloseable {

    private final BookSource source;
    private final Path directory;
    private final PrintWriter err;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("pgdocs-pdf", Thread.MIN_PRIORITY));

    public BackgroundPdf(BookSource source, Path directory, PrintWriter err) {
        this.source = source;
        this.directory = directory;
        this.err = err;
    }

    public Path directory() {
        return directory;
    }

    /** Asks for a build of the sources as they are now. */
    public void request() {
        if (wanted.compareAndSet(false, true)) {
            thread.submit(this::build);
        }
    }

    private void build() {
        wanted.set(false);
        long started = System.nanoTime();
        try (OutputDirectory out = OutputDirectory.prepare(directory, true)) {
            Pipeline pipeline = new Pipeline(source);
            pipeline.stylesheets().prepare(FoRenderer.STYLESHEET);
            LoadedBook loaded = pipeline.load();
            CheckContext context = pipeline.context(loaded, Optional.empty());
            List<String> done = new ArrayList<>();
            List<Diagnostic> found = PdfBuild.write(pipeline, loaded, context, out, FoRenderer.Paper.A4, done);
            if (Diagnostic.anyError(found)) {
                say("PDF not replaced: " + found.stream().filter(Diagnostic::isError).findFirst().orElseThrow());
            } else {
                out.publish();
                done.forEach(line -> say(line + " in " + (System.nanoTime() - started) / 1_000_000 + " ms; served at /pdf/"));
            }
        } catch (Exception e) {
            if (!OutputDirectory.interrupted()) { // else serve is stopping, and this is the PDF build stopped
                say("PDF not replaced: " + e.getMessage());
            }
        }
    }

    private void say(String line) {
        synchronized (err) {
            err.println("pgdocs: " + line);
            err.flush();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
