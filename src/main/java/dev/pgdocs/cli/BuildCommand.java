package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.RenderedSite;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.html.SiteWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pgdocs build}: checks the book, then renders it. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Check the book, then build it as a chunked HTML site.",
            "",
            "Runs every check first; errors stop the build unless --keep-going. The site is "
                    + "written to a staging directory, its links are verified, and only then does it "
                    + "replace the output directory, in one step."})
public final class BuildCommand implements Callable<Integer> {

    /** Output formats; PDF is the next issue. */
    enum Format { HTML }

    @Mixin
    BookOptions book;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", split = ",",
            description = "What to build: html (the default).")
    List<Format> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/site/html",
            description = "The directory the site replaces (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--force", description = "Replace -o even if it is a non-empty directory pgdocs did not make.")
    boolean force;

    @Option(names = "--keep-going", description = "Build even when the check finds errors; broken links are marked.")
    boolean keepGoing;

    @Option(names = "--single-page", description = "Write the whole book as one page, index.html.")
    boolean singlePage;

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print diagnostics: text (stderr), json or github (stdout).")
    DiagnosticFormat diagnosticsFormat;

    @Option(names = "--warnings-as-errors", description = "Fail on warnings too.")
    boolean warningsAsErrors;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        try (OutputDirectory out = OutputDirectory.prepare(output, force)) {
            BookPipeline pipeline = new BookPipeline(book);
            pipeline.stylesheets().prepare(HtmlRenderer.STYLESHEET);
            LoadedBook loaded = pipeline.load();
            Timings.phase("load");
            CheckContext context = pipeline.context(loaded, Optional.empty());
            List<Diagnostic> diagnostics = new ArrayList<>(pipeline.check(context));
            Timings.phase("check");
            if (failed(diagnostics) && !keepGoing) {
                report(diagnostics, loaded);
                err.println("pgdocs: not building: the check found errors (--keep-going builds anyway)");
                return ExitCode.DOCUMENT_ERRORS;
            }
            SiteWriter writer = new SiteWriter(Optional.ofNullable(book.templates));
            SiteWriter.PageSink pages = writer.pages(out.staging());
            RenderedSite site = new HtmlRenderer(pipeline.stylesheets())
                    .render(loaded, context.inventories(), singlePage, pages);
            diagnostics.addAll(site.diagnostics());
            Timings.phase("render");
            SiteWriter.Result written = writer.finish(pages, loaded.sourceRoot(), out.target());
            diagnostics.addAll(written.diagnostics());
            Timings.phase("write and verify");
            diagnostics.sort(null);
            report(diagnostics, loaded);
            boolean brokenSite = written.diagnostics().stream().anyMatch(Diagnostic::isError);
            if (brokenSite || (failed(diagnostics) && !keepGoing)) {
                err.println("pgdocs: site not published: it has errors; " + out.target() + " is unchanged");
                return ExitCode.DOCUMENT_ERRORS;
            }
            out.publish();
            Timings.phase("publish");
            err.println("pgdocs: wrote " + written.pages() + " pages to " + output
                    + " (search index: " + written.searchEntries() + " entries)");
            return failed(diagnostics) ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
        }
    }

    private boolean failed(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.isError() || warningsAsErrors);
    }

    private void report(List<Diagnostic> diagnostics, LoadedBook loaded) {
        var cli = spec.commandLine();
        diagnosticsFormat.print(diagnostics,
                DiagnosticFormat.Summary.of(book.master.toString(), loaded.files().size(), diagnostics),
                cli.getOut(), cli.getErr());
        cli.getOut().flush();
    }
}
