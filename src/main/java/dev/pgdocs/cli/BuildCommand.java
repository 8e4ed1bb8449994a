package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.pipeline.BookBuild;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pgdocs build}: checks the book once, then renders it to each format asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Check the book, then build it as a chunked HTML site and/or a PDF.",
            "",
            "Runs every check first; errors stop the build unless --keep-going. Each output is "
                    + "written beside its directory, verified, and only then moved into place, in one "
                    + "step. With one format, -o is its directory; with several, each gets a "
                    + "subdirectory of -o (html/, pdf/). Without -o: target/site/<format>, or target/site "
                    + "with several formats."})
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", split = ",",
            description = "What to build: html (the default), pdf, or html,pdf (one load, one check).")
    List<BookBuild.Format> formats;

    @Mixin
    OutputOptions output;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "PDF paper: a4 (the default) or us-letter.")
    String paper;

    @Option(names = "--keep-going", description = "Build even when the check finds errors; broken links are marked.")
    boolean keepGoing;

    @Option(names = "--single-page", description = "HTML: write the whole book as one page, index.html.")
    boolean singlePage;

    @Mixin
    HtmlStyleOption html;

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print diagnostics: text (stderr), json or github (stdout).")
    DiagnosticFormat diagnosticsFormat;

    @Option(names = "--warnings-as-errors", description = "Fail on warnings too.")
    boolean warningsAsErrors;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        BookBuild.Settings settings = new BookBuild.Settings(outputs(), output.force, html.style(), singlePage, paper(),
                keepGoing, "--keep-going", warningsAsErrors);
        if (output.dir != null) {
            OutputDirectory.refuseUnsafe(output.dir, book.master); // before anything is read or written
        }
        BookBuild.refuseUnsafe(settings, book.master);
        BookBuild.Result result = BookBuild.run(new Pipeline(book.source()), settings, line -> {
            err.println("pgdocs: " + line);
            err.flush();
        });
        DiagnosticsReport.print(spec, diagnosticsFormat, book.master.toString(), result.files(), result.diagnostics());
        result.outcome().forEach(line -> err.println("pgdocs: " + line));
        return result.failed() ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
    }

    private FoRenderer.Paper paper() {
        try {
            return FoRenderer.Paper.of(paper);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--paper: " + e.getMessage());
        }
    }

    /**
     * Each format and its directory: -o itself for one format, else a subdirectory of it per
     * format; without -o, target/site/FORMAT, whatever the count.
     */
    private Map<BookBuild.Format, Path> outputs() {
        Set<BookBuild.Format> wanted = new LinkedHashSet<>(formats);
        Map<BookBuild.Format, Path> outputs = new LinkedHashMap<>();
        for (BookBuild.Format format : wanted) {
            String sub = format.label();
            outputs.put(format, output.dir == null ? Path.of("target", "site", sub)
                    : wanted.size() == 1 ? output.dir : output.dir.resolve(sub));
        }
        return outputs;
    }
}
