package dev.pgdocs;

import dev.pgdocs.cli.FailureHandler;
import dev.pgdocs.cli.PgdocsCommand;
import dev.pgdocs.diagnostics.ExitCode;
import picocli.CommandLine;

/** The pgdocs command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // FOP writes the PDF's dates in the default time zone; in UTC, the same sources
        // give the same bytes on every machine. pgdocs itself shows no local times.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        dev.pgdocs.diagnostics.Timings.start();
        System.exit(execute(args));
    }

    /** Runs pgdocs as the command line would, returning the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; failures become messages and exit codes in one place. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PgdocsCommand());
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
