package dev.pgdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @Test
    void aSaveSeenWhileWorkCouldWaitIsStillReturnedByNext(@TempDir Path dir) throws Exception {
        Path chapter = Files.writeString(dir.resolve("chapter.sgml"), "<chapter/>");
        Path other = Files.writeString(dir.resolve("notes.txt"), "not part of the book");
        try (SourceWatcher watcher = new SourceWatcher()) {
            watcher.watch(Set.of(chapter), Set.of());
            assertFalse(watcher.changedMeanwhile(), "nothing saved yet");
            Files.writeString(other, "edited, but not watched");
            Files.writeString(chapter, "<chapter><para/></chapter>");
            long until = System.nanoTime() + 10_000_000_000L; // the JDK's polling watcher may take seconds
            while (!watcher.changedMeanwhile() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue(watcher.changedMeanwhile(), "the save is seen without waiting in next()");
            assertEquals(Set.of(chapter.toAbsolutePath().normalize()), watcher.next(), "and next() returns it");
        }
    }

    @Test
    void quietMeansNoWatchedFileChangedAndASaveMeanwhileIsKeptForNext(@TempDir Path dir) throws Exception {
        Path chapter = Files.writeString(dir.resolve("chapter.sgml"), "<chapter/>");
        Path other = Files.writeString(dir.resolve("notes.txt"), "not part of the book");
        try (SourceWatcher watcher = new SourceWatcher()) {
            watcher.watch(Set.of(chapter), Set.of());
            Files.writeString(other, "edited, but not watched");
            assertTrue(watcher.quietFor(200), "another file of the directory changes nothing");
            Files.writeString(chapter, "<chapter><para/></chapter>");
            assertFalse(watcher.quietFor(10_000), "a save ends the quiet"); // (the JDK's polling watcher may take seconds)
            assertEquals(Set.of(chapter.toAbsolutePath().normalize()), watcher.next(), "and next() returns it");
        }
        SourceWatcher closed = new SourceWatcher();
        closed.close();
        assertFalse(closed.quietFor(10), "a closed watcher has nothing to be quiet for");
    }
}
