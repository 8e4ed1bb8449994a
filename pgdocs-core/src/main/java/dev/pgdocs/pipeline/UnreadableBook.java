package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.DiagnosticFormat.Report;
import dev.pgdocs.diagnostics.DiagnosticFormat.Summary;
import dev.pgdocs.diagnostics.RulePolicy;
import dev.pgdocs.load.LoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A book that could not be loaded, told in the machine-readable format a command was
 * asked for: a malformed file is what CI most needs to see at its line, and a text
 * message on stderr is invisible to a GitHub annotation or a SARIF upload. Text is left
 * to the failure handler, which says it as every command does.
 */
public final class UnreadableBook {

    private UnreadableBook() {
    }

    /**
     * Prints the load's findings in {@code format}, unless that is text or they have no
     * place; returns whether it did (the command then exits with the load's code).
     */
    public static boolean report(LoadException e, DiagnosticFormat format, String subject, RulePolicy rules,
                                 Path root, String tool, PrintWriter out, PrintWriter err) {
        List<Diagnostic> found = e.diagnostics();
        if (format == DiagnosticFormat.TEXT || found.isEmpty()) {
            return false;
        }
        int files = (int) found.stream().map(d -> d.location().file()).distinct().count();
        format.print(new Report(found, Summary.of(subject, files, found), rules, root, Optional.empty(), tool), out,
                err);
        out.flush();
        return true;
    }
}
