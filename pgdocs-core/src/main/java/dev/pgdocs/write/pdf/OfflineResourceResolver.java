package dev.pgdocs.write.pdf;

import dev.pgdocs.load.RealPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read: fonts from the class path ({@code classpath:} URIs) and files below
 * the book's source directory (images), links followed. Nothing from the network, nothing else on disk.
 */
final class OfflineResourceResolver implements ResourceResolver {

    static final String CLASSPATH = "classpath";

    private final Path sourceRoot;

    OfflineResourceResolver(Path sourceRoot) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (CLASSPATH.equals(uri.getScheme())) {
            String path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
            InputStream in = OfflineResourceResolver.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IOException("font or resource missing from the class path: " + path);
            }
            return new Resource(in);
        }
        if ("file".equals(uri.getScheme())) {
            Path file = Path.of(uri).normalize();
            if (!file.startsWith(sourceRoot)) {
                throw new IOException("refusing to read " + file + ": it is outside the source directory " + sourceRoot);
            }
            if (RealPaths.leaves(sourceRoot, file)) {
                throw new IOException("refusing to read " + file + ": it is a link to " + RealPaths.of(file)
                        + ", outside the source directory " + RealPaths.of(sourceRoot));
            }
            return new Resource(Files.newInputStream(file));
        }
        throw new IOException("refusing to fetch " + uri + ": pgdocs works offline");
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("FOP may not write " + uri);
    }
}
