package dev.pgdocs.cli;

import dev.pgdocs.review.ReviewBuild;
import dev.pgdocs.review.ReviewReport;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Mixin
    ChangeOptions change;

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
        Path dir = output.dirOr(Path.of("target", "review"));
        OutputDirectory.refuseUnsafe(dir, book.master); // even with --force, before anything is written
        ReviewBuild review = new ReviewBuild(html.style(), sourceTree.read(), format == SummaryFormat.JSON, dir,
                output.force);
        return review.run(book.source(), change.change(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
