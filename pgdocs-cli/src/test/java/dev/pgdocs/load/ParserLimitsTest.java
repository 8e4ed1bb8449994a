package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book loads the same whatever limits the JDK's conf/jaxp.properties sets. JDK 24 made
 * them strict (one entity at most 100,000 characters, 2,500 expansions, 100 levels), and
 * PostgreSQL 14's manual failed on Temurin 25 at syntax.sgml, 100,019 characters long.
 * The test runs pgdocs in a child JVM given JDK 24's values as system properties, which
 * stand above jaxp.properties: pgdocs' own settings must stand above both.
 */
class ParserLimitsTest {

    /** The limits of JDK 24's and 25's conf/jaxp.properties. */
    private static final List<String> JDK24_DEFAULTS = List.of(
            "-Djdk.xml.entityExpansionLimit=2500",
            "-Djdk.xml.totalEntitySizeLimit=100000",
            "-Djdk.xml.maxGeneralEntitySizeLimit=100000",
            "-Djdk.xml.maxParameterEntitySizeLimit=15000",
            "-Djdk.xml.entityReplacementLimit=100000",
            "-Djdk.xml.elementAttributeLimit=200",
            "-Djdk.xml.maxElementDepth=100");

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

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
        command.addAll(JDK24_DEFAULTS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.pgdocs.Main",
                "check", dir.resolve("book.sgml").toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, p.waitFor(), err);
        assertTrue(err.contains("2 files, 0 errors"), err);
    }
}
