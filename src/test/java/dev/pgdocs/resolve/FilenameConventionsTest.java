package dev.pgdocs.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * filename.missing knows what PostgreSQL's build makes and its tests write, by the naming
 * rules of its Makefiles, and leaves placeholders and unprovable bare names alone, while a
 * wrong directory is still found.
 */
class FilenameConventionsTest {

    /** Paths as a list of a source tree has them: sources only, nothing generated. */
    private static final String TREE = """
            src/include/catalog/pg_class.h
            src/include/catalog/pg_type.h
            src/include/miscadmin.h
            src/include/parser/kwlist.h
            src/backend/utils/probes.d
            src/backend/utils/errcodes.txt
            src/backend/parser/gram.y
            src/backend/parser/scan.l
            src/tutorial/complex.source
            src/test/regress/input/copy.source
            src/test/regress/output/copy.source
            src/test/regress/regress.c
            src/test/recovery/t/001_stream_rep.pl
            src/include/pg_config.h.in
            src/include/utils/elog.h
            """;

    private static final List<String> GENERATED_OR_WRITTEN = List.of(
            "pg_class_d.h", "catalog/pg_type_d.h", "kwlist_d.h", "src/include/utils/probes.h",
            "src/include/utils/errcodes.h", "src/backend/parser/gram.h", "src/backend/parser/gram.c",
            "src/backend/parser/scan.c", "src/tutorial/complex.sql", "src/test/regress/sql/copy.sql",
            "src/test/regress/expected/copy.out", "src/test/regress/results", "src/test/regress/results/copy.out",
            "src/test/regress/regression.diffs", "src/test/regress/regression.out",
            "src/test/recovery/tmp_check/log/regress_log_001_stream_rep", "src/include/pg_config.h");

    private static final List<String> PLACEHOLDERS_AND_EXAMPLES = List.of("pg_xxx.h", "pg_xxx_d.h",
            "src/backend/foo/bar.c", "test_mod.h");

    private static final List<String> WRONG = List.of(
            "src/include/util/miscadmin.h", // a wrong directory: the seed patch's mistake
            "miscadmn.h", // a bare name a typo away from a real one
            "catalog/pg_nosuch_d.h", // no pg_nosuch.h to make it from
            "src/include/utils/nosuch.h",
            "src/backend/nosuch/results", // tests write results/ only in a test directory that exists
            "src/test/regress/sql/nosuch.sql");

    @Test
    void theBuildsNamingRulesGiveTheInputs() {
        assertTrue(FilenameConventions.inputsOf("src/include/catalog/pg_type_d.h")
                .contains("src/include/catalog/pg_type.h"));
        assertTrue(FilenameConventions.inputsOf("src/include/utils/errcodes.h")
                .contains("src/backend/utils/errcodes.txt"), "made in src/backend, linked into src/include");
        assertTrue(FilenameConventions.inputsOf("src/test/regress/expected/copy.out")
                .contains("src/test/regress/output/copy.source"));
        assertTrue(FilenameConventions.inputsOf("src/include/pg_config.h").contains("src/include/pg_config.h.in"));
        assertEquals(Optional.of("src/test/regress"), FilenameConventions.testDirectoryOf("src/test/regress/results"));
        assertEquals(Optional.empty(), FilenameConventions.testDirectoryOf("src/backend/utils/adt/like.c"));
        assertEquals(Optional.empty(), FilenameConventions.testDirectoryOf("src/include/utils/log.h"),
                "a file named like a test directory is not one");
        assertTrue(FilenameConventions.isPlaceholder("pg_xxx_d.h"));
        assertFalse(FilenameConventions.isPlaceholder("src/include/catalog/pg_proc.h"));
    }

    @Test
    void onlyTheWrongNamesAreReported(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tree.txt"), TREE);
        StringBuilder paras = new StringBuilder();
        for (String name : concat(GENERATED_OR_WRITTEN, PLACEHOLDERS_AND_EXAMPLES, WRONG)) {
            paras.append(" <para><filename>").append(name).append("</filename></para>\n");
        }
        Files.writeString(dir.resolve("book.sgml"), """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="book"><title>Files</title><chapter id="ch"><title>Files</title>
                """ + paras + "</chapter></book>\n");
        List<Diagnostic> found = new Pipeline(BookSource.of(dir.resolve("book.sgml")))
                .loadAndCheck(Optional.of(SourceTree.of(dir.resolve("tree.txt")))).diagnostics();
        List<String> reported = found.stream().filter(d -> d.rule().equals("filename.missing"))
                .map(d -> d.message().substring("<filename>".length(), d.message().indexOf("</filename>")))
                .toList();
        assertEquals(WRONG, reported, () -> found.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        assertTrue(found.stream().anyMatch(d -> d.message().contains(
                "util/miscadmin.h</filename> does not exist in the source tree; the closest existing path is"
                        + " src/include/miscadmin.h")));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
