package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Baseline;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.DiagnosticFormat.Report;
import dev.pgdocs.diagnostics.DiagnosticFormat.Summary;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.UnreadableBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** How build prints its findings: as check does, with no baseline. */
final class DiagnosticsReport {

    private DiagnosticsReport() {
    }

    /** Prints the findings of a book with no baseline. */
    static void print(CommandSpec spec, DiagnosticFormat format, String subject, int files,
                      List<Diagnostic> diagnostics) {
        var cli = spec.commandLine();
        format.print(new Report(diagnostics, Summary.of(subject, files, diagnostics), Pipeline.knownRules(),
                Baseline.rootOf(Path.of(subject)), Optional.empty(), Version.number()), cli.getOut(), cli.getErr());
        cli.getOut().flush();
    }

    /** A book that could not be loaded, in {@code format} unless that is text; whether it was printed. */
    static boolean unreadable(CommandSpec spec, DiagnosticFormat format, String subject, LoadException e) {
        var cli = spec.commandLine();
        return UnreadableBook.report(e, format, subject, Pipeline.knownRules(), Baseline.rootOf(Path.of(subject)),
                Version.number(), cli.getOut(), cli.getErr());
    }
}
