package dev.pgdocs.fuzz;

import static dev.pgdocs.Fixtures.docsSrc;
import static dev.pgdocs.Fixtures.fixture;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the loader and the checker: the input is the master file's bytes, mutated from
 * the seeds in LoaderFuzzTestInputs (docs-src's book, small books with internal, external
 * and parameter entities, other encodings, and every master that ever broke a promise).
 * Beside it lie the chapters those books include, so that mutations reach entity
 * resolution, includes and the checker's rules, not only the XML parser.
 */
@Tag("slow") // fuzz regression inputs: mvn verify
class LoaderFuzzTest {

    /** The files a master may include: the fuzz fixture book's and docs-src's chapters, not their masters. */
    static final List<Path> INCLUDABLE = includable();

    @FuzzTest(maxDuration = "10m")
    void loadAndCheck(byte[] master) throws Exception {
        Path dir = Files.createTempDirectory("pgdocs-fuzz-load-");
        try {
            for (Path file : INCLUDABLE) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
            Path book = dir.resolve("book.sgml");
            Files.write(book, master);
            Promises.keptBy(dir, "check", book.toString());
        } finally {
            OutputDirectory.deleteTree(dir);
        }
    }

    private static List<Path> includable() {
        try (Stream<Path> fuzz = Files.list(fixture("fuzz/book")); Stream<Path> docs = Files.list(docsSrc().getParent())) {
            return Stream.concat(fuzz, docs.filter(p -> p.toString().endsWith(".sgml")))
                    .filter(p -> !p.getFileName().toString().equals("book.sgml")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
