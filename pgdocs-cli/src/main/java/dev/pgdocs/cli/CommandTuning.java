package dev.pgdocs.cli;

import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.FormatName;
import dev.pgdocs.pipeline.JvmTuning;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * Which row of {@link JvmTuning} a command line runs with: chosen by the parsed command,
 * never by looking at the words of the command line (a path with "pdf" in it is only a path).
 */
public final class CommandTuning {

    private CommandTuning() {
    }

    /**
     * The tuning the parsed command wants; empty when it does no work worth a JVM of its
     * own (help, version: the JVM already running answers at once).
     */
    public static Optional<JvmTuning> forCommand(ParseResult parsed) {
        ParseResult command = leaf(parsed);
        if (command.isUsageHelpRequested() || command.isVersionHelpRequested()
                || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return Optional.empty();
        }
        Object user = command.commandSpec().userObject();
        if (user instanceof ServeCommand) {
            return Optional.of(JvmTuning.SERVE);
        }
        if (user instanceof BuildCommand build && buildsPdf(build)) {
            return Optional.of(JvmTuning.PDF);
        }
        if (user instanceof PgdocsCommand) {
            return Optional.empty(); // no command: it prints its usage
        }
        if (user instanceof DaemonCommand) {
            return Optional.empty(); // runs at once, and never in a resident JVM, which it may stop
        }
        return Optional.of(JvmTuning.QUICK);
    }

    /** The command that does the work: the last subcommand named. */
    static ParseResult leaf(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        return command;
    }

    /**
     * Which resident JVM (PGDOCS_DAEMON) does the parsed command: {@link JvmTuning#RESIDENT}
     * the quick commands, {@link JvmTuning#RESIDENT_PDF} PDF builds; none does serve, help,
     * the version or the bare usage, which the run's own JVM prints at once (and in colour
     * on its terminal).
     */
    public static Optional<JvmTuning> resident(ParseResult parsed) {
        return forCommand(parsed).flatMap(t -> switch (t) {
            case QUICK -> Optional.of(JvmTuning.RESIDENT);
            case PDF -> Optional.of(JvmTuning.RESIDENT_PDF);
            default -> Optional.empty();
        });
    }

    /** Whether the build makes a PDF, by --format or by the book's pgdocs.json. */
    private static boolean buildsPdf(BuildCommand build) {
        try {
            return build.formatsToBuild().contains(FormatName.PDF);
        } catch (LoadException e) {
            return false; // a pgdocs.json that cannot be read: the build says so, quickly
        }
    }
}
