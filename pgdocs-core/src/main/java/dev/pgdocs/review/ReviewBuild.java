package dev.pgdocs.review;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.PagesInMemory;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.SiteBuild;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.resolve.SourceTree;
import dev.pgdocs.write.OutputDirectory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code pgdocs diff} as one run of the pipeline: the book before and after a change,
 * each loaded, checked and rendered in memory, compared; the patched book with its
 * changed pages marked and the report beside it written as one site; a summary on
 * stdout. Both sides share one pipeline, so the stylesheets are compiled once.
 *
 * @param style  the HTML style of both sides and of the site written
 * @param tree   the source tree the file-name rule checks against, when given
 * @param json   whether the summary on stdout is JSON rather than text
 * @param output the review site's directory
 * @param force  whether a non-empty output pgdocs did not make may be replaced
 */
public record ReviewBuild(HtmlStyle style, Optional<SourceTree> tree, boolean json, Path output, boolean force) {

    /** What changed, given one of two ways. */
    public sealed interface Change {
    }

    /** A patch against the master's sources (the master is the book before it); {@code strip} as patch -p. */
    public record Patch(Path file, OptionalInt strip) implements Change {
    }

    /** A directory holding the sources before the change (the master is the book after it). */
    public record Base(Path dir) implements Change {
    }

    /** Reviews {@code change} to {@code source}'s book; returns the exit code. */
    public int run(BookSource source, Change change, PrintWriter out, PrintWriter err) throws Exception {
        Path master = source.master().toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("pgdocs-diff-");
        // Ctrl-C or SIGTERM ends the JVM without reaching the finally below: the patched copy
        // of the sources would stay in the temporary directory
        Thread removeScratch = new Thread(() -> deleteQuietly(scratch), "pgdocs-diff-cleanup");
        Runtime.getRuntime().addShutdownHook(removeScratch);
        try {
            Path beforeMaster;
            Path afterMaster;
            String subject;
            PatchedTree patched = null;
            if (change instanceof Patch patch) {
                patched = SourcePatch.read(patch.file())
                        .applyTo(master.getParent(), scratch.toRealPath().resolve("after"), patch.strip());
                // named under the patch file, which is what a reader of the terminal or a CI
                // log can open; the file itself is as the patch names it
                patched.notReviewed().forEach(f -> err.println(patch.file() + ": note: " + f));
                beforeMaster = master;
                afterMaster = patched.root().resolve(master.getFileName());
                subject = patch.file().getFileName().toString()
                        + (patched.patches().size() > 1 ? " (" + patched.patches().size() + " patches)" : "");
            } else {
                Path base = ((Base) change).dir();
                beforeMaster = base.toAbsolutePath().normalize().resolve(master.getFileName());
                afterMaster = master;
                subject = base + " -> " + master.getParent();
            }
            Pipeline pipeline = new Pipeline(source).completeTargets();
            pipeline.stylesheets().prepare(HtmlRenderer.STYLESHEET);
            BookSnapshot before = snapshot(pipeline.forMaster(beforeMaster));
            err.println("pgdocs: built the book before the change: " + before.pages().size() + " pages");
            BookSnapshot after;
            try {
                after = snapshot(pipeline.forMaster(afterMaster));
            } catch (LoadException e) {
                err.println("pgdocs: the book after the change does not load:");
                throw patched == null ? e : named(e, patched);
            }
            err.println("pgdocs: built the book after the change: " + after.pages().size() + " pages");
            Review review = BookComparison.compare(before, after, patched == null ? Map.of() : patched.renamed());
            ReviewReport report = patched == null ? new ReviewReport(review, subject)
                    : new ReviewReport(review, subject, patched);
            writeSite(pipeline, after, review, report);
            out.print(json ? report.json() + "\n" : report.text());
            out.flush();
            err.println("pgdocs: review written to " + output.toAbsolutePath().normalize().resolve(ReviewReport.PAGE));
            return ExitCode.OK;
        } finally {
            OutputDirectory.deleteTree(scratch);
            try {
                Runtime.getRuntime().removeShutdownHook(removeScratch);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook removes the copy, if anything is left of it
            }
        }
    }

    private static void deleteQuietly(Path scratch) {
        try {
            OutputDirectory.deleteTree(scratch);
        } catch (IOException | RuntimeException e) {
            // the process is ending: what cannot be removed now is a temporary file among others
        }
    }

    /**
     * The load error of the patched copy, naming files as the user knows them: the copy
     * is a temporary directory, gone when the message is read.
     */
    private static LoadException named(LoadException e, PatchedTree patched) {
        SourceLocation at = e.location();
        SourceLocation named = at == null ? null : new SourceLocation(patched.display(at.file()), at.line(), at.column());
        return new LoadException(named, patched.display(e.getMessage()), e);
    }

    /** Loads, checks and renders one side, all in memory. */
    private BookSnapshot snapshot(Pipeline pipeline) throws Exception {
        Pipeline.Environment checked = pipeline.loadAndCheck(tree);
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        PagesInMemory site = PagesInMemory.render(pipeline, checked.book(), checked.context().inventories(),
                style, Set.of());
        diagnostics.addAll(site.diagnostics());
        return new BookSnapshot(checked.book().sourceRoot(), checked.context().targets(), List.copyOf(diagnostics),
                site.pages(), site.images());
    }

    /** The patched book with its changed pages marked, and the report beside it. */
    private void writeSite(Pipeline pipeline, BookSnapshot after, Review review, ReviewReport report)
            throws Exception {
        ReviewMarks marks = new ReviewMarks(review);
        Map<String, String> pages = new LinkedHashMap<>();
        after.pages().forEach((name, html) -> pages.put(name, marks.mark(name, html)));
        pages.put(ReviewReport.PAGE, report.html());
        try (OutputDirectory out = OutputDirectory.prepare(output, force)) {
            SiteBuild.write(pipeline, style, pages, after.root(), after.images(), out);
            Files.writeString(out.staging().resolve("pgdocs-review.json"), report.json() + "\n", StandardCharsets.UTF_8);
            Files.write(out.staging().resolve(ReviewReport.STYLESHEET), ReviewReport.stylesheet());
            out.publish();
        }
    }
}
