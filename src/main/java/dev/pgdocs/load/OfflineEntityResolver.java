package dev.pgdocs.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Supplier;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;

/**
 * Resolves every external entity without the network: catalog entries first, then
 * files below the source root. A system identifier that would need the network, or a
 * file outside the source root (an XXE attempt, or a typo), is refused at the line that
 * asked for it.
 */
final class OfflineEntityResolver implements EntityResolver {

    private final Catalog catalog;
    private final Path sourceRoot;
    private final Supplier<Locator> locator;
    private final Collection<Path> filesRead;

    OfflineEntityResolver(Catalog catalog, Path sourceRoot, Supplier<Locator> locator, Collection<Path> filesRead) {
        this.catalog = catalog;
        this.sourceRoot = sourceRoot;
        this.locator = locator;
        this.filesRead = filesRead;
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
        if (!Files.isRegularFile(file)) {
            throw refuse("included file not found: " + sourceRoot.relativize(file));
        }
        filesRead.add(file);
        return new InputSource(file.toUri().toString());
    }

    /** Notes files whose content was played back rather than read: the book is made of them too. */
    void read(Collection<Path> files) {
        filesRead.addAll(files);
    }

    private SAXParseException refuse(String message) {
        return new SAXParseException(message, locator.get());
    }
}
