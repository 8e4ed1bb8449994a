package dev.pgdocs.cli;

import dev.pgdocs.load.PgVersion;
import dev.pgdocs.pipeline.BookSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Parameters;

/** What every command that reads a book accepts. */
public final class BookOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MASTER",
            description = "The master file (a postgres.sgml-style book) or a bare chapter file."
                    + " Default: docs-src/book.sgml.")
    Path master = Path.of("docs-src", "book.sgml");

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "An OASIS XML catalog to consult before the built-in one (repeatable),"
                    + " e.g. for the exact DocBook 4.5 DTD.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "An inventory of another book that links may point into (repeatable),"
                    + " in addition to those named in pgdocs.json beside the master.")
    List<Path> inventories = new ArrayList<>();

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A directory of stylesheets to use instead of the built-in ones, file by file.")
    Path templates;

    @Option(names = "--pg-version", paramLabel = "VERSION", converter = VersionConverter.class,
            description = "The PostgreSQL version the manual is for (e.g. 18.3, 19devel), as PostgreSQL's"
                    + " build passes pg.version: fills in a missing version.sgml and decides whether remarks"
                    + " show (devel versions). Default: version.sgml, else the source tree around the"
                    + " master (configure, meson.build), else devel.")
    PgVersion pgVersion;

    /** A version that cannot be one is a usage error, said as picocli says them. */
    static final class VersionConverter implements ITypeConverter<PgVersion> {
        @Override
        public PgVersion convert(String value) {
            try {
                return PgVersion.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The book these options name, as the pipeline takes it. */
    BookSource source() {
        return new BookSource(master, catalogs, inventories, Optional.ofNullable(templates), Optional.ofNullable(pgVersion));
    }
}
