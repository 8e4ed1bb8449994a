package dev.pgdocs.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;

/**
 * OASIS XML catalogs that map public and system identifiers to local copies: the user's
 * own (--catalog, consulted first, for someone with the exact DocBook 4.5 DTD installed)
 * followed by the one built into pgdocs. Uses the JDK's javax.xml.catalog.
 */
public final class Catalog {

    private static final String BUILT_IN = "catalog.xml";

    private final CatalogResolver resolver;

    private Catalog(List<URI> catalogs) {
        CatalogFeatures features = CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.RESOLVE, "continue")
                .with(CatalogFeatures.Feature.PREFER, "public")
                .build();
        this.resolver = CatalogManager.catalogResolver(features, catalogs.toArray(URI[]::new));
    }

    /** The built-in catalog alone. */
    public static Catalog builtIn() {
        return withUserCatalogs(List.of());
    }

    /**
     * The user's catalogs, in order, then the built-in one.
     *
     * @throws IllegalArgumentException when a user catalog is not a readable file
     */
    public static Catalog withUserCatalogs(List<Path> userCatalogs) {
        List<URI> uris = new ArrayList<>();
        for (Path p : userCatalogs) {
            if (!Files.isReadable(p)) {
                throw new IllegalArgumentException("catalog file not found or not readable: " + p);
            }
            uris.add(p.toAbsolutePath().normalize().toUri());
        }
        URL builtIn = Catalog.class.getResource(BUILT_IN);
        if (builtIn == null) {
            throw new IllegalStateException("built-in DocBook catalog missing from the class path");
        }
        try {
            uris.add(builtIn.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new Catalog(uris);
    }

    /**
     * The local URI that a public or system identifier maps to, if any catalog knows it.
     */
    public Optional<String> resolve(String publicId, String systemId) {
        var source = resolver.resolveEntity(publicId, systemId);
        return source == null ? Optional.empty() : Optional.ofNullable(source.getSystemId());
    }
}
