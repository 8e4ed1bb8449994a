package dev.pgdocs.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {

    @Test
    void readsACheckoutAndKnowsItsDirectories(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/include/utils"));
        Files.writeString(dir.resolve("src/include/utils/elog.h"), "");
        SourceTree tree = SourceTree.of(dir);
        assertTrue(tree.contains("src/include/utils/elog.h"));
        assertTrue(tree.contains("src/include/utils"), "a directory with files in it");
        assertFalse(tree.contains("src/include/util"));
        assertTrue(tree.containsSuffix("utils/elog.h"));
    }

    @Test
    void suggestsTheSameFileNameInAnotherDirectoryFirst(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("files.txt");
        Files.writeString(list, "src/include/miscadmin.h\nsrc/include/utils/misc.h\n");
        assertEquals(Optional.of("src/include/miscadmin.h"), SourceTree.of(list).closest("src/include/util/miscadmin.h"));
    }

    @Test
    void filenamesThatAreNotSourcePathsAreLeftAlone() {
        assertEquals(Optional.empty(), FilenameRule.sourcePath("postgresql.conf"));
        assertEquals(Optional.empty(), FilenameRule.sourcePath("/usr/local/pgsql"));
        assertEquals(Optional.of("src/include/fmgr.h"), FilenameRule.sourcePath("fmgr.h"));
        assertEquals(Optional.of("src/backend/utils/adt/numeric.c"),
                FilenameRule.sourcePath("src/backend/utils/adt/numeric.c::numeric_send()"));
    }
}
