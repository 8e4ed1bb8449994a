package dev.pgdocs.review;

import static dev.pgdocs.Fixtures.corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying the corpus patch to the sources it was written against, and to sources it no longer fits. */
class SourcePatchTest {

    private static final String PATCH = "patches/0001-expand-extension-and-bgworker-docs.patch";

    @TempDir
    Path tmp;

    @Test
    void appliesToTheBaseAndGivesThePatchedFiles() throws Exception {
        Path base = base();
        Path after = tmp.resolve("after");
        SourcePatch.read(corpus().resolve(PATCH)).applyTo(base, after, OptionalInt.empty());
        for (String name : List.of("bgworker.sgml", "xfunc.sgml")) {
            assertEquals(Files.readString(corpus().resolve("pg14-docs").resolve(name)),
                    Files.readString(after.resolve(name)), name);
        }
    }

    @Test
    void namesEachHunkThatDoesNotFitAndWritesNothing() throws Exception {
        Path base = base();
        Path bgworker = base.resolve("bgworker.sgml");
        List<String> lines = new ArrayList<>(Files.readAllLines(bgworker));
        lines.set(30, " <warning>changed under the patch</warning>"); // inside hunk #2's context (@@ -29,6 ...)
        Files.write(bgworker, lines);
        Path after = tmp.resolve("after");
        PatchException e = assertThrows(PatchException.class,
                () -> SourcePatch.read(corpus().resolve(PATCH)).applyTo(base, after, OptionalInt.empty()));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().matches(".*\\.patch:32: hunk #2 \\(@@ -29,6 \\+29,15 @@\\) does not apply to .*"
                + "bgworker\\.sgml.*"), e.getMessage());
        assertFalse(Files.exists(after));
    }

    @Test
    void aWrongStripLevelOrMasterIsExplained() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path patch = corpus().resolve(PATCH); // outside assertThrows: no corpus skips the test, not fails it
        PatchException e = assertThrows(PatchException.class,
                () -> SourcePatch.read(patch).applyTo(empty, tmp.resolve("x"), OptionalInt.empty()));
        assertTrue(e.getMessage().contains("is this the right MASTER?"), e.getMessage());
    }

    /** The two chapters as they were before the patch (what patch -R -p4 gives). */
    private Path base() throws Exception {
        Path base = Files.createDirectories(tmp.resolve("base"));
        UnifiedDiff diff;
        try (InputStream in = Files.newInputStream(corpus().resolve(PATCH))) {
            diff = UnifiedDiffReader.parseUnifiedDiff(in);
        }
        for (UnifiedDiffFile file : diff.getFiles()) {
            String name = Path.of(file.getToFile()).getFileName().toString();
            List<String> patched = Files.readAllLines(corpus().resolve("pg14-docs").resolve(name));
            Files.writeString(base.resolve(name), String.join("\n", file.getPatch().restore(patched)) + "\n");
        }
        return base;
    }
}
