package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.DiagnosticFormat.Report;
import dev.pgdocs.diagnostics.DiagnosticFormat.Summary;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** How commands print their findings and decide whether they failed, the same way everywhere. */
final class DiagnosticsReport {

    private DiagnosticsReport() {
    }

    /** Prints the findings of a book with no baseline. */
    static void print(CommandSpec spec, DiagnosticFormat format, String subject, int files,
                      List<Diagnostic> diagnostics) {
        print(spec, format, new Report(diagnostics, Summary.of(subject, files, diagnostics),
                Pipeline.knownRules(), rootOf(Path.of(subject)), Optional.empty(), Version.number()));
    }

    static void print(CommandSpec spec, DiagnosticFormat format, Report report) {
        var cli = spec.commandLine();
        format.print(report, cli.getOut(), cli.getErr());
        cli.getOut().flush();
    }

    /** The directory a book's paths are relative to in baselines: its master's. */
    static Path rootOf(Path master) {
        return master.toAbsolutePath().normalize().getParent();
    }

    /** Errors fail; warnings fail too with --warnings-as-errors. */
    static boolean fails(List<Diagnostic> diagnostics, boolean warningsAsErrors) {
        return Diagnostic.failing(diagnostics, warningsAsErrors);
    }
}
