package dev.pgdocs.pipeline;

import dev.pgdocs.load.PgVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a book is read from: the master file and what the command line adds to it. The
 * pipeline's input, the same for every command.
 *
 * @param master      the master file (or a bare chapter)
 * @param catalogs    XML catalogs consulted before the built-in one
 * @param inventories other books' inventories that links may point into, after pgdocs.json's
 * @param templates   a directory of stylesheets overriding the built-in ones, file by file
 * @param pgVersion   the PostgreSQL version, when the command line gives it
 */
public record BookSource(Path master, List<Path> catalogs, List<Path> inventories, Optional<Path> templates,
                         Optional<PgVersion> pgVersion) {

    public BookSource {
        catalogs = List.copyOf(catalogs);
        inventories = List.copyOf(inventories);
    }

    /** The master alone, with nothing added. */
    public static BookSource of(Path master) {
        return new BookSource(master, List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** The same book read from another master file (the other side of a review). */
    public BookSource withMaster(Path otherMaster) {
        return new BookSource(otherMaster, catalogs, inventories, templates, pgVersion);
    }
}
