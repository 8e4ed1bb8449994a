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
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * and shows what it writes. When there is none, the run does its own work as before,
 * and once a quick command or a PDF build has ended normally, starts one for the runs
 * after it (for a PDF build, the one for PDFs, which the quick one sends them to). Off
 * unless asked for, and never in the JVM a launcher started, nor with
 * {@code -Dpgdocs.relaunch=false} or {@code PGDOCS_JAVA_OPTS} (both ask for a JVM as given).
 * <p>
 * The code a run passes through on its way to the resident JVM (here, {@link DaemonAddress},
 * {@link DaemonFrames}) has no lambdas, streams or records printed: each spins classes the
 * first time, which a run that only hands its command line on pays every time (about 30 ms
 * of its 0.2 s on the day it was measured). This module's string concatenation is compiled
 * to plain appends for the same reason (pom.xml).
 */
public final class DaemonClient {

    /** The environment variable that turns the resident JVM on. */
    public static final String ENABLE = "PGDOCS_DAEMON";

    /** The values of {@link #ENABLE} that turn it on, in any case (bin/pgdocs takes the same). */
    private static final Set<String> ON = Set.of("1", "on", "true", "yes");
    /** pgdocs' own properties that say how this JVM was launched, not how the work is done. */
    private static final Set<String> LAUNCH_PROPERTIES = Set.of(Daemon.PROPERTY, Relauncher.LAUNCHER, Relauncher.RELAUNCH);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Map<String, String> env;
    private final List<String> jvmArguments;
    /** Starts the resident JVM this run found missing (given whether the run built a PDF), once its work has ended normally. */
    private java.util.function.Consumer<Boolean> startMissing;

    DaemonClient(Map<String, String> env, List<String> jvmArguments) {
        this.env = env;
        this.jvmArguments = List.copyOf(jvmArguments);
    }

    /** For this JVM: its environment and options. */
    public static DaemonClient forThisJvm() {
        return new DaemonClient(System.getenv(), JvmArguments.ofThisJvm());
    }

    /** Whether runs in this environment use a resident JVM. */
    boolean enabled() {
        return ON.contains(env.getOrDefault(ENABLE, "").toLowerCase(Locale.ROOT))
                && env.getOrDefault(Relauncher.JAVA_OPTS, "").isBlank()
                && System.getProperty(Relauncher.LAUNCHER) == null
                && !"false".equals(System.getProperty(Relauncher.RELAUNCH));
    }

    /**
     * Runs {@code args} in the resident JVM and returns its exit code; empty when the work
     * is to be done here: no resident JVM (see {@link #startIfMissing}), it declined, or
     * an argument names one of this process's own files (/dev/fd/63 from a shell's
     * {@code <(...)}, /dev/stdin, /proc/self/...), which the resident JVM would open as its own.
     */
    public OptionalInt run(Class<?> mainClass, List<String> args, boolean stderrIsTerminal) {
        if (!enabled()) {
            return OptionalInt.empty();
        }
        for (String arg : args) {
            if (namesThisProcess(arg)) {
                return OptionalInt.empty();
            }
        }
        Optional<Path> jar = Relauncher.jar(mainClass);
        List<String> properties = properties();
        Optional<DaemonAddress> address = jar.isEmpty() ? Optional.empty()
                : DaemonAddress.of(jar.get(), Path.of(""), properties, env);
        if (address.isEmpty()) {
            return OptionalInt.empty();
        }
        Request request = new Request(Path.of("").toAbsolutePath().toString(), stderrIsTerminal, args);
        Reply reply = ask(address.get(), request, mainClass, properties);
        if (reply.askPdfResident()) {
            reply = ask(address.get().forPdf(), request, mainClass, properties);
        }
        return reply.code();
    }

    /** What a resident JVM said: the exit code, or nothing to be done there; perhaps ask the one for PDFs. */
    private record Reply(OptionalInt code, boolean askPdfResident) {
        static final Reply HERE = new Reply(OptionalInt.empty(), false);
    }

