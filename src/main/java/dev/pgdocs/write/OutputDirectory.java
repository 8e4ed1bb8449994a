package dev.pgdocs.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An output directory that is replaced whole or not at all. A build writes into a
 * staging directory beside it; only a finished build is renamed into place, and the
 * previous one removed after. An interrupted or failed build leaves the last good
 * output untouched. pgdocs marks what it made, and will not replace a non-empty
 * directory it did not make unless forced.
 */
public final class OutputDirectory implements AutoCloseable {

    /** The file that marks a directory as pgdocs output. */
    public static final String MARKER = ".pgdocs-output";

    private final Path target;
    private final Path staging;
    private final Thread cleanup;
    private boolean published;

    private OutputDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
        this.cleanup = new Thread(this::discard, "pgdocs-cleanup");
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
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".pgdocs-staging-");
        return new OutputDirectory(abs, staging);
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

    /** Moves the finished build into place, marked as pgdocs', and removes the previous one. */
    public void publish() throws IOException {
        publish(true);
    }

    /**
     * Moves the finished build into place and removes the previous one; unmarked for an
     * HTML site whose every file is imported (the website style: postgresql.org's
     * importer would load the marker as a page). Such a site is known by its index.html.
     */
    public void publish(boolean marked) throws IOException {
        if (marked) {
            Files.writeString(staging.resolve(MARKER), "Made by pgdocs; replaced whole on every build.\n");
        }
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".pgdocs-old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        published = true;
        if (old != null) {
            deleteTree(old);
        }
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

    private synchronized void discard() {
        if (!published) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // best effort: a staging directory left behind is hidden and harmless
            }
        }
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
