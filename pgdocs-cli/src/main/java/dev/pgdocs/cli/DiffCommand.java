package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.pipeline.PagesInMemory;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.SiteBuild;
import dev.pgdocs.resolve.SourceTree;
import dev.pgdocs.review.BookComparison;
import dev.pgdocs.review.BookSnapshot;
import dev.pgdocs.review.PatchException;
import dev.pgdocs.review.PatchedTree;
import dev.pgdocs.review.Review;
import dev.pgdocs.review.ReviewMarks;
import dev.pgdocs.review.ReviewReport;
import dev.pgdocs.review.SourcePatch;
import dev.pgdocs.write.OutputDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pgdocs diff}: what a documentation patch changes in the rendered book. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {
            "Build the book before and after a patch and report what changes for readers.",
            "",
            "Give the change as --patch FILE (a git format-patch series or unified diff against the "
                    + "sources; MASTER is the book before it; every patch of a series is applied, in order; "
                    + "files outside MASTER's directory and binary files are listed as not reviewed) or as --base DIR (the sources before; "
                    + "MASTER is the book after). Writes a review site to -o (target/review without it): the patched book with "
                    + "every changed page marked, and " + ReviewReport.PAGE + " listing changed, new "
                    + "and removed pages with their text changes word by word, ids and anchors added, "
                    + "removed or moved, xreflabels, and the checker's findings the change adds and "
                    + "fixes. Prints a summary on stdout (--format json for programs). A patch that "
                    + "does not apply is reported with its failing hunk, and nothing is written."})
public final class DiffCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Change change;

    /** Exactly one way to give the change. */
    static final class Change {
        @Option(names = "--patch", paramLabel = "FILE", required = true,
                description = "A patch against MASTER's sources (git format-patch series or unified diff).")
        Path patch;

        @Option(names = "--base", paramLabel = "DIR", required = true,
                description = "A directory holding the sources before the change, laid out as MASTER's.")
        Path base;
    }

    @Option(names = "-p", paramLabel = "N",
            description = "Strip N leading directories from the patch's file names, git's a/ counted as for "
                    + "patch -p (default: found by trying).")
    Integer strip;

    @Mixin
    OutputOptions output;

    /** How the summary on stdout is written. */
    enum SummaryFormat { TEXT, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "The summary on stdout: text (the default) or json.")
    SummaryFormat format;

    @Mixin
    SourceTreeOption sourceTree;

    @Mixin
    HtmlStyleOption html;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        Path output = this.output.dirOr(Path.of("target", "review"));
        OutputDirectory.refuseUnsafe(output, book.master); // even with --force, before anything is written
        Optional<SourceTree> tree = sourceTree.read();
        Path master = book.master.toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("pgdocs-diff-");
        try {
            Path beforeMaster;
            Path afterMaster;
            String subject;
            PatchedTree patched = null;
            if (change.patch != null) {
                try {
                    SourcePatch patch = SourcePatch.read(change.patch);
                    patched = patch.applyTo(master.getParent(), scratch.toRealPath().resolve("after"),
                            strip == null ? OptionalInt.empty() : OptionalInt.of(strip));
                } catch (PatchException e) {
                    e.getMessage().lines().forEach(line -> err.println("pgdocs: " + line));
                    err.println("pgdocs: nothing written");
                    return ExitCode.INPUT_UNREADABLE;
                }
                // named under the patch file, which is what a reader of the terminal or a CI
                // log can open; the file itself is as the patch names it
                Path from = change.patch;
                patched.notReviewed().forEach(f -> err.println(from + ": note: " + f));
                beforeMaster = master;
                afterMaster = patched.root().resolve(master.getFileName());
                subject = change.patch.getFileName().toString()
                        + (patched.patches().size() > 1 ? " (" + patched.patches().size() + " patches)" : "");
            } else {
                beforeMaster = change.base.toAbsolutePath().normalize().resolve(master.getFileName());
                afterMaster = master;
                subject = change.base + " -> " + master.getParent();
            }
            Pipeline pipeline = new Pipeline(book.source()).listingPages();
            pipeline.stylesheets().prepare(HtmlRenderer.STYLESHEET);
            BookSnapshot before = snapshot(pipeline.forMaster(beforeMaster), tree);
            err.println("pgdocs: built the book before the change: " + before.pages().size() + " pages");
            BookSnapshot after;
            try {
                after = snapshot(pipeline.forMaster(afterMaster), tree);
            } catch (LoadException e) {
                err.println("pgdocs: the book after the change does not load:");
                throw patched == null ? e : named(e, patched);
            }
            err.println("pgdocs: built the book after the change: " + after.pages().size() + " pages");
            Review review = BookComparison.compare(before, after, patched == null ? Map.of() : patched.renamed());
            ReviewReport report = patched == null ? new ReviewReport(review, subject)
                    : new ReviewReport(review, subject, patched);
            writeSite(pipeline, after, review, report, output);
            var out = spec.commandLine().getOut();
            out.print(format == SummaryFormat.JSON ? report.json() + "\n" : report.text());
            out.flush();
            err.println("pgdocs: review written to " + output.toAbsolutePath().normalize().resolve(ReviewReport.PAGE));
            return ExitCode.OK;
        } finally {
            OutputDirectory.deleteTree(scratch);
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
    private BookSnapshot snapshot(Pipeline pipeline, Optional<SourceTree> tree) throws Exception {
        Pipeline.Environment checked = pipeline.loadAndCheck(tree);
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        PagesInMemory site = PagesInMemory.render(pipeline, checked.book(), checked.context().inventories(),
                html.style(), Set.of());
        diagnostics.addAll(site.diagnostics());
        return new BookSnapshot(checked.book().sourceRoot(), checked.context().targets(), List.copyOf(diagnostics),
                site.pages(), site.images());
    }

    /** The patched book with its changed pages marked, and the report beside it. */
    private void writeSite(Pipeline pipeline, BookSnapshot after, Review review, ReviewReport report, Path output)
            throws Exception {
        ReviewMarks marks = new ReviewMarks(review);
        Map<String, String> pages = new LinkedHashMap<>();
        after.pages().forEach((name, html) -> pages.put(name, marks.mark(name, html)));
        pages.put(ReviewReport.PAGE, report.html());
        try (OutputDirectory out = OutputDirectory.prepare(output, this.output.force)) {
            SiteBuild.write(pipeline, html.style(), pages, after.root(), after.images(), out);
            Files.writeString(out.staging().resolve("pgdocs-review.json"), report.json() + "\n", StandardCharsets.UTF_8);
            Files.write(out.staging().resolve(ReviewReport.STYLESHEET), ReviewReport.stylesheet());
            out.publish();
        }
    }

}