    /** Asks the resident JVM at {@code address}; one that is missing is noted, to be started after the run. */
    private Reply ask(DaemonAddress address, Request request, Class<?> mainClass, List<String> properties) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(address.socket()));
        } catch (IOException e) {
            startMissing = pdf -> {
                start(address, mainClass, properties, request.args());
                if (pdf && !address.isForPdf()) {
                    // a PDF build that found no resident JVM at all: the runs after it go to both
                    start(address.forPdf(), mainClass, properties, request.args());
                }
            };
            return Reply.HERE;
        }
        try {
            return exchange(channel, request, address);
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // the exchange is over either way
            }
        }
    }

    /**
     * Starts the resident JVM that {@link #run} found missing, if it did; after a PDF
     * build ({@code pdf}), the one for PDFs too. Called when a command that a resident JVM
     * does has ended normally: not after a stopped run, whose work it would warm up on. A
     * JVM started for an address another holds leaves at once.
     */
    public void startIfMissing(boolean pdf) {
        if (startMissing != null) {
            startMissing.accept(pdf);
            startMissing = null;
        }
    }

    private static boolean namesThisProcess(String arg) {
        return arg.contains("/dev/fd/") || arg.contains("/dev/std") || arg.contains("/proc/");
    }

    /**
     * Sends the request and passes on what comes back until the exit code. Once the
     * resident JVM has said who it is, a signal that ends this run stops it (and waits for
     * it to remove its unfinished output, and for what it said then to be shown).
     */
    private static Reply exchange(SocketChannel channel, Request request, DaemonAddress address) {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(DaemonFrames.output(channel)));
        DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonFrames.input(channel)));
        Thread stopper = null;
        boolean begun = false;
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicBoolean answered = new AtomicBoolean();
        CountDownLatch passedOn = new CountDownLatch(1);
        try {
            request.write(out);
            while (true) {
                byte kind = in.readByte();
                switch (kind) {
                    case DaemonFrames.PID -> {
                        // its handle is made only to stop it: a first ProcessHandle starts threads
                        long resident = in.readLong();
                        begun = true;
                        stopper = new Thread("pgdocs-daemon-stop") {
                            @Override
                            public void run() {
                                // an answer already in: the resident JVM may be another run's by now
                                if (!answered.get()) {
                                    stopping.set(true);
                                    ProcessHandle.of(resident).ifPresent(Relauncher::stop);
                                    awaitQuietly(passedOn);
                                }
                            }
                        };
                        try {
                            Runtime.getRuntime().addShutdownHook(stopper);
                        } catch (IllegalStateException e) {
                            // a signal came before: stop it now, and show what it says until it is gone
                            stopping.set(true);
                            stopper = null;
                            ProcessHandle.of(resident).ifPresent(Relauncher::stop);
                        }
                    }
                    case DaemonFrames.OUT, DaemonFrames.ERR -> {
                        byte[] bytes = in.readNBytes(in.readInt());
                        PrintStream to = kind == DaemonFrames.OUT ? System.out : System.err;
                        to.write(bytes, 0, bytes.length);
                        to.flush();
                    }
                    case DaemonFrames.EXIT -> {
                        answered.set(true);
                        return new Reply(OptionalInt.of(in.readInt()), false);
                    }
                    case DaemonFrames.LOCAL -> {
                        answered.set(true);
                        return Reply.HERE;
                    }
                    case DaemonFrames.PDF_RESIDENT -> {
                        answered.set(true);
                        return new Reply(OptionalInt.empty(), !address.isForPdf());
                    }
                    default -> throw new IOException("unknown frame " + kind);
                }
            }
        } catch (IOException e) {
            if (!begun) {
                return Reply.HERE; // it closed before a word: the work is still to be done
            }
            if (stopping.get()) {
                return new Reply(OptionalInt.of(ExitCode.INTERNAL_ERROR), false); // a signal ends this run; its own exit code wins
            }
            // begun and gone (killed, out of memory): doing the work again here could say it all twice
            System.err.println("pgdocs: the resident JVM stopped before the command ended; its log is "
                    + address.log());
            return new Reply(OptionalInt.of(ExitCode.INTERNAL_ERROR), false);
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

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        List<String> options = new ArrayList<>((address.isForPdf() ? JvmTuning.RESIDENT_PDF : JvmTuning.RESIDENT).options());
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

    /** This JVM's -D options but those of launching: the resident JVM gets them too, and runs with others get another. */
    List<String> properties() {
        List<String> properties = new ArrayList<>();
        for (String argument : jvmArguments) {
            if (argument.startsWith("-D") && !LAUNCH_PROPERTIES.contains(argument.substring(2).split("=", 2)[0])) {
                properties.add(argument);
            }
        }
        return properties;
    }
}
