package dev.pgdocs.load;

import java.net.URI;
import java.nio.file.Path;

/** System identifiers as the parser reports them, turned back into file paths. */
final class SystemIds {

    private SystemIds() {
    }

    /** The path of a {@code file:} URI; other identifiers (jar: entries) are kept as text. */
    static Path toPath(String systemId) {
        if (systemId == null || systemId.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(systemId);
            return "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(systemId);
        } catch (IllegalArgumentException e) {
            return Path.of(systemId);
        }
    }
}
