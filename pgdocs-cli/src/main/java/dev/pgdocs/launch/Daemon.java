package dev.pgdocs.launch;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.launch.DaemonFrames.Request;
import dev.pgdocs.load.FileStamp;
import dev.pgdocs.threads.DaemonThreads;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The resident JVM ({@code PGDOCS_DAEMON=on}): a JVM that stays after a run and does the
 * next runs' work, already started, its classes loaded and its code compiled. A cold JVM
 * spends more than a second of a check of PostgreSQL's manual starting and compiling
 * itself; a warm one checks it in about half a second.
 *
 * <p>It runs one command at a time, with the run's stdout and stderr; a run that finds it
 * busy runs itself. It serves only commands whose work suits its JVM: the quick ones
 * (check, inventory, diff, HTML, man and EPUB builds), or, in a resident JVM of their own
 * beside it ({@link DaemonAddress#forPdf}), PDF builds, to which the quick one sends them;
 * serve still gets a JVM tuned for it. When the run that asked is stopped (Ctrl-C, SIGTERM), it stops this
 * JVM, whose shutdown hooks remove the unfinished output as a run's own JVM would; when
 * that run is gone without a word (kill -9), this JVM stops itself the same way. It
 * leaves after {@link #IDLE} without work, and within seconds once idle when its jar is
 * rebuilt or its working directory removed.
 */
public final class Daemon {

    /** {@code -Dpgdocs.daemon=SOCKET}: this JVM is the resident one listening there. */
    public static final String PROPERTY = "pgdocs.daemon";

    /**
     * How long a resident JVM waits for work before it leaves (its heap is memory the
     * machine wants back). The top command's help says so too.
     */
    static final Duration IDLE = Duration.ofMinutes(15);

    /** This JVM's stdout as it was started: the log file beside the socket. Runs have theirs. */
    private static final PrintStream LOG = System.out;

    /** A JVM's exit code when its main thread ends with an uncaught exception. */
    private static final int UNCAUGHT = 1;

    /** What SIGTERM makes a JVM's exit code, as when the run's own JVM is stopped. */
    private static final int TERMINATED = 128 + 15;

    /**
     * How a run ended here: its exit code, or, when it did nothing, where it is to run: in
     * the run's own JVM ({@link DaemonFrames#LOCAL}) or in the resident JVM for PDF builds
     * ({@link DaemonFrames#PDF_RESIDENT}).
     */
    public record Answer(OptionalInt code, byte elsewhere) {
        /** The run ended here with {@code code}. */
        public static Answer exit(int code) {
            return new Answer(OptionalInt.of(code), (byte) 0);
        }

        /** The command wants a JVM of its own, as if there were no resident JVM. */
        public static final Answer LOCAL = new Answer(OptionalInt.empty(), DaemonFrames.LOCAL);
        /** The command is a PDF build, for the resident JVM that does those. */
        public static final Answer PDF_RESIDENT = new Answer(OptionalInt.empty(), DaemonFrames.PDF_RESIDENT);
    }

    /** Runs one command line in this JVM. */
    public interface Runner {
        /**
         * Runs {@code args} with stdout and stderr as System.out and System.err; returns the
         * exit code, or where the command is to run instead (it has then done nothing).
         */
        Answer run(List<String> args, boolean stderrIsTerminal);

        /** After each run: lets go of what the run alone needed, before this JVM waits. */
        void between();
    }

    private final ServerSocketChannel server;
    private final Path jar;
    private final Optional<FileStamp> jarVersion;
    private final Runner runner;
    private final Path workingDirectory = Path.of("").toAbsolutePath();
    private boolean busy;
    private boolean closing;
    private Instant lastWork = Instant.now();
    /** Set when a run came while the warm-up had this JVM, and was sent to do its own work. */
    private volatile boolean turnedAway;
    /** Set when a run let an error escape: what it leaves behind in this JVM is not to be trusted. */
    private volatile boolean leaveAfterAnswer;

    private Daemon(ServerSocketChannel server, Path jar, Runner runner) {
        this.server = server;
        this.jar = jar;
        this.jarVersion = FileStamp.of(jar);
        this.runner = runner;
    }

    /** What a new resident JVM does before it serves: told, between its rounds, whether to go on. */
    @FunctionalInterface
    public interface WarmUpWork {
        /** Warms this JVM up, stopping early once {@code goOn} says false. */
        void run(BooleanSupplier goOn);
    }

    /** Whether the resident JVM at {@code socket} is the one for PDF builds. */
    public static boolean servesPdf(Path socket) {
        return DaemonAddress.at(socket).isForPdf();
    }

    /**
     * Serves runs at {@code socket} until idle; returns at once when another resident JVM
     * holds that address. {@code mainClass} is the class whose jar this JVM runs.
     */
    public static void serve(Path socket, Class<?> mainClass, Runner runner, WarmUpWork warmUp) throws IOException {
        Path jar = Relauncher.jar(mainClass).orElseThrow(() -> new IOException("not run from a jar"));
        DaemonAddress address = DaemonAddress.at(socket);
        try (FileChannel lockChannel = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // a lock touched just now is a starting JVM's to another's removeStale
            Files.setLastModifiedTime(address.lock(), FileTime.from(Instant.now()));
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                return; // started at the same moment as another, which has the address
            }
            removeStale(address);
            Files.deleteIfExists(socket); // left by a resident JVM that was killed
            // the log (this JVM's stdout, opened to append) is this JVM's alone from here
            try (FileChannel log = FileChannel.open(address.log(), StandardOpenOption.WRITE)) {
                log.truncate(0);
            } catch (IOException e) {
                // started by hand, without the log: nothing to empty
            }
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
                log("listening at " + socket + " in " + Path.of("").toAbsolutePath());
                Daemon daemon = new Daemon(server, jar, runner);
                daemon.warmUp(warmUp);
                daemon.acceptUntilIdle();
            } finally {
                Files.deleteIfExists(socket);
            }
        }
    }

    /**
     * Runs {@code warmUp} (the run that started this JVM has ended: it starts one only
     * then) with its output going nowhere. Runs that come meanwhile find this JVM busy and
     * do their own work, as quickly as they would have without it.
     */
    private void warmUp(WarmUpWork warmUp) {
        take();
        Thread warming = new Thread(() -> {
            try {
                PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
                System.setOut(nowhere);
                System.setErr(nowhere);
                long begun = System.nanoTime();
                warmUp.run(() -> !turnedAway);
                log("warmed up in " + (System.nanoTime() - begun) / 1_000_000 + " ms");
            } finally {
                System.setOut(LOG);
                System.setErr(LOG);
                release();
            }
        }, "pgdocs-daemon-warm-up");
        warming.setDaemon(true);
        warming.start();
    }

    private void acceptUntilIdle() throws IOException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(
                DaemonThreads.named("pgdocs-daemon-idle"));
        clock.scheduleWithFixedDelay(this::leaveIfIdle, 10, 10, TimeUnit.SECONDS);
        try {
            while (true) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (ClosedChannelException e) {
                    return; // closed by leaveIfIdle
                }
                if (!take()) {
                    turnedAway = true;
                    answerLocal(client);
                    continue;
                }
                Thread work = new Thread(() -> {
                    try {
                        serveRun(client);
                    } finally {
                        release();
                    }
                }, "pgdocs-daemon-run");
                work.start();
            }
        } finally {
            clock.shutdownNow();
        }
    }

    /** Takes this JVM for a run; false when it is busy with one, or leaving. */
    private synchronized boolean take() {
        if (busy || closing) {
            return false;
        }
        busy = true;
        return true;
    }

    private void release() {
        runner.between();
        // what the run built is garbage now: give its memory back before waiting
        System.gc();
        synchronized (this) {
            busy = false;
            lastWork = Instant.now();
        }
    }

    private synchronized void leaveIfIdle() {
        if (busy) {
            return;
        }
        String reason = Duration.between(lastWork, Instant.now()).compareTo(IDLE) > 0
                ? "no work for " + IDLE.toMinutes() + " minutes"
                : !FileStamp.of(jar).equals(jarVersion) ? jar + " was rebuilt"
                : workingDirectoryRemoved() ? "its working directory was removed"
                : null;
        if (reason != null) {
            closing = true;
            log("leaving: " + reason);
            try {
                server.close();
            } catch (IOException e) {
                // closing is all that was wanted
            }
        }
    }

    /** Runs one request; any failure to talk to the run leaves it to run itself. */
    private void serveRun(SocketChannel client) {
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(DaemonFrames.input(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(DaemonFrames.output(client)));
            Request request = Request.read(in);
            if (request == null || !Path.of(request.workingDirectory()).equals(workingDirectory)
                    || workingDirectoryRemoved() || !FileStamp.of(jar).equals(jarVersion)) {
                DaemonFrames.send(out, DaemonFrames.LOCAL, 0);
                return;
            }
            DaemonFrames.send(out, DaemonFrames.PID, ProcessHandle.current().pid());
            String command = String.join(" ", request.args());
            log("running " + command);
            long begun = System.nanoTime();
            AtomicBoolean answered = new AtomicBoolean();
            watchForHangUp(in, answered);
            Answer answer = runWithOutputTo(out, request);
            OptionalInt code = answer.code();
            answered.set(true);
            if (shuttingDown()) {
                return; // a signal: the shutdown hooks say the last words, through the run's stderr
            }
            if (code.isEmpty()) {
                log((answer.elsewhere() == DaemonFrames.PDF_RESIDENT ? "left to the resident JVM for PDFs: "
                        : "left to the run, as it wants a JVM of its own: ") + command);
                DaemonFrames.send(out, answer.elsewhere(), 0);
                return;
            }
            log("exit " + code.getAsInt() + " after " + (System.nanoTime() - begun) / 1_000_000 + " ms");
            DaemonFrames.send(out, DaemonFrames.EXIT, code.getAsInt());
            if (code.getAsInt() == ExitCode.OUT_OF_MEMORY || leaveAfterAnswer) {
                log("leaving: the run ran out of memory, or let an error escape");
                System.exit(code.getAsInt());
            }
        } catch (IOException e) {
            log("no answer to a run: " + e.getMessage());
        }
    }

    /**
     * When the run that asked is gone (its socket closes: killed outright), the work it
     * asked for is stopped as a signal would stop it, and this JVM goes with it.
     */
    private static void watchForHangUp(DataInputStream in, AtomicBoolean answered) {
        // (never interrupted: a thread interrupted in a channel's read closes the channel)
        Thread watch = new Thread(() -> {
            try {
                if (in.read() < 0 && !answered.get()) {
                    log("leaving: the run that asked is gone");
                    System.exit(TERMINATED);
                }
            } catch (IOException e) {
                // the socket closed at the end of the run
            }
        }, "pgdocs-daemon-hang-up");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * Runs the request with the run's stdout and stderr. What a run lets escape (a stack
     * overflow on a deep book, a bug) is printed there as a JVM of its own would print it,
     * with the exit code that JVM would have had; this JVM then leaves, as that one would.
     */
    private Answer runWithOutputTo(DataOutputStream out, Request request) {
        PrintStream stdout = new PrintStream(new BufferedOutputStream(DaemonFrames.stream(out, DaemonFrames.OUT)), true);
        PrintStream stderr = new PrintStream(new BufferedOutputStream(DaemonFrames.stream(out, DaemonFrames.ERR)), true);
        System.setOut(stdout);
        System.setErr(stderr);
        boolean escaped = false;
        try {
            return runner.run(request.args(), request.stderrIsTerminal());
        } catch (Throwable t) {
            escaped = true;
            System.err.print("Exception in thread \"main\" ");
            t.printStackTrace();
            return Answer.exit(UNCAUGHT);
        } finally {
            System.out.flush();
            System.err.flush();
            stdout.flush();
            stderr.flush();
            // after a signal the shutdown hooks are still to speak, to the run
            if (!shuttingDown()) {
                System.setOut(LOG);
                System.setErr(LOG);
            }
            if (escaped) {
                leaveAfterAnswer = true;
            }
        }
    }

    /**
     * Whether this JVM's working directory was removed (and perhaps made again at its
     * path): relative paths would then name nothing here. Linux says so in /proc.
     */
    private static boolean workingDirectoryRemoved() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/cwd")).toString().endsWith(" (deleted)");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Whether this JVM is stopping (a signal): then no shutdown hook can be added. */
    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    private static void answerLocal(SocketChannel client) {
        try (client) {
            DaemonFrames.send(new DataOutputStream(DaemonFrames.output(client)), DaemonFrames.LOCAL, 0);
        } catch (IOException e) {
            // the run will find out by itself
        }
    }

    /**
     * Removes what resident JVMs that are gone left beside {@code own}: the socket, lock and
     * log of every address whose lock no one holds (an address is of one jar: each rebuild
     * makes a new one). Not those made in the last minute, whose JVM may be starting.
     */
    private static void removeStale(DaemonAddress own) {
        Instant recent = Instant.now().minus(Duration.ofMinutes(1));
        try (var locks = Files.newDirectoryStream(own.directory(), "*.lock")) {
            for (Path lockFile : locks) {
                DaemonAddress stale = DaemonAddress.at(lockFile.resolveSibling(
                        lockFile.getFileName().toString().replaceFirst("\\.lock$", ".sock")));
                if (lockFile.equals(own.lock()) || recentlyChanged(lockFile, recent) || recentlyChanged(stale.log(), recent)) {
                    continue; // a JVM starting: its run made the log, it touches the lock
                }
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                     FileLock held = channel.tryLock()) {
                    if (held != null) {
                        Files.deleteIfExists(stale.socket());
                        Files.deleteIfExists(stale.log());
                        Files.deleteIfExists(stale.lock());
                    }
                }
            }
        } catch (IOException e) {
            log("could not remove what earlier resident JVMs left: " + e.getMessage());
        }
    }

    private static boolean recentlyChanged(Path file, Instant since) throws IOException {
        return Files.exists(file) && Files.getLastModifiedTime(file).toInstant().isAfter(since);
    }

    /** A line in the resident JVM's log (its stdout between runs: the file beside its socket). */
    private static void log(String line) {
        LOG.println(Instant.now() + " " + line);
    }
}
