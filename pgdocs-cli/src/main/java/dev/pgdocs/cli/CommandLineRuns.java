package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.diagnostics.TerminalProgress;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.launch.Daemon;
import dev.pgdocs.launch.DaemonClient;
import dev.pgdocs.launch.Relauncher;
import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TimeZone;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Where pgdocs' command line runs: in this JVM (or one started for it with the command's
 * options), or as a resident JVM's runs. {@code mainClass} is the class whose jar runs.
 */
public final class CommandLineRuns {

    /**
     * How long a new resident JVM goes on doing the work of the run that started it before
     * it serves any: at least two rounds (on PostgreSQL's manual, a check's third round takes
     * about half its first), then more while they fit in the budget. A check of that manual
     * went on getting quicker for about ten rounds (1.06 s, then 0.93, 0.81, ... 0.60 s, as
     * the optimizing compiler reached more of its code); a build of it in HTML or PDF stops at two.
     */
    private static final WarmUp.Rounds WARM_UP = new WarmUp.Rounds(2, 10, Duration.ofSeconds(12));

    private CommandLineRuns() {
    }

    /**
     * FOP writes the PDF's dates in the default time zone; in UTC, the same sources give the
     * same bytes on every machine. pgdocs itself shows no local times.
     */
    private static void inUtc() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    /** Serves runs as the resident JVM at {@code residentAt}, started by the command line {@code args}. */
    public static void serveResident(String residentAt, String[] args, Class<?> mainClass) {
        inUtc();
        Pipeline.shareBuiltInStylesheets();
        JvmTuning row = Daemon.servesPdf(Path.of(residentAt)) ? JvmTuning.RESIDENT_PDF : JvmTuning.RESIDENT;
        if (row == JvmTuning.RESIDENT) {
            Pipeline.keepParsedEntities();
        }
        try {
            Daemon.serve(Path.of(residentAt), mainClass, new Daemon.Runner() {
                @Override
                public Daemon.Answer run(List<String> command, boolean stderrIsTerminal) {
                    return runResident(command, stderrIsTerminal, row);
                }

                @Override
                public void between() {
                    Pipeline.releaseBetweenRuns();
                }
            }, goOn -> WarmUp.run(List.of(args), WARM_UP, goOn, CommandLineRuns::commandLine, row));
        } catch (IOException e) {
            System.out.println("pgdocs: no resident JVM at " + residentAt + ": " + e.getMessage());
        }
    }

    /** Runs {@code args} in this JVM, or one started for it; then starts the resident JVM {@code client} found missing. */
    public static int runHere(String[] args, DaemonClient client, Class<?> mainClass) {
        inUtc();
        Timings.start();
        CommandLine cli = commandLine(args);
        CommandLine.IExecutionStrategy inThisJvm = cli.getExecutionStrategy();
        cli.setExecutionStrategy(parsed -> {
            int code = run(parsed, inThisJvm, mainClass);
            Optional<JvmTuning> residentRow = CommandTuning.resident(parsed);
            if (residentRow.isPresent() && (code == ExitCode.OK || code == ExitCode.DOCUMENT_ERRORS)) {
                client.startIfMissing(residentRow.get() == JvmTuning.RESIDENT_PDF);
            }
            return code;
        });
        return cli.execute(args);
    }

    /** Runs the parsed command in a JVM tuned for it: this one, or one started for it. */
    private static int run(ParseResult parsed, CommandLine.IExecutionStrategy inThisJvm, Class<?> mainClass) {
        List<String> wanted = CommandTuning.forCommand(parsed).map(JvmTuning::options).orElse(List.of());
        OptionalInt relaunched = Relauncher.forThisJvm().run(wanted, mainClass, parsed.originalArgs());
        if (relaunched.isPresent()) {
            return relaunched.getAsInt();
        }
        return runParsed(parsed, inThisJvm, ProgressChoice.stderrIsTerminal());
    }

    /**
     * In the resident JVM ({@link Daemon}) of row {@code row}: runs a command line here,
     * unless this resident JVM does not do its command. A PDF build goes to the resident
     * JVM for PDFs; serve, help and the version (which the run's own JVM prints for its
     * terminal) run as if there were none.
     */
    private static Daemon.Answer runResident(List<String> args, boolean stderrIsTerminal, JvmTuning row) {
        Timings.start();
        String[] array = args.toArray(String[]::new);
        CommandLine cli = commandLine(array);
        CommandLine.IExecutionStrategy inThisJvm = cli.getExecutionStrategy();
        Daemon.Answer[] elsewhere = {null};
        cli.setExecutionStrategy(parsed -> {
            Optional<JvmTuning> resident = CommandTuning.resident(parsed);
            if (resident.isEmpty() || resident.get() != row) {
                elsewhere[0] = resident.equals(Optional.of(JvmTuning.RESIDENT_PDF))
                        ? Daemon.Answer.PDF_RESIDENT : Daemon.Answer.LOCAL;
                return ExitCode.OK;
            }
            return runParsed(parsed, inThisJvm, stderrIsTerminal);
        });
        int code = cli.execute(array);
        return elsewhere[0] != null ? elsewhere[0] : Daemon.Answer.exit(code);
    }

    /** Runs the parsed command in this JVM, with its progress on the terminal when a person is watching. */
    private static int runParsed(ParseResult parsed, CommandLine.IExecutionStrategy inThisJvm, boolean stderrIsTerminal) {
        try {
            if (!ProgressChoice.wanted(parsed, stderrIsTerminal, System.getenv())) {
                return inThisJvm.execute(parsed);
            }
            try (Progress progress = TerminalProgress.start(System.err)) {
                Progress.install(progress);
                return inThisJvm.execute(parsed);
            } finally {
                Progress.install(Progress.NONE); // a resident JVM's next run may have no terminal
            }
        } catch (OutOfMemoryError e) {
            // picocli hands errors on as they are; the unfinished output is gone by now
            return FailureHandler.outOfMemory(parsed.commandSpec().commandLine().getErr());
        }
    }

    /** Runs pgdocs as the command line would, returning the exit code. */
    public static int execute(String... args) {
        return commandLine(args).execute(args);
    }

    /** The configured command line with every subcommand; failures become messages and exit codes in one place. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The configured command line with the subcommands {@code args} need (see
     * {@link PgdocsCommand#subcommands}): what {@code args} run with.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new PgdocsCommand());
        PgdocsCommand.subcommands(args).forEach(cli::addSubcommand);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("pgdocs: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCode.USAGE;
        });
        FailureHandler.listExitCodes(cli);
        return cli;
    }
}
