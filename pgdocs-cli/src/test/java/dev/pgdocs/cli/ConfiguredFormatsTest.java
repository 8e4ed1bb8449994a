package dev.pgdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build} without --format makes what the book's pgdocs.json asks for. */
@Tag("slow")
class ConfiguredFormatsTest {

    @TempDir
    Path dir;

    private Path book(String config) throws IOException {
        Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>B</title><chapter id="c"><title>C</title><para>Text.</para></chapter></book>
                """);
        if (config != null) {
            Files.writeString(dir.resolve("pgdocs.json"), config);
        }
        return dir.resolve("book.sgml");
    }

    @Test
    void theFormatsOfPgdocsJsonAreBuiltWhenTheCommandLineNamesNone() throws IOException {
        Path master = book("{ \"formats\": [\"html\", \"pdf\"] }\n");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("build", master.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("html/index.html")), r.err());
        assertTrue(Files.isRegularFile(out.resolve("pdf/book.pdf")), r.err());
    }

    @Test
    void theCommandLineWinsOverPgdocsJson() throws IOException {
        Path master = book("{ \"formats\": [\"html\", \"pdf\"] }\n");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("build", master.toString(), "--format", "html", "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")), "one format: -o is its directory; " + r.err());
        assertFalse(Files.exists(out.resolve("pdf")), r.err());
    }

    @Test
    void withoutPgdocsJsonTheSiteIsBuilt() throws IOException {
        Path master = book(null);
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("build", master.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")), r.err());
    }

    @Test
    void anUnknownFormatIsReportedWhereItIsWritten() throws IOException {
        Path master = book("{\n  \"formats\": [\"html\", \"docx\"]\n}\n");
        Path out = dir.resolve("out");
        CliTest.Run r = CliTest.run("build", master.toString(), "-o", out.toString());
        assertEquals(ExitCode.INPUT_UNREADABLE, r.code(), r.err());
        assertTrue(r.err().contains("pgdocs.json:2:23: error: invalid pgdocs.json: unknown format \"docx\""), r.err());
        assertFalse(Files.exists(out), "nothing written: " + r.err());
    }
}
