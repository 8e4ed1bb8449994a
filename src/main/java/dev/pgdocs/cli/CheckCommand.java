package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.resolve.SourceTree;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgdocs check}: runs every cross-reference rule over the whole book. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Check that every cross-reference of the book resolves.",
            "",
            "Loads the book offline, validates it against the DocBook DTD, and checks every id, "
                    + "linkend, endterm, xreflabel and (with --source-tree) source file name. Prints "
                    + "file:line:col: severity: message [rule], sorted, and a summary line."})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default; to stderr), json or github (GitHub Actions annotations);"
                    + " the last two to stdout.")
    DiagnosticFormat format;

    @Option(names = "--warnings-as-errors", description = "Exit with 1 when there are warnings too.")
    boolean warningsAsErrors;

    @Mixin
    SourceTreeOption sourceTree;

    @Override
    public Integer call() throws Exception {
        Optional<SourceTree> tree = sourceTree.read();
        BookPipeline pipeline = new BookPipeline(book);
        LoadedBook loaded = pipeline.load();
        Timings.phase("load");
        var context = pipeline.context(loaded, tree);
        Timings.phase("index and targets");
        List<Diagnostic> diagnostics = pipeline.check(context);
        Timings.phase("rules");
        DiagnosticsReport.print(spec, format, book.master.toString(), loaded.files().size(), diagnostics);
        Timings.phase("print");
        return DiagnosticsReport.fails(diagnostics, warningsAsErrors) ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
    }
}
