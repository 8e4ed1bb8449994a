package dev.pgdocs.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the files a book is made of, and the files under whole directories (the
 * templates), and hands over the set that changed. The JDK's watch service watches
 * directories, so the parents of the files are watched and other files in them are
 * ignored. Editors save in bursts (write, rename, touch), so changes arriving within
 * a short quiet period are handed over as one set.
 */
public final class SourceWatcher implements AutoCloseable {

    /** How long to wait for more changes after one arrives. */
    private static final long QUIET_MILLIS = 25;

    private final WatchService service;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private volatile Set<Path> files = Set.of();
    private volatile Set<Path> trees = Set.of();
    /** Changes seen by {@link #changedMeanwhile} and not yet returned by {@link #next}. */
    private final Set<Path> seen = new LinkedHashSet<>();

    public SourceWatcher() throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
    }

    /** Watches exactly these files and every file under these directories from now on. */
    public synchronized void watch(Set<Path> watchedFiles, Set<Path> watchedTrees) throws IOException {
        Set<Path> normalized = new HashSet<>();
        watchedFiles.forEach(f -> normalized.add(f.toAbsolutePath().normalize()));
        Set<Path> treeRoots = new HashSet<>();
        watchedTrees.forEach(t -> treeRoots.add(t.toAbsolutePath().normalize()));
        Set<Path> dirs = new HashSet<>();
        normalized.forEach(f -> dirs.add(f.getParent()));
        for (Path tree : treeRoots) {
            dirs.add(tree);
            try (Stream<Path> walk = Files.walk(tree)) {
                walk.filter(Files::isDirectory).forEach(dirs::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // a directory went away mid-walk (a checkout, an editor's swap files): watch what was found
            }
        }
        for (var it = keys.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (!dirs.contains(entry.getKey())) {
                entry.getValue().cancel();
                it.remove();
            }
        }
        for (Path dir : dirs) {
            if (!keys.containsKey(dir) && Files.isDirectory(dir)) {
                try {
                    keys.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE));
                } catch (IOException e) {
                    // gone since it was listed
                }
            }
        }
        this.files = Set.copyOf(normalized);
        this.trees = Set.copyOf(treeRoots);
    }

    /**
     * Waits until watched files change and returns them; empty when the watcher was
     * closed.
     */
    public Set<Path> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>(seen);
        seen.clear();
        try {
            while (changed.isEmpty()) {
                collect(service.take(), changed);
            }
            WatchKey more;
            while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                collect(more, changed);
            }
        } catch (ClosedWatchServiceException e) {
            return Set.of();
        }
        return changed;
    }

    /**
     * Whether watched files changed since the last {@link #next}, without waiting: work
     * that can wait (serve's warm-up) stops for a save. {@link #next} returns them.
     */
    public boolean changedMeanwhile() {
        try {
            WatchKey key;
            while ((key = service.poll()) != null) {
                collect(key, seen);
            }
        } catch (ClosedWatchServiceException e) {
            return true; // closing: nothing more to warm up for
        }
        return !seen.isEmpty();
    }

    /**
     * Waits up to {@code millis} for watched files to change; whether none did (or the
     * watcher was closed: then there is nothing to wait for). {@link #next} returns those
     * that did.
     */
    public boolean quietFor(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            while (seen.isEmpty()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                WatchKey key = service.poll(left, TimeUnit.NANOSECONDS);
                if (key != null) {
                    collect(key, seen); // (other files of the directory do not count)
                }
            }
            return false;
        } catch (ClosedWatchServiceException e) {
            return false;
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path file = dir.resolve(name);
                if (files.contains(file) || trees.stream().anyMatch(file::startsWith)) {
                    changed.add(file);
                }
            } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(files); // events were lost: assume everything changed
                changed.addAll(trees);
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
