package dev.pgdocs.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgdocs.load.Catalog;
import dev.pgdocs.load.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serve's first look renders the pages of the elements where each edited file starts:
 * those from the file whose parent is from another one, however the files nest.
 */
class EditedFileRootsTest {

    @TempDir
    Path dir;

    @Test
    void theRootsOfEachEditedFileAreItsOutermostElements() throws Exception {
        Path master = write("book.sgml", """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"
                  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY one SYSTEM "one.sgml">
                <!ENTITY two SYSTEM "two.sgml">
                <!ENTITY three SYSTEM "three.sgml">
                ]>
                <book><title>B</title>
                &one;
                <chapter id="c2"><title>C2</title>&three;&two;</chapter>
                </book>
                """);
        write("one.sgml", """
                <chapter id="c1"><title>C1</title>
                &three;
                <sect1 id="s1"><title>S1</title><para>x</para></sect1>
                </chapter>
                """);
        write("two.sgml", "<sect1 id=\"s2\"><title>S2</title><note>&three;</note></sect1>");
        write("three.sgml", "<para>three</para><para>again</para>");
        XdmNode document = new SourceLoader(new Processor(false), Catalog.builtIn()).load(master).document();

        assertEquals(List.of("chapter c1"), roots(document, "one.sgml"));
        assertEquals(List.of("sect1 s2"), roots(document, "two.sgml"));
        // pulled in three times: into one's chapter, the master's chapter and two's note
        assertEquals(List.of("para in chapter", "para in chapter", "para in chapter", "para in chapter",
                "para in note", "para in note"), roots(document, "three.sgml"));
        // a file inside an edited file adds no roots of its own
        assertEquals(List.of("chapter c1", "para in chapter", "para in chapter", "sect1 s2"),
                roots(document, "one.sgml", "two.sgml", "three.sgml"));
        assertEquals(List.of("book"), roots(document, "book.sgml", "one.sgml"));
        assertEquals(List.of(), roots(document, "missing.sgml"));
    }

    private List<String> roots(XdmNode document, String... files) {
        Set<Path> edited = Set.of(files).stream().map(f -> dir.resolve(f).toAbsolutePath().normalize())
                .collect(java.util.stream.Collectors.toSet());
        return LiveBuild.rootsFrom(document, edited).stream().map(EditedFileRootsTest::describe).toList();
    }

    private static String describe(XdmNode element) {
        String name = element.getNodeName().getLocalName();
        String id = element.attribute("id");
        return id != null ? name + " " + id
                : element.getParent().getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.DOCUMENT ? name
                : name + " in " + element.getParent().getNodeName().getLocalName();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
