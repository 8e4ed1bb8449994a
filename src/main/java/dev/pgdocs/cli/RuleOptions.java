package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.Baseline;
import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.BookCheck;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** check's rule levels and baseline: --rule, --baseline, --write-baseline. */
public final class RuleOptions {

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

    /** --rule's settings; a name that is no rule, or a level that is none or the rule refuses, is a usage error. */
    Map<String, RuleLevel> levels(CommandLine cli) {
        var known = Pipeline.knownRules();
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        rules.forEach((name, level) -> {
            try {
                levels.put(name, known.level(name, level));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(cli, "--rule " + name + "=" + level + ": " + e.getMessage());
            }
        });
        return levels;
    }

    Optional<Baseline> baseline() throws LoadException {
        return baseline == null ? Optional.empty() : Optional.of(BookCheck.readBaseline(baseline));
    }

    Optional<Path> writeBaseline() {
        return Optional.ofNullable(writeBaseline);
    }
}
