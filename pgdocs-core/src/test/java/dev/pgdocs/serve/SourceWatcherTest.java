package dev.pgdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {

    @TempDir
    Path dir;
    /** The book's one file, which the watcher watches, and another file beside it, which it does not. */
    private Path chapter;
    private Path other;

    @BeforeEach
    void files() throws Exception {
        chapter = Files.writeString(dir.resolve("chapter.sgml"), "<chapter/>");
        other = Files.writeString(dir.resolve("notes.txt"), "not part of the book");
    }

    private SourceWatcher watchingTheChapter() throws Exception {
        SourceWatcher watcher = new SourceWatcher();
        watcher.watch(Set.of(chapter), Set.of());
        return watcher;
    }

    @Test
    void aSaveSeenWhileWorkCouldWaitIsStillReturnedByNext() throws Exception {
        try (SourceWatcher watcher = watchingTheChapter()) {
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
    void quietMeansNoWatchedFileChangedAndASaveMeanwhileIsKeptForNext() throws Exception {
        try (SourceWatcher watcher = watchingTheChapter()) {
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
