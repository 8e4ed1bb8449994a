package dev.pgdocs.load;

import static dev.pgdocs.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book loads the same whatever limits the JDK's conf/jaxp.properties sets. JDK 24 made
 * them strict (one entity at most 100,000 characters, 2,500 expansions, 100 levels), and
 * PostgreSQL 14's manual failed on Temurin 25 at syntax.sgml, 100,019 characters long.
 * The test gives JDK 24's values as system properties, which stand above jaxp.properties
 * and are read for each new parser: pgdocs' own settings must stand above both.
 */
class ParserLimitsTest {

    /** The limits of JDK 24's and 25's conf/jaxp.properties. */
    private static final Map<String, String> JDK24_DEFAULTS = Map.of(
            "jdk.xml.entityExpansionLimit", "2500",
            "jdk.xml.totalEntitySizeLimit", "100000",
            "jdk.xml.maxGeneralEntitySizeLimit", "100000",
            "jdk.xml.maxParameterEntitySizeLimit", "15000",
            "jdk.xml.entityReplacementLimit", "100000",
            "jdk.xml.elementAttributeLimit", "200",
            "jdk.xml.maxElementDepth", "100");

    @TempDir
    Path dir;

    @Test
    void aLargeDeepBookLoadsUnderJdk24sStricterDefaults() throws Exception {
        Files.writeString(dir.resolve("book.sgml"), "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
                + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\" [\n"
                + "<!ENTITY ch SYSTEM \"ch.sgml\">\n]>\n<book id=\"b\"><title>T</title>\n&ch;\n</book>\n");
        int emphases = SourceLoader.MAX_DEPTH - 3; // book, chapter, para
        StringBuilder chapter = new StringBuilder("<chapter id=\"c\"><title>C</title>\n<para>")
                .append("<emphasis>".repeat(emphases)).append("deep").append("</emphasis>".repeat(emphases))
                .append("</para>\n");
        while (chapter.length() < 150_000) { // 3,000 expansions of &mdash; and 150,000 characters
            chapter.append("<para>A paragraph &mdash; with a dash, long enough to grow the file.</para>\n");
        }
        Files.writeString(dir.resolve("ch.sgml"), chapter.append("</chapter>\n"));

        Map<String, String> before = new HashMap<>();
        JDK24_DEFAULTS.forEach((name, value) -> before.put(name, System.setProperty(name, value)));
        Run r;
        try {
            r = run("check", dir.resolve("book.sgml").toString());
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 files, 0 errors"), r.err());
    }
}
