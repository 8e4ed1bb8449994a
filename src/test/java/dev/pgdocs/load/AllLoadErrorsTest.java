package dev.pgdocs.load;

import static dev.pgdocs.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.cli.CliTest.Run;
import dev.pgdocs.diagnostics.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run reports every load error (issue 11, case 4): missing includes, malformed files
 * and DTD errors, each at its file:line:col, before the exit with code 3. A file the
 * parser cannot get through does not hide the problems of the files after it.
 */
class AllLoadErrorsTest {

    private static final String DOCTYPE = "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
            + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"";

    private final SourceLoader loader = new SourceLoader(new Processor(false), Catalog.builtIn());

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Each diagnostic as file:line:col [rule], the file relative to the book's directory. */
    private List<String> places(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> dir.relativize(d.location().file()) + ":" + d.location().line() + ":"
                + d.location().column() + " [" + d.rule() + "]").toList();
    }

    /** A manual with a missing include, a malformed chapter, and two refentries the DTD does not allow. */
    private Path manualWithFourProblems() throws Exception {
        write("ok.sgml", "<chapter id=\"ok\"><title>OK</title>\n<para>fine</para>\n</chapter>\n");
        write("broken.sgml", "<chapter id=\"broken\"><title>Broken</title>\n<para>one <emphasis>two</para>\n</chapter>\n");
        write("ref1.sgml", """
                <refentry id="ref1">
                <refnamediv><refname>a</refname><refpurpose>p</refpurpose></refnamediv>
                <refsect1><title>X</title><bogus>b</bogus></refsect1>
                </refentry>
                """);
        write("ref2.sgml", """
                <refentry id="ref2">
                <refsect1><title>X</title><para>no refnamediv</para></refsect1>
                </refentry>
                """);
        return write("book.sgml", DOCTYPE + """
                 [
                <!ENTITY gone SYSTEM "gone.sgml">
                <!ENTITY broken SYSTEM "broken.sgml">
                <!ENTITY ok SYSTEM "ok.sgml">
                <!ENTITY ref1 SYSTEM "ref1.sgml">
                <!ENTITY ref2 SYSTEM "ref2.sgml">
                ]>
                <book id="b"><title>T</title>
                &gone;
                &broken;
                &ok;
                <reference id="r"><title>R</title>
                &ref1;
                &ref2;
                </reference>
                </book>
                """);
    }

    @Test
    void aMissingIncludeAMalformedChapterAndTwoInvalidRefentriesAllComeOut() throws Exception {
        Path book = manualWithFourProblems();

        LoadException e = assertThrows(LoadException.class, () -> loader.load(book));

        assertEquals(List.of(
                "book.sgml:9:7 [load]",
                "broken.sgml:2:26 [load]",
                "ref1.sgml:3:34 [dtd]", // bogus is not DocBook
                "ref1.sgml:3:54 [dtd]", // so refsect1 has no paragraph-like content
                "ref2.sgml:3:12 [dtd]"), places(e.diagnostics()), e.diagnostics()::toString);
        assertEquals("included file not found: gone.sgml", e.getMessage(), "the first is the exception's own");
        assertTrue(e.diagnostics().get(1).message().contains("\"emphasis\" must be terminated"),
                e.diagnostics()::toString);
        assertTrue(e.diagnostics().get(4).message().contains("The content of element type \"refentry\""),
                e.diagnostics()::toString);
    }

    @Test
    void theCommandLinePrintsThemAllAndExitsThree() throws Exception {
        Path book = manualWithFourProblems();

        Run r = run("check", book.toString());

        assertEquals(3, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(5, lines.size(), r.err());
        assertTrue(lines.get(0).matches(".*book\\.sgml:9:7: error: included file not found: gone\\.sgml \\[load]"),
                lines.get(0));
        assertTrue(lines.get(4).matches(".*ref2\\.sgml:3:12: error: The content of element type \"refentry\" .* \\[dtd]"),
                lines.get(4));
    }

    @Test
    void everyMalformedFileIsFoundNestedOnesToo() throws Exception {
        write("a.sgml", "<chapter id=\"a\"><title>A</title>\n<para>x</para\n</chapter>\n");
        write("b.sgml", "<chapter id=\"b\"><title>B</title>\n&c;\n</chapter>\n");
        write("c.sgml", "<sect1 id=\"c\"><title>C</title>\n<para>&amp</para></sect1>\n");
        write("d.sgml", "<chapter id=\"d\"><title>D</title>\n<para>ok <nosuch/></para></chapter>\n");
        Path book = write("book.sgml", DOCTYPE + """
                 [
                <!ENTITY a SYSTEM "a.sgml">
                <!ENTITY b SYSTEM "b.sgml">
                <!ENTITY c SYSTEM "c.sgml">
                <!ENTITY d SYSTEM "d.sgml">
                ]>
                <book id="book"><title>T</title>&a;&b;&d;</book>
                """);

        LoadException e = assertThrows(LoadException.class, () -> loader.load(book));

        // b.sgml's chapter lacks the sect1 c.sgml was to give: that is not a finding of its own
        assertEquals(List.of("a.sgml:3:1 [load]", "c.sgml:2:11 [load]", "d.sgml:2:19 [dtd]", "d.sgml:2:26 [dtd]"),
                places(e.diagnostics()), e.diagnostics()::toString);
    }

    @Test
    void aMalformedMasterStopsTheLoadButWhatCameBeforeItIsReported() throws Exception {
        Path book = write("book.sgml", DOCTYPE + """
                 [
                <!ENTITY gone SYSTEM "gone.sgml">
                ]>
                <book id="b"><title>T</title>
                &gone;
                <chapter id="c"><title>C</title><para>x</chapter>
                </book>
                """);

        LoadException e = assertThrows(LoadException.class, () -> loader.load(book));

        assertEquals(List.of("book.sgml:5:7 [load]", "book.sgml:6:42 [load]"), places(e.diagnostics()),
                e.diagnostics()::toString);
    }

    @Tag("slow")
    @Test
    void afterTwentyOneBrokenFilesItSaysItStoppedLooking() throws Exception {
        int files = SourceLoader.MAX_BROKEN_FILES + 2;
        for (int i = 0; i < files; i++) {
            write("ch" + i + ".sgml", "<chapter id=\"c" + i + "\"><title>C</title><para>x</chapter>\n");
        }
        String declarations = IntStream.range(0, files)
                .mapToObj(i -> "<!ENTITY ch" + i + " SYSTEM \"ch" + i + ".sgml\">").collect(Collectors.joining("\n"));
        String references = IntStream.range(0, files).mapToObj(i -> "&ch" + i + ";").collect(Collectors.joining("\n"));
        Path book = write("book.sgml", DOCTYPE + " [\n" + declarations + "\n]>\n<book id=\"b\"><title>T</title>\n"
                + references + "\n</book>\n");

        LoadException e = assertThrows(LoadException.class, () -> loader.load(book));

        long reported = e.diagnostics().stream().filter(d -> d.message().contains("must be terminated")).count();
        assertEquals(SourceLoader.MAX_BROKEN_FILES + 1, reported, e.diagnostics()::toString);
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().equals("pgdocs stops looking after 21 files"
                + " that cannot be parsed; there may be more")), e.diagnostics()::toString);
        assertTrue(e.diagnostics().stream().noneMatch(d -> d.location().file().endsWith("ch21.sgml")),
                "the last file is never reached");
    }
}
