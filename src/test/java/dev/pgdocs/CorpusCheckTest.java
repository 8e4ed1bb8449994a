package dev.pgdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.PgVersion;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.resolve.SourceTree;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The default check of the two corpus manuals, with their source trees, as a maintainer
 * runs it before a commit: no false error and few enough warnings to read. Prints the
 * findings by rule. Skipped, saying why, without ../shared/corpus.
 */
@Tag("slow") // the whole PostgreSQL manuals: mvn verify
class CorpusCheckTest {

    private static final int MOST_WARNINGS = 50;

    private static List<Diagnostic> check(String master, PgVersion version, String sourceFiles) throws Exception {
        Path corpus = Fixtures.corpus();
        BookSource source = new BookSource(corpus.resolve(master), List.of(), List.of(), Optional.empty(),
                Optional.of(version));
        List<Diagnostic> found = new Pipeline(source)
                .loadAndCheck(Optional.of(SourceTree.of(corpus.resolve(sourceFiles)))).diagnostics();
        Map<String, Long> byRule = new TreeMap<>(found.stream().collect(Collectors.groupingBy(
                d -> d.severity().label() + " " + d.rule(), Collectors.counting())));
        System.out.println(master + " (" + version.version() + "), with " + sourceFiles + ": " + byRule);
        return found;
    }

    private static List<Diagnostic> warnings(List<Diagnostic> found) {
        return found.stream().filter(d -> !d.isError()).toList();
    }

    @Test
    void postgresql14HasOnlyTheSeedPatchsWrongHeaderPath() throws Exception {
        List<Diagnostic> found = check("pg14-docs/postgres.sgml", new PgVersion("14beta1"), "pg14-source-files.txt");
        List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
        // pg14-docs carries the seed patch, whose src/include/util/miscadmin.h is wrong for real
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("filename.missing", errors.get(0).rule());
        assertTrue(errors.get(0).message().contains("src/include/util/miscadmin.h"), errors.get(0).message());
        assertTrue(errors.get(0).location().file().endsWith("xfunc.sgml"));
        assertTrue(warnings(found).size() <= MOST_WARNINGS, () -> warnings(found).size() + " warnings");
    }

    @Test
    void postgresql18HasNoErrors() throws Exception {
        List<Diagnostic> found = check("pg18-docs/postgres.sgml", new PgVersion("18.3"), "pg18-source-files.txt");
        assertEquals(List.of(), found.stream().filter(Diagnostic::isError).toList());
        assertTrue(warnings(found).size() <= MOST_WARNINGS, () -> warnings(found).size() + " warnings");
    }
}
