package dev.pgdocs.fuzz;

import static dev.pgdocs.Fixtures.fixture;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the patch reader of {@code pgdocs diff} (review/SourcePatch): the input is the
 * patch file, mutated from the seeds in PatchFuzzTestInputs (git format-patch output made
 * against the fuzz fixture book as doc/src/sgml: one commit, a series, renames, a new
 * file, a binary patch, code and docs together, a hunk that does not apply). A patch that
 * applies is reviewed whole: both books built, compared and written.
 */
@Tag("slow") // fuzz regression inputs: mvn verify
class PatchFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void applyPatch(byte[] patch) throws Exception {
        Path dir = Files.createTempDirectory("pgdocs-fuzz-patch-");
        try {
            Path sources = Files.createDirectory(dir.resolve("sgml"));
            try (Stream<Path> book = Files.list(fixture("fuzz/book"))) {
                for (Path file : (Iterable<Path>) book::iterator) {
                    Files.copy(file, sources.resolve(file.getFileName().toString()));
                }
            }
            Path file = dir.resolve("change.patch");
            Files.write(file, patch);
            Promises.keptBy(dir, "diff", sources.resolve("book.sgml").toString(), "--patch", file.toString(),
                    "-o", dir.resolve("review").toString());
        } finally {
            OutputDirectory.deleteTree(dir);
        }
    }
}
