package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.docsSrc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pgdocs serve refuses, before building anything, what it cannot do. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void refusesAnOutputDirectoryItDidNotMake() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        CliTest.Run run = CliTest.run("serve", docsSrc().toString(), "--port", "0", "-o", mine.toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("was not made by pgdocs"), run.err());
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
    }

    @Test
    void aMissingMasterFileIsAnErrorAtOnce() {
        CliTest.Run run = CliTest.run("serve", tmp.resolve("nope.sgml").toString(), "--port", "0");
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("nope.sgml: error: file not found"), run.err());
    }

    @Test
    void aPortInUseIsAUsageError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliTest.Run run = CliTest.run("serve", docsSrc().toString(), "--port",
                    String.valueOf(taken.getLocalPort()), "-o", tmp.resolve("site").toString());
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
        }
    }
}
