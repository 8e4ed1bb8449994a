package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.ExitCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code pgdocs} command; the work is in its subcommands, which
 * {@link #subcommands} makes (not the annotation: picocli would build the model of every
 * one, options and mixins, on every run).
 */
@Command(name = "pgdocs", mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Builds and checks PostgreSQL's DocBook documentation.",
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  PGDOCS_DAEMON=on   keep a JVM resident between runs (per jar, directory and",
            "                     environment) and run check and HTML, man and EPUB builds",
            "                     in it, and PDF builds in a second one: the first run",
            "                     starts it, later runs are quicker; it leaves after 15",
            "                     minutes idle",
            "  PGDOCS_JAVA_OPTS   JVM options that replace pgdocs' own (and the resident JVM)",
            "  PGDOCS_TIMINGS=1   print the time of each phase on stderr"})
public final class PgdocsCommand implements java.util.concurrent.Callable<Integer> {

    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("build", BuildCommand::new);
        all.put("check", CheckCommand::new);
        all.put("inventory", InventoryCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("diff", DiffCommand::new);
        all.put("daemon", DaemonCommand::new);
        return all;
    }

    /**
     * The subcommands a command line needs: the one it names, or every one (for the usage,
     * for picocli's suggestions on a name it does not know, and for arguments picocli reads
     * itself, such as an @file). The top command's options take no values, so its first
     * word that is not an option is the subcommand's name.
     */
    public static List<Object> subcommands(String... args) {
        for (String arg : args) {
            if (arg.startsWith("@") || arg.equals("--")) {
                break;
            }
            if (!arg.startsWith("-")) {
                Supplier<Object> named = SUBCOMMANDS.get(arg);
                if (named != null) {
                    return List.of(named.get());
                }
                break;
            }
        }
        return SUBCOMMANDS.values().stream().map(Supplier::get).toList();
    }

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
