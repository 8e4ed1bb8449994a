package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.PdfBuild;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.SiteBuild;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Output formats. */
    enum Format { HTML, PDF }

    @Mixin
    BookOptions book;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html", split = ",",
            description = "What to build: html (the default), pdf, or html,pdf (one load, one check).")
    List<Format> formats;

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
        FoRenderer.Paper paperSize = paper();
        Set<Format> wanted = new LinkedHashSet<>(formats);
        if (output.dir != null) {
            OutputDirectory.refuseUnsafe(output.dir, book.master); // before anything is read or written
        }
        for (Format format : wanted) {
            OutputDirectory.refuseUnsafe(outputFor(format, wanted.size()), book.master);
        }
        Pipeline pipeline = new Pipeline(book.source());
        if (wanted.contains(Format.HTML)) {
            pipeline.stylesheets().prepare(HtmlRenderer.STYLESHEET);
        }
        if (wanted.contains(Format.PDF)) {
            pipeline.stylesheets().prepare(FoRenderer.STYLESHEET);
        }
        Pipeline.Environment checked = pipeline.loadAndCheck(Optional.empty());
        LoadedBook loaded = checked.book();
        CheckContext context = checked.context();
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        if (diagnostics.stream().anyMatch(d -> d.isError() && d.rule().equals("book.empty"))) {
            // --keep-going or not: a blank site must not replace the last good one
            report(diagnostics, loaded);
            err.println("pgdocs: not building: the book has no content; nothing published");
            return ExitCode.DOCUMENT_ERRORS;
        }
        if (failed(diagnostics) && !keepGoing) {
            report(diagnostics, loaded);
            err.println("pgdocs: not building: the check found errors (--keep-going builds anyway)");
            return ExitCode.DOCUMENT_ERRORS;
        }
        // what was published, or why not: said last, after the diagnostics, never claiming a
        // site that was not written
        List<String> outcome = new ArrayList<>();
        boolean broken = false;
        for (Format format : wanted) {
            Path dir = outputFor(format, wanted.size());
            try (OutputDirectory out = OutputDirectory.prepare(dir, output.force)) {
                List<String> done = new ArrayList<>();
                List<Diagnostic> found = format == Format.HTML
                        ? buildHtml(pipeline, loaded, context, out, done)
                        : buildPdf(pipeline, loaded, context, out, paperSize, done);
                diagnostics.addAll(found);
                List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
                broken |= !errors.isEmpty();
                if (errors.isEmpty() || keepGoing && errors.stream().allMatch(BuildCommand::onlyABrokenLink)) {
                    // postgresql.org imports every file of a website-style site
                    out.publish(format != Format.HTML || html.style() != HtmlStyle.WEBSITE);
                    outcome.addAll(done);
                    if (!errors.isEmpty()) {
                        outcome.add(format.name().toLowerCase() + " published with " + count(errors.size(), "broken link")
                                + " (--keep-going)");
                    }
                } else {
                    outcome.add(format.name().toLowerCase() + " not published: the build found "
                            + count(errors.size(), "error") + " (" + rules(errors) + "); " + out.target() + " is unchanged");
                }
            }
            Timings.phase("publish " + format);
        }
        diagnostics.sort(null);
        report(diagnostics, loaded);
        outcome.forEach(line -> err.println("pgdocs: " + line));
        return broken || failed(diagnostics) ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
    }

    /** A link the written site's check found broken: reported, and the rest of the site is sound. */
    private static boolean onlyABrokenLink(Diagnostic d) {
        return d.rule().equals("html.broken-link");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String rules(List<Diagnostic> errors) {
        return errors.stream().map(Diagnostic::rule).distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private List<Diagnostic> buildHtml(Pipeline pipeline, LoadedBook loaded, CheckContext context,
                                       OutputDirectory out, List<String> done) throws Exception {
        SiteBuild.Result built = SiteBuild.write(pipeline, loaded, context, html.style(), singlePage, out);
        done.add("wrote " + built.written().pages() + " pages to " + out.target() + (html.style() == HtmlStyle.WEBSITE
                ? " (website style)" : " (search index: " + built.written().searchEntries() + " entries)"));
        return built.diagnostics();
    }

    private List<Diagnostic> buildPdf(Pipeline pipeline, LoadedBook loaded, CheckContext context,
                                      OutputDirectory out, FoRenderer.Paper paperSize, List<String> done)
            throws Exception {
        return PdfBuild.write(pipeline, loaded, context, out, paperSize, done);
    }

    private FoRenderer.Paper paper() {
        return switch (paper.toLowerCase()) {
            case "a4" -> FoRenderer.Paper.A4;
            case "us-letter", "letter" -> FoRenderer.Paper.US_LETTER;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --paper '" + paper + "'; choose a4 or us-letter");
        };
    }

    private Path outputFor(Format format, int formatCount) {
        String sub = format.name().toLowerCase();
        if (output.dir == null) {
            return formatCount == 1 ? Path.of("target", "site", sub) : Path.of("target", "site");
        }
        return formatCount == 1 ? output.dir : output.dir.resolve(sub);
    }

    private boolean failed(List<Diagnostic> diagnostics) {
        return DiagnosticsReport.fails(diagnostics, warningsAsErrors);
    }

    private void report(List<Diagnostic> diagnostics, LoadedBook loaded) {
        DiagnosticsReport.print(spec, diagnosticsFormat, book.master.toString(), loaded.files().size(), diagnostics);
    }
}
