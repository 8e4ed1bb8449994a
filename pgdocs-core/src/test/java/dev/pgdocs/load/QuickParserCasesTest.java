package dev.pgdocs.load;

import static dev.pgdocs.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick parser (Woodstox) against the JDK's parser alone on many books: every fixture
 * book, valid or broken, the loader fuzzing's inputs, and chapter bodies that break the
 * DTD each in its own way. Each loads twice, so they run with the slow tests.
 */
@Tag("slow") // about 200 loads: mvn verify
class QuickParserCasesTest {

    static Stream<Path> books() throws IOException {
        Path cliInputs = Path.of("pgdocs-cli", "src", "test", "resources", "dev", "pgdocs", "fuzz",
                "LoaderFuzzTestInputs").toAbsolutePath();
        Stream<Path> fixtures = sgmlFiles(fixture(""));
        Stream<Path> fuzz = Files.isDirectory(cliInputs) ? sgmlFiles(cliInputs) : Stream.empty();
        return Stream.concat(Stream.concat(Stream.of(Fixtures.docsSrc()), fixtures), fuzz);
    }

    private static Stream<Path> sgmlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".sgml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("books")
    void loadsAsTheJdkParserDoes(Path master) {
        QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader);
    }

    /**
     * Chapter bodies that break DocBook's DTD each in its own way, and a few that do not:
     * where Woodstox's validation could be laxer than the JDK's parser, the loads would differ.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<para xmlns:x=\"urn:x\">namespace declared</para>",
        "<para xmlns=\"urn:x\">default namespace</para>",
        "<para xml:lang=\"en\">xml:lang</para>",
        "<para xml:space=\"preserve\">xml:space</para>",
        "<para xml:id=\"p\">xml:id</para>",
        "<para lang=\"en\">lang</para>",
        "<para bogus=\"1\">undeclared attribute</para>",
        "<para><xref linkend=\"c\">text in EMPTY</xref></para>",
        "<para><xref linkend=\"c\"><!-- comment in EMPTY --></xref></para>",
        "<para><xref linkend=\"c\"><?pi in EMPTY?></xref></para>",
        "<para><xref linkend=\"c\"> </xref></para>",
        "<para><xref/></para>",
        "<para><xref linkend=\"1bad\"/></para>",
        "<para id=\"1bad\">bad ID</para>",
        "<para id=\"a b\">space in ID</para>",
        "<itemizedlist mark=\"bullet\" spacing=\"sideways\"><listitem><para>x</para></listitem></itemizedlist>",
        "<itemizedlist>text in element content<listitem><para>x</para></listitem></itemizedlist>",
        "<itemizedlist></itemizedlist>",
        "<mediaobject><imageobject><imagedata fileref=\"a.png\" format=\"PNG\"/></imageobject></mediaobject>",
        "<mediaobject><imageobject><imagedata fileref=\"a.png\" format=\"NOPE\"/></imageobject></mediaobject>",
        "<mediaobject><imageobject><imagedata entityref=\"nope\"/></imageobject></mediaobject>",
        "<programlisting format=\"linespecific\">fixed value</programlisting>",
        "<programlisting format=\"other\">not the fixed value</programlisting>",
        "<para>one</para><title>title after content</title>",
        "<sect1 id=\"s\"><title>S</title><para>x</para></sect1><para>after a section</para>",
        "<para><emphasis role=\"strong\">ok</emphasis> &#x10FFFF; &#160;</para>",
        "<para><![CDATA[ <cdata> ]]></para>",
        "<table><title>t</title><tgroup cols=\"1\"><tbody><row><entry>x</entry></row></tbody></tgroup></table>",
        "<table><title>t</title><tgroup cols=\"x\"><tbody><row><entry>x</entry></row></tbody></tgroup></table>",
        "<table><title>t</title><tgroup><tbody><row><entry>x</entry></row></tbody></tgroup></table>",
        "<indexterm zone=\"nowhere\"><primary>x</primary></indexterm><para>x</para>",
        "<indexterm zone=\"c c\"><primary>x</primary></indexterm><para>x</para>",
        "<itemizedlist><![CDATA[ ]]><listitem><para>x</para></listitem></itemizedlist>",
        "<itemizedlist>&#32;<listitem><para>x</para></listitem></itemizedlist>",
        "<itemizedlist>&#x9;<listitem><para>x</para></listitem></itemizedlist>",
        "<itemizedlist><!-- c --><?pi?><listitem><para>x</para></listitem></itemizedlist>",
        "<para>&#xD; &#13;&#10; carriage returns</para>",
        "<para role=\"a&#xD;&#xA;b\tc\">attribute white space</para>",
        "<para id=\" spaced \">ID with spaces around</para>",
        "<para><xref linkend=\" c \"/></para>",
        "<para><ulink url=\"http://example.org/?a=1&amp;b=2\">u</ulink></para>",
        "<para>\u0000 a NUL written as is</para>",
        "<para>&#0; a NUL by reference</para>",
        "<para>&#xFFFE; not a character</para>",
    })
    void aChapterBodyLoadsAsTheJdkParserLoadsIt(String body, @TempDir Path dir) throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>T</title><chapter id="c"><title>C</title>
                %s
                </chapter></book>
                """.formatted(body));
        QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader);
    }

    @Test
    void theBooksTriedIncludeValidOnesAndBrokenOnes() throws IOException {
        List<Path> all = books().toList();
        long loaded = all.stream().filter(b -> {
            try {
                return QuickParserAgreement.loader().load(b).diagnostics().isEmpty();
            } catch (LoadException e) {
                return false;
            }
        }).count();
        assertTrue(loaded >= 5, "valid books among " + all.size() + ": " + loaded);
        assertTrue(all.size() - loaded >= 10, "books with problems among " + all.size() + ": " + (all.size() - loaded));
    }
}
