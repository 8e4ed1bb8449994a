package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * Resolves every external entity without the network: catalog entries first, then
 * files below the source root. A system identifier that would need the network, or a
 * file outside the source root (an XXE attempt, or a typo), is refused at the line that
 * asked for it; so is a file whose name is below the root but which is a link, or is
 * reached through a linked directory, to a file outside it (real paths are compared).
 * Such a refusal, or a missing or unreadable file, in the book's content is reported and
 * the entity left out, so that the parse goes on. A missing file that PostgreSQL's build
 * generates (version.sgml, the error code and keyword tables, ...) is not an error: a git
 * checkout's doc/src/sgml lacks them. It is replaced, with a warning, by what keeps the book valid: version.sgml
 * by the version given or found in the source tree, a table by no rows.
 */
final class OfflineEntityResolver implements EntityResolver {

    private static final String LEFT_OUT = "pgdocs:left-out";

    private final Catalog catalog;
    private final Path sourceRoot;
    private final Supplier<Locator> locator;
    private final Collection<Path> filesRead;
    private final PgVersion version;
    private final Supplier<String> parentElement;
    private final Consumer<Diagnostic> report;
    private final List<Path> standIns = new ArrayList<>();
    private final List<Path> leftOut = new ArrayList<>();
    private final Set<Path> broken;
    private final Set<Path> contentFiles = new HashSet<>();

    /**
     * @param version       the version to write into a missing version.sgml, null to look for it
     * @param parentElement the element open where the parser is, null in the DTD
     * @param report        where warnings about missing generated files, and the files that
     *                      cannot be read, go
     * @param broken        entity files that stopped an earlier parse: left out, already reported
     */
    OfflineEntityResolver(Catalog catalog, Path sourceRoot, Supplier<Locator> locator, Collection<Path> filesRead,
                          PgVersion version, Supplier<String> parentElement, Consumer<Diagnostic> report,
                          Set<Path> broken) {
        this.catalog = catalog;
        this.sourceRoot = sourceRoot;
        this.locator = locator;
        this.filesRead = filesRead;
        this.version = version;
        this.parentElement = parentElement;
        this.report = report;
        this.broken = broken;
    }

    /** The missing generated files that were stood in for. */
    List<Path> standIns() {
        return standIns;
    }

