package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
 * reached through a linked directory, to a file outside it (real paths are compared). A missing file that PostgreSQL's build generates (version.sgml, the
 * error code and keyword tables, ...) is not an error: a git checkout's doc/src/sgml
 * lacks them. It is replaced, with a warning, by what keeps the book valid: version.sgml
 * by the version given or found in the source tree, a table by no rows.
 */
final class OfflineEntityResolver implements EntityResolver {

    private final Catalog catalog;
    private final Path sourceRoot;
    private final Supplier<Locator> locator;
    private final Collection<Path> filesRead;
    private final PgVersion version;
    private final Supplier<String> parentElement;
    private final Consumer<Diagnostic> report;
    private final List<Path> standIns = new ArrayList<>();
    private final List<Path> leftOut = new ArrayList<>();

    /**
     * @param version       the version to write into a missing version.sgml, null to look for it
     * @param parentElement the element open where the parser is, null in the DTD
     * @param report        where warnings about missing generated files go
     */
    OfflineEntityResolver(Catalog catalog, Path sourceRoot, Supplier<Locator> locator, Collection<Path> filesRead,
                          PgVersion version, Supplier<String> parentElement, Consumer<Diagnostic> report) {
        this.catalog = catalog;
        this.sourceRoot = sourceRoot;
        this.locator = locator;
        this.filesRead = filesRead;
        this.version = version;
        this.parentElement = parentElement;
        this.report = report;
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
            throw refuse("cannot read entity with malformed system identifier \"" + systemId + "\"");
        }
        if (!"file".equals(uri.getScheme())) {
            throw refuse("refusing to fetch " + systemId
                    + (publicId == null ? "" : " (" + publicId + ")")
                    + ": pgdocs works offline; map the identifier to a local file with --catalog");
        }
        Path file = Path.of(uri).normalize();
        if (!file.startsWith(sourceRoot)) {
            throw refuse("refusing to read " + file + ": it is outside the source root " + sourceRoot);
        }
        if (RealPaths.leaves(sourceRoot, file)) {
            throw refuse("refusing to read " + file + ": it is a link to " + RealPaths.of(file)
                    + ", outside the source root " + RealPaths.of(sourceRoot));
        }
        if (!Files.isRegularFile(file)) {
            var generated = GeneratedFile.of(file);
            if (generated.isEmpty()) {
                throw refuse("included file not found: " + sourceRoot.relativize(file));
            }
            return standIn(file, generated.get());
        }
        filesRead.add(file);
        return new InputSource(file.toUri().toString());
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

    private SAXParseException refuse(String message) {
        return new SAXParseException(message, locator.get());
    }
}
