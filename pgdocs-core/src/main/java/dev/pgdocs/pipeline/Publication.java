package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code build} as one call: check the book once, then write each output format into its
 * own staging directory and publish it only when what it found allows. Nothing is
 * published from a book that failed its check (unless keep-going), nor ever from an empty
 * book, so a bad change never replaces the last good site.
 */
public final class Publication {

    /**
     * What to build and how strictly.
     *
     * @param formats          the outputs, in order
     * @param dir              {@code -o}: the directory of the only format, or the parent of one
     *                         subdirectory per format; null for target/site/FORMAT
     * @param force            whether a directory pgdocs did not make may be replaced
     * @param keepGoing        build despite errors the check found
     * @param warningsAsErrors warnings fail the run too
     * @param keepGoingSetting how the caller's users ask for keepGoing ("--keep-going" on the
     *                         command line, "keepGoing" in a pom), for the messages that name it
     */
    public record Plan(List<OutputFormat> formats, Path dir, boolean force, boolean keepGoing,
                       boolean warningsAsErrors, String keepGoingSetting) {
    }

    /**
     * What happened.
     *
     * @param book        the loaded book (its files, for the summary line)
     * @param diagnostics every finding, sorted by place
     * @param outcome     what was published or why not, to be said after the diagnostics
     * @param exitCode    the run's exit code
     */
    public record Outcome(LoadedBook book, List<Diagnostic> diagnostics, List<String> outcome, int exitCode) {
    }

    private final Pipeline pipeline;
    private final Plan plan;

    public Publication(Pipeline pipeline, Plan plan) {
        this.pipeline = pipeline;
        this.plan = plan;
    }

    /** Refuses unsafe output directories before anything is read or written. */
    public Publication refuseUnsafe(Path master) throws Exception {
        if (plan.dir() != null) {
            OutputDirectory.refuseUnsafe(plan.dir(), master);
        }
        for (OutputFormat format : plan.formats()) {
            OutputDirectory.refuseUnsafe(directoryOf(format), master);
        }
        return this;
    }

    public Outcome run() throws Exception {
        plan.formats().forEach(format -> format.prepare(pipeline.stylesheets()));
        Pipeline.Environment checked = pipeline.loadAndCheck(Optional.empty());
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        if (diagnostics.stream().anyMatch(d -> d.isError() && d.rule().equals("book.empty"))) {
            // --keep-going or not: a blank site must not replace the last good one
            return new Outcome(checked.book(), diagnostics,
                    List.of("not building: the book has no content; nothing published"), ExitCode.DOCUMENT_ERRORS);
        }
        if (Diagnostic.failing(diagnostics, plan.warningsAsErrors()) && !plan.keepGoing()) {
            return new Outcome(checked.book(), diagnostics,
                    List.of("not building: the check found errors (" + plan.keepGoingSetting() + " builds anyway)"),
                    ExitCode.DOCUMENT_ERRORS);
        }
        List<String> outcome = new ArrayList<>();
        boolean broken = false;
        for (OutputFormat format : plan.formats()) {
            try (OutputDirectory out = OutputDirectory.prepare(directoryOf(format), plan.force())) {
                OutputFormat.Written written = format.write(pipeline, checked, out);
                diagnostics.addAll(written.diagnostics());
                List<Diagnostic> errors = written.diagnostics().stream().filter(Diagnostic::isError).toList();
                broken |= !errors.isEmpty();
                if (errors.isEmpty() || plan.keepGoing() && errors.stream().allMatch(format::publishableDespite)) {
                    out.publish(format.marked());
                    outcome.addAll(written.summary());
                    if (!errors.isEmpty()) {
                        outcome.add(format.name() + " published with " + count(errors.size(), "broken link")
                                + " (" + plan.keepGoingSetting() + ")");
                    }
                } else {
                    outcome.add(format.name() + " not published: the build found " + count(errors.size(), "error")
                            + " (" + rules(errors) + "); " + out.target() + " is unchanged");
                }
            }
            Timings.phase("publish " + format.name().toUpperCase());
        }
        diagnostics.sort(null);
        boolean failed = broken || Diagnostic.failing(diagnostics, plan.warningsAsErrors());
        return new Outcome(checked.book(), diagnostics, outcome, failed ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK);
    }

    /** Where a format goes: {@code -o} itself for one format, a subdirectory per format for several. */
    private Path directoryOf(OutputFormat format) {
        if (plan.dir() == null) {
            return Path.of("target", "site", format.name());
        }
        return plan.formats().size() == 1 ? plan.dir() : plan.dir().resolve(format.name());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String rules(List<Diagnostic> errors) {
        return errors.stream().map(Diagnostic::rule).distinct().sorted().collect(Collectors.joining(", "));
    }
}
