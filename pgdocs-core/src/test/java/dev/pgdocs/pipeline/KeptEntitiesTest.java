package dev.pgdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.ParsedEntities;
import dev.pgdocs.load.PgVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The resident JVM's loads: unchanged files played back, edited ones parsed, the findings those of a whole parse. */
@Isolated // turns on, for the whole JVM, the keeping of parsed entity files
class KeptEntitiesTest {

    @TempDir
    Path dir;

    @AfterEach
    void stopKeeping() {
        Pipeline.keepNoParsedEntities();
    }

    /** docs-src copied into the test's directory, every file written an hour ago. */
    private Path bookWrittenAnHourAgo() throws IOException {
        Path source = Fixtures.docsSrc().getParent();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Path copy = Files.copy(file, dir.resolve(file.getFileName()));
                Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        return dir.resolve("book.sgml");
    }

    /** A paragraph of bgworker.sgml renamed to an element the DTD lacks: the same size, a validity error. */
    private static void renameAParagraph(Path file) throws IOException {
        String text = Files.readString(file);
        int open = text.indexOf("<para>");
        int close = text.indexOf("</para>", open);
        String edited = text.substring(0, open) + "<parx>" + text.substring(open + 6, close) + "</parx>"
                + text.substring(close + 7);
        assertEquals(text.length(), edited.length());
        Files.writeString(file, edited);
    }

    private static List<String> findings(LoadedBook book) {
        return book.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static LoadedBook wholeParse(Path master) throws Exception {
        return new Pipeline(BookSource.of(master)).load((ParsedEntities) null);
    }

    @Test
    void aBookLoadedAgainPlaysBackItsUnchangedFilesAndParsesTheEditedOne() throws Exception {
        Path master = bookWrittenAnHourAgo();
        Pipeline.keepParsedEntities();
        Pipeline first = new Pipeline(BookSource.of(master));
        LoadedBook parsed = first.load();
        assertEquals(0, first.playedBack(), "nothing kept yet");

        Pipeline second = new Pipeline(BookSource.of(master));
        LoadedBook replayed = second.load();
        assertEquals(3, second.playedBack(), "the three chapters");
        assertEquals(findings(parsed), findings(replayed));
        assertEquals(parsed.document().toString(), replayed.document().toString());

        renameAParagraph(dir.resolve("bgworker.sgml")); // written now
        Pipeline third = new Pipeline(BookSource.of(master));
        LoadedBook edited = third.load();
        assertEquals(2, third.playedBack(), "all but the edited chapter");
        LoadedBook whole = wholeParse(master);
        assertNotEquals(findings(parsed), findings(whole), "the edit is found");
        assertEquals(findings(whole), findings(edited));
        assertEquals(whole.document().toString(), edited.document().toString());
    }

    @Test
    void aFileWrittenJustBeforeItsLoadIsParsedAgainThoughItsStampIsUnchanged() throws Exception {
        Path master = bookWrittenAnHourAgo();
        Path chapter = dir.resolve("bgworker.sgml");
        Files.setLastModifiedTime(chapter, FileTime.from(Instant.now()));
        Pipeline.keepParsedEntities();
        LoadedBook before = new Pipeline(BookSource.of(master)).load();

        // edited within one tick of a coarse clock: the same size, the same time
        FileTime stamp = Files.getLastModifiedTime(chapter);
        renameAParagraph(chapter);
        Files.setLastModifiedTime(chapter, stamp);

        Pipeline again = new Pipeline(BookSource.of(master));
        LoadedBook after = again.load();
        assertEquals(2, again.playedBack(), "the chapter written just before is parsed");
        assertNotEquals(findings(before), findings(after));
        assertEquals(findings(wholeParse(master)), findings(after));
    }

    @Test
    void aChapterDeletedSinceTheLastLoadGetsTheFindingsOfAWholeParse() throws Exception {
        Path master = bookWrittenAnHourAgo();
        Pipeline.keepParsedEntities();
        new Pipeline(BookSource.of(master)).load();
        Files.delete(dir.resolve("bgworker.sgml"));

        LoadException whole = assertThrows(LoadException.class, () -> wholeParse(master));
        LoadException replayed = assertThrows(LoadException.class, () -> new Pipeline(BookSource.of(master)).load());
        assertTrue(whole.diagnostics().stream().anyMatch(d -> d.message().contains("included file not found")),
                whole.diagnostics().toString());
        assertEquals(whole.diagnostics().stream().map(Diagnostic::toString).toList(),
                replayed.diagnostics().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void entitiesAreKeptForOneBookUnderTheSameVersionAndCatalogs() throws Exception {
        Path master = bookWrittenAnHourAgo();
        KeptEntities kept = new KeptEntities();
        BookSource source = BookSource.of(master);
        KeptEntities.Book book = KeptEntities.Book.of(source);
        ParsedEntities entities = kept.take(book);
        LoadedBook loaded = new Pipeline(source).load(entities);
        kept.keep(book, entities, loaded, System.currentTimeMillis());

        BookSource otherVersion = new BookSource(master, List.of(), List.of(), Optional.empty(),
                Optional.of(new PgVersion("18.3")));
        assertNotSame(entities, kept.take(KeptEntities.Book.of(otherVersion)), "another version.sgml");
        assertNotSame(entities, kept.take(book), "taken by the other book, kept for none");

        kept.keep(book, entities, loaded, System.currentTimeMillis());
        assertSame(entities, kept.take(KeptEntities.Book.of(BookSource.of(dir.resolve(".").resolve("book.sgml")))),
                "the same master, however named");
    }

    @Test
    void filesWrittenWithinTheLastSecondsAreTooNewToTrust() throws Exception {
        Path old = Files.writeString(dir.resolve("old.sgml"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(60)));
        Path recent = Files.writeString(dir.resolve("recent.sgml"), "x");
        assertEquals(List.of(recent, dir.resolve("gone.sgml")),
                KeptEntities.tooNew(List.of(old, recent, dir.resolve("gone.sgml")), System.currentTimeMillis()));
        assertTrue(KeptEntities.tooNew(List.of(recent), System.currentTimeMillis() + 60_000).isEmpty());
    }
}
