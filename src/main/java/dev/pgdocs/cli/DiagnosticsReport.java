package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** How commands print their findings and decide whether they failed, the same way everywhere. */
final class DiagnosticsReport {

    private DiagnosticsReport() {
    }

    static void print(CommandSpec spec, DiagnosticFormat format, String subject, int files,
                      List<Diagnostic> diagnostics) {
        var cli = spec.commandLine();
        format.print(diagnostics, DiagnosticFormat.Summary.of(subject, files, diagnostics), cli.getOut(), cli.getErr());
        cli.getOut().flush();
    }

    /** Errors fail; warnings fail too with --warnings-as-errors. */
    static boolean fails(List<Diagnostic> diagnostics, boolean warningsAsErrors) {
        return diagnostics.stream().anyMatch(d -> d.isError() || warningsAsErrors);
    }
}
