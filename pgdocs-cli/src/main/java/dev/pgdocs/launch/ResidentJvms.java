package dev.pgdocs.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This user's resident JVMs ({@link Daemon}) as {@code pgdocs daemon} shows and stops
 * them: the JVMs started with a socket in the directory {@link DaemonAddress} gives this
 * environment, found among the running processes by that option.
 */
public final class ResidentJvms {

    /** One resident JVM: its process, socket, whether it is the one for PDFs, its log, and its resident memory (KB, 0 if unknown). */
    public record Resident(ProcessHandle process, Path socket, boolean forPdf, Path log, long rssKb) {
    }

    private ResidentJvms() {
    }

    /** The resident JVMs of the directory that {@code env} gives, oldest first. */
    public static List<Resident> list(Map<String, String> env) {
        String option = "-D" + Daemon.PROPERTY + "=" + DaemonAddress.directory(env) + "/";
        return ProcessHandle.allProcesses()
                .flatMap(p -> p.info().arguments().stream().flatMap(Arrays::stream)
                        .filter(a -> a.startsWith(option)).findFirst()
                        .map(a -> resident(p, Path.of(a.substring(option.indexOf('=') + 1)))).stream())
                .sorted((a, b) -> a.process().info().startInstant().orElse(java.time.Instant.EPOCH)
                        .compareTo(b.process().info().startInstant().orElse(java.time.Instant.EPOCH)))
                .toList();
    }

    private static Resident resident(ProcessHandle process, Path socket) {
        DaemonAddress address = DaemonAddress.at(socket);
        return new Resident(process, socket, address.isForPdf(), address.log(), rssKb(process.pid()).orElse(0L));
    }

    /** What Linux says the process holds in memory now, in KB. */
    private static Optional<Long> rssKb(long pid) {
        try (var lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")));
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops one as a signal stops it (its hooks run; a run it serves is stopped too) and waits for it to be gone. */
    public static void stop(Resident resident) {
        Relauncher.stop(resident.process());
    }
}
