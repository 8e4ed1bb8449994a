package dev.pgdocs.pipeline;

import dev.pgdocs.load.FileStamp;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.ParsedEntities;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The parsed entity files of the last book a resident JVM loaded, kept for its next run
 * of the same book: that run plays back the files whose stamps are unchanged instead of
 * parsing them, as serve does after a save ({@link ParsedEntities} says how, and why the
 * result is the same as a whole parse).
 *
 * <p>Serve's watcher tells it which files changed; a resident JVM has only the stamps. A
 * file system whose times are coarse (a second, or two on FAT) would give a file edited
 * twice within one tick the same stamp. So a file written less than {@link #RECENT} before
 * the load ended is parsed again next time, whatever its stamp says, as git treats an
 * index entry as racy when the file's time is as new as the index.
 */
final class KeptEntities {

    /** How new a file's time may be, at the end of the load that recorded it, for its record to be trusted. */
    static final Duration RECENT = Duration.ofSeconds(3);

    /**
     * What else the parse depends on: the master, the catalogs (their list and their
     * stamps: an edited catalog may resolve an entity to another file) and the
     * PostgreSQL version whose version.sgml pgdocs makes.
     */
    record Book(Path master, List<Path> catalogs, List<Optional<FileStamp>> catalogStamps,
                Optional<String> pgVersion) {

        static Book of(BookSource source) {
            return new Book(source.master().toAbsolutePath().normalize(), source.catalogs(),
                    source.catalogs().stream().map(FileStamp::of).toList(),
                    source.pgVersion().map(v -> v.version()));
        }
    }

    private Book book;
    private ParsedEntities entities;

    /**
     * The entities kept for {@code wanted}, taken out (a run beside it, if the resident JVM
     * ever runs two, parses whole), or new ones when the kept ones are of another book.
     */
    synchronized ParsedEntities take(Book wanted) {
        ParsedEntities taken = wanted.equals(book) && entities != null ? entities : new ParsedEntities();
        book = null;
        entities = null;
        return taken;
    }

    /** Keeps what a load of {@code loadedBook} recorded, less the files too new to trust, until the next run. */
    synchronized void keep(Book loadedBook, ParsedEntities recorded, LoadedBook loaded, long endedMillis) {
        recorded.forget(tooNew(loaded.files(), endedMillis));
        book = loadedBook;
        entities = recorded;
    }

    /** The files written less than {@link #RECENT} before {@code endedMillis} (or unreadable now). */
    static List<Path> tooNew(Collection<Path> files, long endedMillis) {
        long trustedBefore = TimeUnit.MILLISECONDS.toNanos(endedMillis - RECENT.toMillis());
        return files.stream()
                .filter(f -> FileStamp.of(f).map(s -> s.modifiedNanos() >= trustedBefore).orElse(true))
                .collect(Collectors.toList());
    }
}
