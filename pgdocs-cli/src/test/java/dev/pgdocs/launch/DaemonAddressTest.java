package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident JVM is found only by runs that would behave as a fresh JVM of theirs would. */
class DaemonAddressTest {

    @Test
    void everythingARunDependsOnBesidesItsArgumentsNamesAnotherAddress(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("pgdocs.jar"), "jar");
        Map<String, String> env = new HashMap<>(Map.of("TERM", "xterm", "SHLVL", "1"));
        String base = DaemonAddress.digest(jar, tmp, List.of(), env);

        assertEquals(base, DaemonAddress.digest(jar, tmp, List.of(), env), "the same run, the same address");
        Map<String, String> otherShell = new HashMap<>(env);
        otherShell.put("SHLVL", "2");
        assertEquals(base, DaemonAddress.digest(jar, tmp, List.of(), otherShell), "a variable pgdocs never reads");

        assertNotEquals(base, DaemonAddress.digest(jar, tmp.resolve("sub"), List.of(), env), "another directory");
        assertNotEquals(base, DaemonAddress.digest(jar, tmp, List.of("-Djava.io.tmpdir=/x"), env), "a -D option");
        for (String variable : DaemonAddress.ENVIRONMENT) {
            Map<String, String> changed = new HashMap<>(env);
            changed.put(variable, "other");
            assertNotEquals(base, DaemonAddress.digest(jar, tmp, List.of(), changed), variable);
        }
        Map<String, String> noTerm = new HashMap<>(env);
        noTerm.remove("TERM");
        assertNotEquals(base, DaemonAddress.digest(jar, tmp, List.of(), noTerm), "a variable unset");
        Map<String, String> emptyTerm = new HashMap<>(env);
        emptyTerm.put("TERM", "");
        assertNotEquals(DaemonAddress.digest(jar, tmp, List.of(), noTerm),
                DaemonAddress.digest(jar, tmp, List.of(), emptyTerm), "unset is not empty");

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertNotEquals(base, DaemonAddress.digest(jar, tmp, List.of(), env), "a rebuilt jar");
    }


    @Test
    void theSocketLiesInADirectoryOnlyThisUserMayEnter(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("pgdocs.jar"), "jar");
        Path runtime = Files.createDirectory(tmp.resolve("run"));
        DaemonAddress address = DaemonAddress.of(jar, tmp, List.of(), Map.of("XDG_RUNTIME_DIR", runtime.toString()))
                .orElseThrow();
        assertEquals(runtime.resolve("pgdocs"), address.directory());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(address.directory())));
        assertEquals(address.directory(), address.socket().getParent());
        assertTrue(address.socket().toString().endsWith(".sock") && address.lock().toString().endsWith(".lock"));
        assertEquals(address, DaemonAddress.at(address.socket()), "the lock and the log follow from the socket");

        // the resident JVM for PDFs: beside it, its own files, and known for what it is
        DaemonAddress pdf = address.forPdf();
        assertFalse(address.isForPdf());
        assertTrue(pdf.isForPdf());
        assertEquals(address.directory(), pdf.directory());
        assertEquals(address.socket().getFileName().toString().replace(".sock", "-pdf.sock"),
                pdf.socket().getFileName().toString());
        assertTrue(pdf.log().getFileName().toString().endsWith("-pdf.log"), pdf.log().toString());
        assertEquals(pdf, pdf.forPdf());
        assertEquals(pdf, DaemonAddress.at(pdf.socket()));

        Files.setPosixFilePermissions(address.directory(), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(DaemonAddress.of(jar, tmp, List.of(), Map.of("XDG_RUNTIME_DIR", runtime.toString())).isEmpty(),
                "a directory others may enter (or put a socket in) is not used");

        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(Files.createDirectory(tmp.resolve("run2")).resolve("pgdocs"), elsewhere);
        assertTrue(DaemonAddress.of(jar, tmp, List.of(), Map.of("XDG_RUNTIME_DIR", tmp.resolve("run2").toString()))
                .isEmpty(), "nor a link to a directory");

        Path deep = Files.createDirectories(tmp.resolve("x".repeat(120)));
        assertTrue(DaemonAddress.of(jar, tmp, List.of(), Map.of("XDG_RUNTIME_DIR", deep.toString())).isEmpty(),
                "a path too long for a Unix socket");

        // the quick JVM's socket would fit (98 bytes), the one for PDFs (102) would not: neither is had
        int runtimeLength = 98 - "/pgdocs/".length() - 24 - ".sock".length();
        Path edge = Files.createDirectories(tmp.resolve("y".repeat(runtimeLength - tmp.toString().length() - 1)));
        assertTrue(DaemonAddress.of(jar, tmp, List.of(), Map.of("XDG_RUNTIME_DIR", edge.toString())).isEmpty(),
                "a path too long for the resident JVM for PDFs' socket");
        Path fits = Files.createDirectories(tmp.resolve("z".repeat(runtimeLength - tmp.toString().length() - 3)));
        assertTrue(DaemonAddress.of(jar, tmp, List.of(), Map.of("XDG_RUNTIME_DIR", fits.toString())).isPresent(),
                "both fit");
    }
}
