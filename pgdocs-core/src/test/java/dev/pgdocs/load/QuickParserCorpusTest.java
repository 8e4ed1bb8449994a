package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quick parser on the whole PostgreSQL manuals: the same tree, node by node, and the
 * same findings as the JDK's parser alone. Skipped, saying why, without ../shared/corpus.
 */
@Tag("slow") // two loads of each whole manual: mvn verify
class QuickParserCorpusTest {

    @ParameterizedTest
    @CsvSource({"pg14-docs/postgres.sgml, 14", "pg18-docs/postgres.sgml, 18.3"})
    void loadsTheManualAsTheJdkParserDoes(String master, String version) {
        // the version as PostgreSQL's build gives it, as bench/check.sh does
        assertTrue(QuickParserAgreement.woodstoxKept(Fixtures.corpus().resolve(master),
                () -> new SourceLoader(new Processor(false), Catalog.builtIn(), PgVersion.valueOf(version))),
                master + ": the quick parser's tree was kept");
    }
}
