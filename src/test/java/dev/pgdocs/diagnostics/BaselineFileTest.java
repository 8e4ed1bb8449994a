package dev.pgdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline on its own: findings keyed without line numbers, counted, written and read back. */
class BaselineFileTest {

    private static Diagnostic at(Path root, int line, String element, String message) {
        return Diagnostic.warning(new SourceLocation(root.resolve("ch.sgml"), line, 1, element), "id.missing", message);
    }

    @Test
    void aFindingMovedByLinesAboveItIsStillTheSame(@TempDir Path root) {
        Baseline baseline = Baseline.of(List.of(at(root, 10, "sect1 \"Intro\"", "no id")), root);
        Baseline.Comparison compared = baseline.compare(List.of(at(root, 25, "sect1 \"Intro\"", "no id")), root);
        assertEquals(List.of(), compared.fresh());
        assertEquals(1, compared.unchanged());
        assertEquals(List.of(), compared.fixed());
    }

    @Test
    void findingsBeyondTheRecordedCountAreNewAndMissingOnesFixed(@TempDir Path root) {
        Diagnostic one = at(root, 10, "sect1 \"Intro\"", "no id");
        Diagnostic two = at(root, 20, "sect1 \"Intro\"", "no id");
        Diagnostic gone = at(root, 30, "sect1 \"Old\"", "no id");
        Baseline.Comparison compared = Baseline.of(List.of(one, gone), root).compare(List.of(one, two), root);
        assertEquals(List.of(two), compared.fresh(), "the last in file order is the new one");
        assertEquals(1, compared.fixed().size());
        assertEquals("sect1 \"Old\"", compared.fixed().get(0).key().element());
    }

    @Test
    void aWrittenBaselineReadsBackTheSame(@TempDir Path root) throws Exception {
        Baseline baseline = Baseline.of(List.of(at(root, 10, "sect1 \"Intro\"", "no id"),
                at(root, 11, "sect1 \"Intro\"", "no id"), at(root, 12, null, "some text")), root);
        Path file = root.resolve("baseline.json");
        baseline.write(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s).*\"count\"\\s*:\\s*2\\b.*"), "two findings share a key: " + text);
        assertTrue(text.matches("(?s).*\"file\"\\s*:\\s*\"ch.sgml\".*"), "relative to the root: " + text);
        assertEquals(baseline.entries(), Baseline.read(file).entries());
    }

    @Test
    void anUnusableFileIsRefusedWithItsPlace(@TempDir Path root) throws Exception {
        Path file = root.resolve("baseline.json");
        Files.writeString(file, "{\n  \"pgdocsBaseline\": 1,\n  \"findings\": [ oops ]\n}\n");
        Baseline.Unreadable bad = assertThrows(Baseline.Unreadable.class, () -> Baseline.read(file));
        assertEquals(3, bad.location().line());
        assertTrue(bad.getMessage().startsWith("invalid baseline: "), bad.getMessage());
        Files.writeString(file, "{}");
        assertTrue(assertThrows(Baseline.Unreadable.class, () -> Baseline.read(file)).getMessage()
                .contains("not a pgdocs baseline"));
    }
}
