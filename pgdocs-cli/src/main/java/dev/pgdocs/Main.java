package dev.pgdocs;

import dev.pgdocs.cli.CommandLineRuns;
import dev.pgdocs.cli.ProgressChoice;
import dev.pgdocs.launch.Daemon;
import dev.pgdocs.launch.DaemonClient;
import java.util.List;
import java.util.OptionalInt;

/**
 * The pgdocs command line. A run with a resident JVM only passes its command line on, so
 * this class names nothing of the command line itself (picocli, the commands; the Java
 * launcher loads every type its public methods name): those load only in a JVM that does
 * the work ({@link CommandLineRuns}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String residentAt = System.getProperty(Daemon.PROPERTY);
        if (residentAt != null) {
            CommandLineRuns.serveResident(residentAt, args, Main.class);
            System.exit(0);
        }
        DaemonClient client = DaemonClient.forThisJvm();
        OptionalInt resident = client.run(Main.class, List.of(args), ProgressChoice.stderrIsTerminal());
        if (resident.isPresent()) {
            System.exit(resident.getAsInt());
        }
        System.exit(CommandLineRuns.runHere(args, client, Main.class));
    }

    /** Runs pgdocs as the command line would, returning the exit code. */
    public static int execute(String... args) {
        return CommandLineRuns.execute(args);
    }
}
