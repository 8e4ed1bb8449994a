package dev.pgdocs.launch;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.launch.DaemonFrames.Request;
import dev.pgdocs.pipeline.JvmTuning;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A run's side of the resident JVM ({@link Daemon}): with {@code PGDOCS_DAEMON=on}, a
 * run hands its command line to the resident JVM for its jar, directory and environment
 * and shows what it writes; when there is none yet, it starts one for the runs after it
 * and does its own work as before. Off unless asked for, and never in the JVM a launcher
 * started, nor with {@code -Dpgdocs.relaunch=false} or {@code PGDOCS_JAVA_OPTS} (both ask
 * for a JVM as given).
 */
public final class DaemonClient {

    /** The environment variable that turns the resident JVM on. */
    public static final String ENABLE = "PGDOCS_DAEMON";

    private static final Set<String> ON = Set.of("1", "on", "true", "yes");
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Map<String, String> env;
    private final List<String> jvmArguments;

    DaemonClient(Map<String, String> env, List<String> jvmArguments) {
        this.env = env;
        this.jvmArguments = List.copyOf(jvmArguments);
    }

    /** For this JVM: its environment and options. */
    public static DaemonClient forThisJvm() {
        return new DaemonClient(System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** Whether runs in this environment use a resident JVM. */
    boolean enabled() {
        return ON.contains(env.getOrDefault(ENABLE, "").trim().toLowerCase(java.util.Locale.ROOT))
                && env.getOrDefault(Relauncher.JAVA_OPTS, "").isBlank()
                && System.getProperty(Relauncher.LAUNCHER) == null
                && !"false".equals(System.getProperty(Relauncher.RELAUNCH));
    }

    /**
     * Runs {@code args} in the resident JVM and returns its exit code; empty when the work
     * is to be done here (no resident JVM, or it declined), in which case one is started
     * for the next run if there was none.
     */
    public OptionalInt run(Class<?> mainClass, List<String> args, boolean stderrIsTerminal) {
        if (!enabled()) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = Relauncher.jar(mainClass);
        List<String> properties = properties();
        Optional<DaemonAddress> address = jar.flatMap(j -> DaemonAddress.of(j, Path.of(""), properties, env));
        if (address.isEmpty()) {
            return OptionalInt.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(address.get().socket()));
        } catch (IOException e) {
            start(address.get(), mainClass, properties, args);
            return OptionalInt.empty();
        }
        try {
            return exchange(channel, new Request(Path.of("").toAbsolutePath().toString(), stderrIsTerminal, args),
                    address.get());
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // the exchange is over either way
            }
        }
    }

    /**
     * Sends the request and passes on what comes back until the exit code. Once the
     * resident JVM has said who it is, a signal that ends this run stops it (and waits for
     * it to remove its unfinished output).
     */
    private static OptionalInt exchange(SocketChannel channel, Request request, DaemonAddress address) {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(DaemonFrames.output(channel)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonFrames.input(channel)));
        Thread stopper = null;
        boolean begun = false;
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch passedOn = new CountDownLatch(1);
        try {
            request.write(out);
            while (true) {
                byte kind = in.readByte();
                switch (kind) {
                    case DaemonFrames.PID -> {
                        long pid = in.readLong();
                        stopper = new Thread(() -> {
                            stopping.set(true);
                            ProcessHandle.of(pid).ifPresent(Relauncher::stop);
                            // what it said as it stopped ("nothing published") is shown before this JVM ends
                            try {
                                passedOn.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }, "pgdocs-daemon-stop");
                        Runtime.getRuntime().addShutdownHook(stopper);
                        begun = true;
                    }
                    case DaemonFrames.OUT, DaemonFrames.ERR -> {
                        byte[] bytes = in.readNBytes(in.readInt());
                        PrintStream to = kind == DaemonFrames.OUT ? System.out : System.err;
                        to.write(bytes, 0, bytes.length);
                        to.flush();
                    }
                    case DaemonFrames.EXIT -> {
                        return OptionalInt.of(in.readInt());
                    }
                    case DaemonFrames.LOCAL -> {
                        return OptionalInt.empty();
                    }
                    default -> throw new IOException("unknown frame " + kind);
                }
            }
        } catch (IOException e) {
            if (!begun) {
                return OptionalInt.empty(); // it closed before a word: the work is still to be done
            }
            if (stopping.get()) {
                return OptionalInt.of(ExitCode.INTERNAL_ERROR); // a signal ends this run; its own exit code wins
            }
            // begun and gone (killed, out of memory): doing the work again here could say it all twice
            System.err.println("pgdocs: the resident JVM stopped before the command ended; its log is "
                    + address.log());
            return OptionalInt.of(ExitCode.INTERNAL_ERROR);
        } finally {
            passedOn.countDown();
            if (stopper != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException e) {
                    // shutting down: the hook is running, and stops the resident JVM
                }
            }
        }
    }

    /**
     * Starts a resident JVM for {@code address}, in a session of its own (no terminal's
     * Ctrl-C or hang-up reaches it), writing its log beside the socket. Not waited for.
     */
    private static void start(DaemonAddress address, Class<?> mainClass, List<String> properties, List<String> args) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        List<String> options = new ArrayList<>(JvmTuning.RESIDENT.options());
        options.addAll(Relauncher.classDataSharing(mainClass));
        options.addAll(properties);
        options.add("-D" + Daemon.PROPERTY + "=" + address.socket());
        command.addAll(Relauncher.javaCommand(options, mainClass));
        command.addAll(args); // what it warms up with

        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            // no resident JVM, then: every run does its own work, as without PGDOCS_DAEMON
        }
    }

    /** This JVM's -D options, but pgdocs' own launch properties: the resident JVM gets them too. */
    private List<String> properties() {
        return jvmArguments.stream().filter(a -> a.startsWith("-D") && !a.startsWith("-Dpgdocs.")).toList();
    }
}
