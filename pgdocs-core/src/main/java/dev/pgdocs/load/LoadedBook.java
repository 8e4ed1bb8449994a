package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;

/**
 * The whole book as one tree, with what it took to make it.
 *
 * @param document    the document node; every element knows its own file, line and column
 * @param master      the file that was loaded
 * @param sourceRoot  the directory nothing may be included from outside of
 * @param files       every source file read, the master first
 * @param diagnostics DTD validity findings, at the line they were written on
 * @param locator     turns nodes of this tree into source locations
 * @param pgVersion   the PostgreSQL version it is built for (pg.version of the stylesheets)
 * @param standIns    missing files that PostgreSQL's build generates, supplied by pgdocs
 * @param leftOut     those of them whose content pgdocs could not make (their inputs are
 *                    not in doc/src/sgml): the book lacks what they would hold
 */
public record LoadedBook(XdmNode document, Path master, Path sourceRoot, List<Path> files,
                         List<Diagnostic> diagnostics, ElementLocator locator, PgVersion pgVersion,
                         List<Path> standIns, List<Path> leftOut) {

    /** Where a node of this book was written, and which element it is (see {@link SourceLocation#element}). */
    public SourceLocation locate(XdmNode node) {
        SourceLocation at = locator.locate(node);
        return new SourceLocation(at.file(), at.line(), at.column(), ElementIdentity.of(node));
    }

    /** The name of a file holding the whole book: the master's, with {@code extension} (postgres.pdf). */
    public String outputName(String extension) {
        return master.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "." + extension;
    }
}
