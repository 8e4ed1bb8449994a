package dev.pgdocs.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An output directory that is replaced whole or not at all. A build writes into a
 * staging directory beside it; only a finished build is renamed into place, and the
 * previous one removed after. A failed build, or one stopped by SIGINT or SIGTERM,
 * leaves the last good output untouched and its staging directory removed; what a
 * killed build (kill -9) left beside the output, the next build removes. pgdocs marks
 * what it made, and will not replace a non-empty directory it did not make unless forced.
 *
 * <p>Beside the output {@code NAME}, pgdocs makes two kinds of directory, and removes
 * nothing else: {@code .NAME.pgdocs-staging-PID-N}, the build in progress, and
 * {@code .NAME.pgdocs-old-PID-N}, an output on its way out; PID is the process that
 * made it, so that a build never removes another's that is still running.
 */
public final class OutputDirectory implements AutoCloseable {

    /** The file that marks a directory as pgdocs output. */
    public static final String MARKER = ".pgdocs-output";

    private static final String STAGING = "staging";
    private static final String OLD = "old";

    /** Set once a signal has stopped a build: what fails after it is its consequence, not news. */
    private static volatile boolean interrupted;

    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private final List<Runnable> writers = new CopyOnWriteArrayList<>();
    private boolean published;
    private boolean discarded;

    private OutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        // SIGINT and SIGTERM run the JVM's shutdown hooks, then end it with 130 or 143
        this.cleanup = new Thread(this::interrupt, "pgdocs-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Prepares to replace {@code target}.
     *
     * @throws OutputRefusedException when target is a non-empty directory (or a file) that
     *                                pgdocs did not make, and force is off
     */
    public static OutputDirectory prepare(Path target, boolean force) throws IOException, OutputRefusedException {
        refuseUnsafe(target, (Path) null);
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !force) {
            if (!Files.isDirectory(abs)) {
                throw new OutputRefusedException(abs + " exists and is not a directory; use --force to replace it");
            }
            boolean empty;
            try (Stream<Path> entries = Files.list(abs)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(abs.resolve(MARKER)) && !unmarkedSite(abs)) {
                throw new OutputRefusedException(abs + " is not empty and was not made by pgdocs;"
                        + " choose another -o or use --force to replace it");
            }
        }
        try {
            Files.createDirectories(abs.getParent());
            removeLeftovers(abs);
            return new OutputDirectory(abs, sibling(abs, STAGING));
        } catch (IOException e) {
            throw new OutputWriteException(abs, e);
        }
    }

    /** Whether a signal (SIGINT, SIGTERM) has stopped a build in this process. */
    public static boolean interrupted() {
        return interrupted;
    }

    /**
     * Makes a new directory beside {@code target}, named as pgdocs' of {@code kind}. Its
     * permissions are what any directory a program makes gets (rwxr-xr-x under the usual
     * umask), not a temporary directory's owner-only ones: it becomes the published output,
     * which a web server running as another user must read.
     */
    private static Path sibling(Path target, String kind) throws IOException {
        String prefix = "." + target.getFileName() + ".pgdocs-" + kind + "-" + ProcessHandle.current().pid() + "-";
        FileAttribute<?>[] normal = target.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx"))}
                : new FileAttribute<?>[0];
        return Files.createTempDirectory(target.getParent(), prefix, normal);
    }

