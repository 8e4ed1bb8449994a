package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The quick parser (Woodstox) must not change what a load gives: the same findings and the
 * same tree as with the JDK's parser alone, for docs-src and the cases where the two could
 * part (every fixture book and dozens of DTD-breaking chapters: {@code QuickParserCasesTest};
 * the corpus manuals: {@code QuickParserCorpusTest}).
 */
class QuickParserTest {

    @Test
    void docsSrcLoadsAsTheJdkParserLoadsItAndIsWoodstoxs() {
        assertNotNull(QuickParserAgreement.assertAgree(Fixtures.docsSrc(), QuickParserAgreement::loader));
    }

    /**
     * What moves places and text without being wrong: line ends, tabs, encodings, a
     * byte-order mark, markup from an internal entity, entities in attribute values,
     * comments and processing instructions around the root.
     */
    @Test
    void placesAndTextAgreeAcrossLineEndsEncodingsAndEntities(@TempDir Path dir) throws Exception {
        String doctype = "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
                + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\" [\n"
                + "<!ENTITY marked \"<emphasis>marked\n  up</emphasis> text\">\n"
                + "<!ENTITY word \"w\u00f6rd\">\n"
                + "<!ENTITY crlf SYSTEM \"crlf.sgml\">\n"
                + "<!ENTITY latin SYSTEM \"latin.sgml\">\n]>\n";
        Files.writeString(dir.resolve("crlf.sgml"), "<chapter id=\"crlf\">\r\n\t<title>CR LF</title>\r\n"
                + "\t<para>\tTabs\tand &word; <xref\r\n\tlinkend=\"latin\"/>\r\n</para>\r\n</chapter>\r\n");
        Files.write(dir.resolve("latin.sgml"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<chapter id=\"latin\"><title>Latin \u00e9t\u00e9</title>\n<para role=\"&word;\">"
                + "\u00e0 <emphasis>\u00ff</emphasis></para></chapter>\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String body = "<!-- before -->\n<?pi before?>\n<book id=\"b\"><title>T &word;</title>\n&crlf;\n&latin;\n"
                + "<chapter id=\"c\"><title>C</title><para>x <?pi inside?><!-- c --></para></chapter>"
                + "</book>\n<!-- after -->\n";
        Path utf8 = Files.writeString(dir.resolve("utf8.sgml"), "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + doctype + body);
        Path utf16 = dir.resolve("utf16.sgml");
        Files.write(utf16, ("\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n" + doctype + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
        for (Path master : List.of(utf8, utf16)) {
            assertTrue(QuickParserAgreement.woodstoxKept(master, QuickParserAgreement::loader),
                    master + ": Woodstox's tree was kept");
        }
        // an element from an internal entity: the JDK's parser places it in the file the
        // entity is used in, Woodstox in the one that declares it, so the JDK's parser loads it
        Path marked = Files.writeString(dir.resolve("marked.sgml"), "<?xml version=\"1.0\"?>\n" + doctype
                + body.replace("<para>x ", "<para>&marked; "));
        assertFalse(QuickParserAgreement.woodstoxKept(marked, QuickParserAgreement::loader),
                "an element from an internal entity is the JDK's to place");
    }

    /** White space between elements that is not written as such: the JDK's parser keeps it as text. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"&sp;", "&ref;", "&nl;", "&#32;&sp;", "\r\n\t&sp;\r\n"})
    void whiteSpaceFromEntitiesBetweenElementsLoadsAsTheJdkParserLoadsIt(String between, @TempDir Path dir)
            throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY sp " ">
                <!ENTITY ref "&#38;#32;">
                <!ENTITY nl "&#10;">
                ]>
                <book id="b"><title>T</title><chapter id="c"><title>C</title>
                <itemizedlist>%s<listitem><para>x</para></listitem></itemizedlist></chapter></book>
                """.formatted(between));
        QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader, false);
    }

    /** An unparsed entity: the JDK's parser hands it to the tree, so the book is the JDK's to load. */
    @Test
    void aBookWithAnUnparsedEntityLoadsAsTheJdkParserLoadsIt(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("a.png"), new byte[] {1});
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY picture SYSTEM "a.png" NDATA PNG>
                ]>
                <book id="b"><title>T</title><chapter id="c"><title>C</title>
                <para>x</para></chapter></book>
                """);
        assertFalse(QuickParserAgreement.woodstoxKept(master, QuickParserAgreement::loader),
                "an unparsed entity is the JDK's parser's");
    }

    /**
     * Characters XML does not allow in an entity's identifier: Woodstox takes them, the
     * JDK's parser stops at the declaration, whether the entity is used or not.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<!ENTITY ch SYSTEM \"ch\u0000apter.sgml\">|&ch;",
        "<!ENTITY ch SYSTEM \"ch\u0001apter.sgml\">|",
        "<!ENTITY ch PUBLIC \"-//X//\u00e9//EN\" \"chapter.sgml\">|&ch;"})
    void anIllegalCharacterInAnIdentifierIsReportedAsTheJdkParserReportsIt(String declaredAndUsed,
                                                                          @TempDir Path dir) throws Exception {
        String[] parts = declaredAndUsed.split("\\|", -1);
        Files.writeString(dir.resolve("chapter.sgml"), "<chapter id=\"c\"><title>C</title><para>x</para></chapter>");
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                %s
                ]>
                <book id="b"><title>T</title>%s<chapter id="c2"><title>C</title><para>y</para></chapter></book>
                """.formatted(parts[0], parts[1]));
        assertNull(QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader, false),
                "the book does not load: " + declaredAndUsed);
    }

    /**
     * A NUL in the internal subset: Woodstox let one in a comment pass (the bounded fuzzing
     * found it, in docs-src's book), the JDK's parser stops at each of these.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "<!-- a comment \u0000 with a NUL -->",
        "<?pi a processing instruction \u0000 with a NUL?>",
        "<!ENTITY v \"a value \u0000 with a NUL\">"})
    void aNulInTheInternalSubsetIsReportedAsTheJdkParserReportsIt(String declared, @TempDir Path dir)
            throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                %s
                ]>
                <book id="b"><title>T</title><chapter id="c"><title>C</title><para>y</para></chapter></book>
                """.formatted(declared));
        assertNull(QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader, false),
                "the book does not load: " + declared);
        LoadException e = assertThrows(LoadException.class, () -> QuickParserAgreement.loader().load(master));
        assertEquals(new SourceLocation(master, 3, declared.indexOf('\u0000') + 1), e.location());
        assertTrue(e.getMessage().startsWith("An invalid XML character"), e.getMessage());
    }

    /**
     * Files named beyond ASCII: both parsers read the one that is there and report the one
     * that is not as missing (the JDK's parser took both names for remote identifiers, and
     * refused to fetch them: the bounded fuzzing found it).
     */
    @Test
    void entityFilesNamedBeyondAsciiLoadAsWoodstoxLoadsThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kapitel-\u00fc\u2263\u5349.sgml"),
                "<chapter id=\"c\"><title>C</title><para>x</para></chapter>");
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY chap SYSTEM "kapitel-\u00fc\u2263\u5349.sgml">
                <!ENTITY gone SYSTEM "fehlt-\u00fc.sgml">
                ]>
                <book id="b"><title>T</title>&chap;<chapter id="c2"><title>C</title><para>&gone;</para></chapter></book>
                """);
        QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader, false);
        List<Diagnostic> found;
        try {
            found = QuickParserAgreement.loader().jdkParserOnly().load(master).diagnostics();
        } catch (LoadException e) {
            found = e.diagnostics();
        }
        assertEquals(List.of("included file not found: fehlt-\u00fc.sgml"),
                found.stream().filter(d -> d.rule().equals("load")).map(Diagnostic::message).toList());
    }

    /** A standalone declaration: the JDK's parser checks what it forbids, Woodstox may not. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"yes", "no"})
    void aStandaloneDeclarationLoadsAsTheJdkParserLoadsIt(String standalone, @TempDir Path dir) throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8" standalone="%s"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>T</title><chapter id="c"><title>C</title>
                <programlisting>defaulted attributes</programlisting>
                <itemizedlist>
                  <listitem><para>white space in element content &mdash; and an external entity</para></listitem>
                </itemizedlist></chapter></book>
                """.formatted(standalone));
        QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader, false);
    }

    @Test
    void linksToIdsOutsideTheBookAreLeftToCheck(@TempDir Path dir) throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>T</title><chapter id="c"><title>C</title>
                <para>See <xref linkend="elsewhere"/>.</para></chapter></book>
                """);
        LoadedBook book = QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader);
        assertNotNull(book);
        assertTrue(book.diagnostics().isEmpty(), () -> "left to check: " + book.diagnostics());
    }

    @Test
    void aValidityErrorIsReportedInTheJdkParsersWordsAtItsPlace(@TempDir Path dir) throws Exception {
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>T</title><chapter id="c"><title>C</title>
                <para>One <bogus>two</bogus>.</para></chapter></book>
                """);
        LoadedBook book = QuickParserAgreement.assertAgree(master, QuickParserAgreement::loader);
        assertNotNull(book);
        assertFalse(book.diagnostics().isEmpty());
        assertEquals(4, book.diagnostics().get(0).location().line());
        assertTrue(book.diagnostics().get(0).message().contains("\"bogus\""), book.diagnostics().get(0).message());
        assertFalse(book.diagnostics().get(0).message().contains("Woodstox"));
    }
}
