package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code pgdocs} command; the work is in its subcommands. */
@Command(name = "pgdocs", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Builds and checks PostgreSQL's DocBook documentation.",
        subcommands = {BuildCommand.class, CheckCommand.class, InventoryCommand.class, ServeCommand.class, DiffCommand.class})
public final class PgdocsCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace too.")
    boolean debug;

    /** Whether --debug was given, to this command or (inherited) to a subcommand. */
    boolean debug() {
        return debug;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pgdocs: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