    /**
     * Removes the staging and old directories that earlier runs left beside {@code target}
     * when they could not clean up (killed, or the machine stopped), by the names pgdocs
     * gives them and only when the process that made them is gone. Names from before they
     * carried the process (no PID) are taken as left behind.
     */
    private static void removeLeftovers(Path target) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote("." + target.getFileName() + ".pgdocs-")
                + "(?:" + STAGING + "|" + OLD + ")-(?:(\\d{1,18})-)?\\d+");
        List<Path> siblings;
        try (Stream<Path> list = Files.list(target.getParent())) {
            siblings = list.toList();
        }
        for (Path dir : siblings) {
            Matcher name = ours.matcher(dir.getFileName().toString());
            if (name.matches() && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && !ownerRunning(name.group(1), dir)) {
                try {
                    deleteTree(dir);
                } catch (IOException e) {
                    // the next build tries again; this one does not depend on it
                }
            }
        }
    }

    /**
     * Whether the process {@code pid} that named {@code dir} still runs. A process of that
     * id that started after the directory last changed is another one, the id reused.
     */
    private static boolean ownerRunning(String pid, Path dir) throws IOException {
        if (pid == null) {
            return false;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        if (owner.isEmpty()) {
            return false;
        }
        Optional<Instant> started = owner.get().info().startInstant();
        Instant changed = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant();
        return started.isEmpty() || !started.get().isAfter(changed);
    }

    /**
     * Refuses, even with --force, an output directory whose replacement would delete what
     * must survive: one that is, or contains, the source root (the master's directory),
     * the current directory, the home directory or the file system root. Paths are
     * compared as real paths, symbolic links resolved, so that a link cannot get round it.
     *
     * @param master the book's master file, or null when there is none to protect
     */
    public static void refuseUnsafe(Path target, Path master) throws IOException, OutputRefusedException {
        Map<Path, String> kept = new LinkedHashMap<>();
        if (master != null) {
            kept.put(master.toAbsolutePath().normalize().getParent(), "the source root (the directory of "
                    + master.getFileName() + ")");
        }
        kept.put(Path.of("").toAbsolutePath(), "the current directory");
        String home = System.getProperty("user.home");
        if (home != null && !home.isEmpty() && !home.equals("?")) {
            kept.put(Path.of(home), "the home directory");
        }
        refuseUnsafeAgainst(target, kept);
    }

    /** The check behind {@link #refuseUnsafe(Path, Path)}, with the directories to keep and what each is. */
    static void refuseUnsafeAgainst(Path target, Map<Path, String> kept) throws IOException, OutputRefusedException {
        Path out = realPath(target);
        if (out.getParent() == null) {
            throw new OutputRefusedException("refusing -o " + target + ": it is the file system root;"
                    + " replacing it would delete everything (--force does not override this)");
        }
        Map<Path, String> real = new LinkedHashMap<>();
        for (Map.Entry<Path, String> entry : kept.entrySet()) {
            real.putIfAbsent(realPath(entry.getKey()), entry.getValue());
        }
        // what the directory is says more than what it holds: equal ones first
        List<Map.Entry<Path, String>> ordered = new ArrayList<>(real.entrySet());
        ordered.sort(Comparator.comparing(entry -> !entry.getKey().equals(out)));
        for (Map.Entry<Path, String> entry : ordered) {
            Path keep = entry.getKey();
            if (keep.startsWith(out)) {
                String how = keep.equals(out) ? "it is " + entry.getValue()
                        : "it contains " + entry.getValue() + ", " + keep;
                throw new OutputRefusedException("refusing -o " + target + ": " + how
                        + "; replacing it would delete " + (entry.getValue().startsWith("the source root")
                        ? "the sources" : "it") + " (--force does not override this); choose another directory");
            }
        }
    }

    /** The real path of p, or of its nearest existing ancestor with the rest appended. */
    static Path realPath(Path p) throws IOException {
        Path abs = p.toAbsolutePath(); // not normalized: "link/.." is the link's target's parent
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    }

    /** Where the build writes; nothing there is visible at the target until {@link #publish()}. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /**
     * Registers how to stop a thread that writes into the staging directory: run before
     * the directory is removed, on failure or on SIGINT/SIGTERM, so that nothing is
     * written into it after.
     */
    public void onDiscard(Runnable stopWriter) {
        writers.add(stopWriter);
    }

    /** Moves the finished build into place, marked as pgdocs', and removes the previous one. */
    public void publish() throws IOException {
        publish(true);
    }

    /**
     * Moves the finished build into place and removes the previous one; unmarked for an
     * HTML site whose every file is imported (the website style: postgresql.org's
     * importer would load the marker as a page). Such a site is known by its index.html.
     */
    public synchronized void publish(boolean marked) throws IOException {
        if (discarded) {
            throw new InterruptedIOException("interrupted: " + target + " not replaced");
        }
        Path old = null;
        try {
            if (marked) {
                Files.writeString(staging.resolve(MARKER), "Made by pgdocs; replaced whole on every build.\n");
            }
            if (Files.exists(target)) {
                old = unusedSibling(target, OLD);
                move(target, old);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target); // the previous output stays
                }
                throw e;
            }
        } catch (IOException e) {
            throw new OutputWriteException(target, e);
        }
        published = true;
        if (old != null) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                // published; what is left of the previous output is a leftover the next build removes
            }
        }
    }

    /** A name for a new sibling of {@code kind}, not yet taken. */
    private static Path unusedSibling(Path target, String kind) throws IOException {
        Path name = sibling(target, kind);
        Files.delete(name);
        return name;
    }

    /** An HTML site pgdocs wrote without the marker: its index.html names pgdocs as generator. */
    private static boolean unmarkedSite(Path dir) throws IOException {
        Path index = dir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            return false;
        }
        byte[] head;
        try (var in = Files.newInputStream(index)) {
            head = in.readNBytes(4096);
        }
        return new String(head, java.nio.charset.StandardCharsets.UTF_8).contains("<meta name=\"generator\" content=\"pgdocs\"");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Removes the staging directory unless it was published. */
    @Override
    public void close() {
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
    }

    /** The shutdown hook: SIGINT or SIGTERM stopped the build. */
    private void interrupt() {
        interrupted = true;
        if (discard()) {
            System.err.println("pgdocs: interrupted; nothing published, " + target + " is unchanged");
        }
    }

    /**
     * Stops the writers and removes the staging directory, unless it was published;
     * whether it removed it. The staging directory is renamed first: the thread that
     * renders cannot be stopped, and whatever it writes after finds no directory, rather
     * than adding files to one being deleted.
     */
    private synchronized boolean discard() {
        if (published || discarded) {
            return false;
        }
        discarded = true;
        writers.forEach(Runnable::run);
        Path doomed;
        try {
            doomed = unusedSibling(target, OLD);
            move(staging, doomed);
        } catch (IOException e) {
            doomed = staging; // removed where it is, then
        }
        try {
            deleteTree(doomed);
        } catch (IOException e) {
            // left under pgdocs' name: the next build removes it
        }
        return true;
    }

    /** Deletes a directory and everything in it; nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (DirectoryNotEmptyException e) {
                    // raced with a writer; the outer call reports nothing, the next build retries
                }
            }
        }
    }
}
