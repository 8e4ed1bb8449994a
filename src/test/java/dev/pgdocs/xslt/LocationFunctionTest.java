package dev.pgdocs.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pgdocs:location: where a start tag begins, as text the stylesheets pass on, and read back. */
class LocationFunctionTest {

    private static final String DOCTYPE = "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
            + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n";

    private static XdmNode para(Path master) throws Exception {
        return new Pipeline(BookSource.of(master)).load().document()
                .select(Steps.descendant("para")).findFirst().orElseThrow();
    }

    private static String locate(LocationFunction function, XdmNode node) {
        return function.call(new XdmValue[] {node}).itemAt(0).getStringValue();
    }

    @Test
    void aStartTagWithAttributesOnLaterLinesIsPlacedAtItsLessThanSign(@TempDir Path dir) throws Exception {
        Path master = dir.resolve("book.sgml");
        Files.writeString(master, DOCTYPE + "<book id=\"b\"><title>T</title><chapter id=\"c\"><title>C</title>\n"
                + "  <para\n     role=\"x\">text</para></chapter></book>\n");
        String at = locate(new LocationFunction(), para(master));
        assertEquals(master.toRealPath() + ":3:3", at);
        assertEquals(new SourceLocation(master.toRealPath(), 3, 3), LocationFunction.parse(at));
    }

    @Test
    void afterAnEditTheForgottenTextIsReadAgain(@TempDir Path dir) throws Exception {
        Path master = dir.resolve("book.sgml");
        String body = "<book id=\"b\"><title>T</title><chapter id=\"c\"><title>C</title>\n"
                + "  <para\n     role=\"x\">text</para></chapter></book>\n";
        Files.writeString(master, DOCTYPE + body);
        LocationFunction function = new LocationFunction(); // kept across loads, as serve keeps it
        assertEquals(master.toRealPath() + ":3:3", locate(function, para(master)));
        Files.writeString(master, DOCTYPE + "\n\n" + body.replace("  <para", "<para"));
        function.forgetSources();
        assertEquals(master.toRealPath() + ":5:1", locate(function, para(master)));
    }

    @Test
    void textThatIsNoLocationReadsBackAsUnknown() {
        SourceLocation unknown = LocationFunction.parse("no place");
        assertNull(unknown.file());
        assertEquals(0, unknown.line());
        assertEquals(0, unknown.column());
        assertEquals(new SourceLocation(Path.of("/a:b/c.sgml"), 7, 9), LocationFunction.parse("/a:b/c.sgml:7:9"),
                "a colon in the path is the path's");
    }
}
