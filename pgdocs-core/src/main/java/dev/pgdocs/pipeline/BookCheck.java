package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Baseline;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.DiagnosticFormat.Report;
import dev.pgdocs.diagnostics.DiagnosticFormat.Summary;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.resolve.InventoryException;
import dev.pgdocs.resolve.SourceTree;
import dev.pgdocs.xslt.StylesheetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pgdocs check} as one run of the pipeline: load and check, then the findings
 * against a baseline (when there is one), printed in the format asked for, and a
 * baseline written (when asked). Only new findings fail a check against a baseline; a
 * run that writes one without comparing fails on nothing.
 *
 * @param levels           rule levels from the command line, over pgdocs.json's
 * @param baseline         the baseline read, when one was given
 * @param writeBaseline    where to record today's findings, when asked
 * @param format           how to print the findings
 * @param warningsAsErrors whether warnings fail the check too
 * @param tool             pgdocs' version, for the formats that name it
 */
public record BookCheck(Map<String, RuleLevel> levels, Optional<Baseline> baseline, Optional<Path> writeBaseline,
                        DiagnosticFormat format, boolean warningsAsErrors, String tool) {

    /** Reads a baseline file; one that cannot be used is unreadable input, at its line. */
    public static Baseline readBaseline(Path file) throws LoadException {
        try {
            return Baseline.read(file);
        } catch (Baseline.Unreadable e) {
            throw new LoadException(e.location(), e.getMessage(), e);
        }
    }

    /** Checks the book, prints what was found and returns the exit code. */
    public int run(BookSource source, Optional<SourceTree> tree, PrintWriter out, PrintWriter err)
            throws LoadException, InventoryException, StylesheetException, IOException {
        Pipeline pipeline = new Pipeline(source).settingRules(levels);
        Path root = Baseline.rootOf(source.master());
        Pipeline.Environment checked;
        try {
            checked = pipeline.loadAndCheck(tree);
        } catch (LoadException e) {
            if (UnreadableBook.report(e, format, source.master().toString(), pipeline.policy(), root, tool, out, err)) {
                return e.exitCode();
            }
            throw e;
        }
        List<Diagnostic> diagnostics = checked.diagnostics();
        Optional<Baseline.Comparison> compared = baseline.map(b -> b.compare(diagnostics, root));
        List<Diagnostic> reported = compared.map(Baseline.Comparison::fresh).orElse(diagnostics);
        String subject = source.master().toString();
        format.print(new Report(reported, Summary.of(subject, checked.book().files().size(), reported, compared),
                pipeline.policy(), root, compared, tool), out, err);
        out.flush();
        if (writeBaseline.isPresent()) {
            Baseline.of(diagnostics, root).write(writeBaseline.get());
            err.println("pgdocs: wrote " + writeBaseline.get() + ": " + diagnostics.size()
                    + (diagnostics.size() == 1 ? " finding" : " findings"));
        }
        Timings.phase("print");
        boolean fails = (baseline.isPresent() || writeBaseline.isEmpty())
                && Diagnostic.failing(reported, warningsAsErrors);
        return fails ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
    }
}
