package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Baseline;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.DiagnosticFormat.Report;
import dev.pgdocs.diagnostics.DiagnosticFormat.Summary;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.resolve.SourceTree;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code pgdocs check}: runs every rule over the whole book. */
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
            description = "text (the default; to stderr), json, github (GitHub Actions annotations) or sarif"
                    + " (SARIF 2.1.0, for code scanning); the last three to stdout.")
    DiagnosticFormat format;

    @Option(names = "--warnings-as-errors", description = "Exit with 1 when there are warnings too.")
    boolean warningsAsErrors;

    @Option(names = "--rule", paramLabel = "NAME=LEVEL",
            description = "Report rule NAME as error or warning, or not at all (off); repeatable, and over"
                    + " pgdocs.json's \"rules\".")
    Map<String, String> rules = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that FILE (from --write-baseline) does not have, and those it has"
                    + " that are gone as fixed; only new findings fail the check.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record today's findings in FILE (JSON) for --baseline, and exit 0 unless --baseline"
                    + " finds new ones.")
    Path writeBaseline;

    @Mixin
    SourceTreeOption sourceTree;

    @Override
    public Integer call() throws Exception {
        Map<String, RuleLevel> levels = ruleLevels();
        Optional<Baseline> before = readBaseline();
        Optional<SourceTree> tree = sourceTree.read();
        Pipeline pipeline = new Pipeline(book.source()).settingRules(levels);
        Pipeline.Environment checked = pipeline.loadAndCheck(tree);
        List<Diagnostic> diagnostics = checked.diagnostics();
        Path root = DiagnosticsReport.rootOf(book.master);
        Optional<Baseline.Comparison> compared = before.map(b -> b.compare(diagnostics, root));
        List<Diagnostic> reported = compared.map(Baseline.Comparison::fresh).orElse(diagnostics);
        String subject = book.master.toString();
        DiagnosticsReport.print(spec, format, new Report(reported,
                Summary.of(subject, checked.book().files().size(), reported, compared), pipeline.policy(), root, compared,
                Version.number()));
        if (writeBaseline != null) {
            Baseline.of(diagnostics, root).write(writeBaseline);
            spec.commandLine().getErr().println("pgdocs: wrote " + writeBaseline + ": " + diagnostics.size()
                    + (diagnostics.size() == 1 ? " finding" : " findings"));
        }
        Timings.phase("print");
        boolean fails = (before.isPresent() || writeBaseline == null) && DiagnosticsReport.fails(reported, warningsAsErrors);
        return fails ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
    }

    /** --rule's settings; a name that is no rule, a level that is none, or a level a rule refuses, is a usage error saying why. */
    private Map<String, RuleLevel> ruleLevels() {
        var known = Pipeline.knownRules();
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        rules.forEach((name, level) -> {
            try {
                levels.put(name, known.level(name, level));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--rule " + name + "=" + level + ": " + e.getMessage());
            }
        });
        return levels;
    }

    private Optional<Baseline> readBaseline() throws LoadException {
        if (baseline == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(baseline));
        } catch (Baseline.Unreadable e) {
            throw new LoadException(e.location(), e.getMessage(), e);
        }
    }
}
