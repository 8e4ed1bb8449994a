package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.pipeline.EpubOutput;
import dev.pgdocs.pipeline.FormatName;
import dev.pgdocs.pipeline.HtmlOutput;
import dev.pgdocs.pipeline.ManOutput;
import dev.pgdocs.pipeline.OutputFormat;
import dev.pgdocs.pipeline.PdfOutput;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.Publication;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.load.LoadException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pgdocs build}: checks the book once, then renders it to each format asked for. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Check the book, then build it as a chunked HTML site, a PDF, man pages and/or an EPUB.",
            "",
            "Runs every check first; errors stop the build unless --keep-going. Each output is "
                    + "written beside its directory, verified, and only then moved into place, in one "
                    + "step. With one format, -o is its directory; with several, each gets a "
                    + "subdirectory of -o (html/, pdf/, man/, epub/). Without -o: target/site/<format>."})
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "What to build: html, pdf, man, epub, or several: html,pdf,man (one load, one check)."
                    + " Default: the \"formats\" of the book's pgdocs.json, else html.")
    List<FormatName> formats;

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

    @Option(names = "--man-sql-section", paramLabel = "N", defaultValue = "7",
            description = "man: the section of the SQL command pages (PostgreSQL's sqlmansect), 7 by default.")
    String manSqlSection;

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print diagnostics: text (stderr), json or github (stdout).")
    DiagnosticFormat diagnosticsFormat;

    @Option(names = "--warnings-as-errors", description = "Fail on warnings too.")
    boolean warningsAsErrors;

    @Override
    public Integer call() throws Exception {
        var plan = new Publication.Plan(outputs(), output.dir, output.force, keepGoing, warningsAsErrors, "--keep-going");
        Publication.Outcome done;
        try {
            done = new Publication(new Pipeline(book.source()), plan).refuseUnsafe(book.master).run();
        } catch (LoadException e) {
            if (DiagnosticsReport.unreadable(spec, diagnosticsFormat, book.master.toString(), e)) {
                return e.exitCode();
            }
            throw e;
        }
        DiagnosticsReport.print(spec, diagnosticsFormat, book.master.toString(), done.book().files().size(),
                done.diagnostics());
        done.outcome().forEach(line -> spec.commandLine().getErr().println("pgdocs: " + line));
        return done.exitCode();
    }

    private List<OutputFormat> outputs() throws LoadException {
        return new LinkedHashSet<>(formatsToBuild()).stream().map(format -> switch (format) {
            case HTML -> (OutputFormat) new HtmlOutput(html.style(), singlePage);
            case PDF -> new PdfOutput(paper());
            case MAN -> manOutput();
            case EPUB -> new EpubOutput();
        }).toList();
    }

    /** --format, else what pgdocs.json asks for, else html. */
    List<FormatName> formatsToBuild() throws LoadException {
        return formats == null ? FormatName.configured(book.master) : formats;
    }

    private ManOutput manOutput() {
        try {
            return new ManOutput(manSqlSection);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid --man-sql-section '" + manSqlSection + "'; "
                    + e.getMessage());
        }
    }

    private FoRenderer.Paper paper() {
        try {
            return FoRenderer.Paper.of(paper);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--paper: " + e.getMessage());
        }
    }
}
