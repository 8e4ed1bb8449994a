package dev.pgdocs.load;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;

/** System identifiers as the parser reports them, turned back into file paths. */
final class SystemIds {

    private SystemIds() {
    }

    /**
     * A system identifier made absolute against the base of the entity that declared it;
     * as it is when it cannot be (no base, or not a URL).
     */
    static String absolute(String systemId, String base) {
        if (systemId == null || base == null) {
            return systemId;
        }
        try {
            return new URL(new URL(base), systemId).toString();
        } catch (MalformedURLException e) {
            return systemId;
        }
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
