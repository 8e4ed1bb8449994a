package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.launch.ResidentJvms;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pgdocs daemon}: the resident JVMs that PGDOCS_DAEMON=on keeps, shown or stopped. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {
            "Show or stop this user's resident JVMs (PGDOCS_DAEMON=on): those for this environment's "
                    + "directory ($XDG_RUNTIME_DIR/pgdocs, else /tmp/pgdocs-USER), whatever jar or working "
                    + "directory they serve.",
            "",
            "status lists each one's process id, kind (quick, or pdf for PDF builds), memory and log; "
                    + "stop stops them as a signal would (a run one is doing is stopped too, its "
                    + "unfinished output removed) and waits until they are gone."})
public final class DaemonCommand implements Callable<Integer> {

    /** What to do with them. */
    enum Action { STATUS, STOP }

    @Parameters(index = "0", paramLabel = "ACTION", description = "status or stop.")
    Action action;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ResidentJvms.Resident> residents = ResidentJvms.list(System.getenv());
        if (residents.isEmpty()) {
            out.println("pgdocs: no resident JVM");
            return ExitCode.OK;
        }
        for (ResidentJvms.Resident resident : residents) {
            if (action == Action.STOP) {
                ResidentJvms.stop(resident);
                out.println("stopped " + resident.process().pid() + " (" + kind(resident) + ")");
            } else {
                out.printf("%d  %-5s  %,6d MB  %s%n", resident.process().pid(), kind(resident),
                        resident.rssKb() / 1024, resident.log());
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String kind(ResidentJvms.Resident resident) {
        return resident.forPdf() ? "pdf" : "quick";
    }
}
