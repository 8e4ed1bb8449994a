package dev.pgdocs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pgdocs.load.QuickParserAgreement;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the loader's two parsers against each other: a mutated master (seeds in
 * QuickParserFuzzTestInputs: PostgreSQL-style books, other encodings, and one with the
 * constructs where Woodstox and the JDK's parser could part: internal entities with
 * markup, character references, CDATA, white space and comments between elements), with
 * the loader fuzzing's chapters beside it, must load to the same findings and the same
 * tree, node by node with every element's place, whether Woodstox parses it or it is
 * left to the JDK's parser.
 */
@Tag("slow") // fuzz regression inputs: mvn verify
class QuickParserFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void agree(byte[] master) throws Exception {
        Path dir = Files.createTempDirectory("pgdocs-fuzz-parsers-");
        try {
            for (Path file : LoaderFuzzTest.INCLUDABLE) {
                Files.copy(file, dir.resolve(file.getFileName().toString()));
            }
            Path book = dir.resolve("book.sgml");
            Files.write(book, master);
            QuickParserAgreement.assertAgree(book, QuickParserAgreement::loader, false);
        } finally {
            OutputDirectory.deleteTree(dir);
        }
    }
}
