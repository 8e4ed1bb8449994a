package dev.pgdocs.write;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directories an output may never replace, compared as real paths. */
class OutputDirectoryTest {

    @Test
    void refusesWhatIsOrHoldsAKeptDirectoryThroughLinksToo(@TempDir Path tmp) throws Exception {
        Path cwd = Files.createDirectories(tmp.resolve("work/here"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("work"));
        Map<Path, String> kept = Map.of(cwd, "the current directory");
        for (Path o : new Path[] {cwd, tmp.resolve("work"), tmp, link, link.resolve("here"),
                link.resolve("here/../here")}) {
            var e = assertThrows(OutputRefusedException.class, () -> OutputDirectory.refuseUnsafeAgainst(o, kept),
                    o.toString());
            assertTrue(e.getMessage().contains("the current directory"), e.getMessage());
        }
        assertDoesNotThrow(() -> OutputDirectory.refuseUnsafeAgainst(cwd.resolve("site"), kept), "inside is fine");
        assertDoesNotThrow(() -> OutputDirectory.refuseUnsafeAgainst(tmp.resolve("work/new/site"), kept));
        assertThrows(OutputRefusedException.class, () -> OutputDirectory.refuseUnsafeAgainst(Path.of("/"), kept));
    }
}