    /** Those of them whose content could not be made: the book lacks it. */
    List<Path> leftOut() {
        return leftOut;
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXParseException {
        var mapped = catalog.resolve(publicId, systemId);
        if (mapped.isPresent()) {
            InputSource source = new InputSource(mapped.get());
            source.setPublicId(publicId);
            return source;
        }
        URI uri;
        try {
            uri = new URI(systemId);
        } catch (URISyntaxException | NullPointerException e) {
            return unreadable(systemId, "cannot read entity with malformed system identifier \"" + systemId + "\"");
        }
        if (!"file".equals(uri.getScheme())) {
            return unreadable(systemId, "refusing to fetch " + systemId
                    + (publicId == null ? "" : " (" + publicId + ")")
                    + ": pgdocs works offline; map the identifier to a local file with --catalog");
        }
        if (uri.getRawFragment() != null) {
            // XML forbids a fragment in a system identifier; a '#' in a file name must be written %23
            return unreadable(systemId, "cannot read \"" + systemId + "\": a system identifier names a whole "
                    + "file and cannot have a fragment (#" + uri.getRawFragment() + "); write a '#' in a file name as %23");
        }
        Path file;
        try {
            file = Path.of(uri).normalize();
        } catch (IllegalArgumentException e) { // a host or a query: not a file on this machine
            return unreadable(systemId, "cannot read \"" + systemId + "\": it is not a local file ("
                    + e.getMessage() + ")");
        }
        if (!file.startsWith(sourceRoot)) {
            return unreadable(systemId, "refusing to read " + file + ": it is outside the source root " + sourceRoot);
        }
        if (RealPaths.leaves(sourceRoot, file)) {
            return unreadable(systemId, "refusing to read " + file + ": it is a link to " + RealPaths.of(file)
                    + ", outside the source root " + RealPaths.of(sourceRoot));
        }
        if (!Files.exists(file)) {
            var generated = GeneratedFile.of(file);
            if (generated.isEmpty()) {
                return unreadable(systemId, "included file not found: " + sourceRoot.relativize(file));
            }
            return standIn(file, generated.get());
        }
        boolean inContent = parentElement.get() != null;
        if (inContent) {
            contentFiles.add(file);
        }
        filesRead.add(file);
        if (broken.contains(file)) {
            return blank(systemId); // its problem is reported already
        }
        if (Files.isDirectory(file)) {
            return unreadable(systemId, "cannot read " + sourceRoot.relativize(file) + ": it is a directory");
        }
        InputStream in;
        try {
            in = Files.newInputStream(file); // opened here, so that failing to is reported as such
        } catch (IOException e) {
            return unreadable(systemId, "cannot read " + sourceRoot.relativize(file) + ": " + ReadFailure.reason(e));
        }
        InputSource source = new InputSource(in);
        source.setSystemId(file.toUri().toString());
        return source;
    }

    /** The entity files included in the book's content (not in its DTD): each can be left out on its own. */
    Set<Path> contentFiles() {
        return contentFiles;
    }

    /**
     * An entity that cannot be read. In the book's content it is reported and left out,
     * and the parse goes on, to find every such problem in one run; in the DTD (a file of
     * declarations) what follows depends on it, and the parse stops.
     */
    private InputSource unreadable(String systemId, String message) throws SAXParseException {
        String parent = parentElement.get();
        if (parent == null) {
            throw new SAXParseException(message, locator.get());
        }
        report.accept(Diagnostic.error(here(), SourceLoader.LOAD_RULE, message));
        return blank(systemId);
    }

    /** Text in place of an entity that is left out: the least its place needs (see {@link GeneratedFile#standIn}). */
    private InputSource blank(String systemId) {
        InputSource source = new InputSource(new StringReader(GeneratedFile.standIn(parentElement.get())));
        source.setSystemId(systemId);
        // marks the text as not a file's, so that it is neither recorded nor watched
        source.setPublicId(LEFT_OUT);
        return source;
    }

    /** Whether the resolver gave this in place of an entity it left out: the content around it is not whole. */
    static boolean leftOut(InputSource source) {
        return LEFT_OUT.equals(source.getPublicId());
    }

    /** Notes files whose content was played back rather than read: the book is made of them too. */
    void read(Collection<Path> files) {
        filesRead.addAll(files);
    }

    private InputSource standIn(Path file, GeneratedFile generated) {
        standIns.add(file);
        SourceLocation at = here();
        String text;
        if (generated.name().equals(GeneratedFile.VERSION)) {
            PgVersion v = version != null ? version : PgVersion.ofSourceTree(file.getParent()).orElse(null);
            if (v == null) {
                v = PgVersion.DEVEL;
                report.accept(LoadRules.VERSION_MISSING.at(at, "version.sgml is missing and no"
                        + " version was given: the manual says \"devel\"; give it with --pg-version (e.g."
                        + " --pg-version 18.3), as PostgreSQL's build does with configure"));
            }
            text = v.versionSgml();
        } else {
            Optional<String> made = generated.name().equals(TargetsMesonSgml.FILE) ? madeFromInput(file)
                    : Optional.empty();
            if (made.isPresent()) {
                text = made.get();
            } else {
                leftOut.add(file);
                report.accept(LoadRules.GENERATED_MISSING.at(at, sourceRoot.relativize(file)
                        + " is missing: PostgreSQL's build generates it (" + generated.origin() + ");"
                        + " its content is left out"));
                text = GeneratedFile.standIn(parentElement.get());
            }
        }
        InputSource source = new InputSource(new StringReader(text));
        source.setSystemId(file.toUri().toString());
        // marks the text as not a file's, so that it is neither recorded nor watched
        source.setPublicId("pgdocs:generated:" + generated.name());
        return source;
    }

    private static Optional<String> madeFromInput(Path file) {
        try {
            return TargetsMesonSgml.generate(file);
        } catch (IOException e) {
            return Optional.empty(); // unreadable input: left out, with the warning that says so
        }
    }

    private SourceLocation here() {
        Locator at = locator.get();
        Path file = at == null ? sourceRoot : SystemIds.toPath(at.getSystemId());
        return at == null ? SourceLocation.of(file)
                : new SourceLocation(file, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0));
    }

}
