package dev.pgdocs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the test inputs are: fixture books in the test resources, and the shared corpus. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fixture file below the core's src/test/resources/fixtures (the tests of every module run at the root). */
    public static Path fixture(String path) {
        return Path.of("pgdocs-core", "src", "test", "resources", "fixtures", path).toAbsolutePath();
    }

    /** The book this repository publishes. */
    public static Path docsSrc() {
        return Path.of("docs-src", "book.sgml").toAbsolutePath();
    }

    /**
     * The shared corpus (../shared/corpus); tests that need it are skipped, saying so,
     * when it is not beside the clone.
     */
    public static Path corpus() {
        Path corpus = Path.of(System.getProperty("pgdocs.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("pg14-docs/postgres.sgml")),
                "corpus tests skipped: no PostgreSQL corpus at " + corpus + " (CI has it beside the clone)");
        return corpus;
    }
}
