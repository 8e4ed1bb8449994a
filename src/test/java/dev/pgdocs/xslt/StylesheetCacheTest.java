package dev.pgdocs.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stylesheets compiled once each, from --templates when it has the file, else from the jar; failures said with their place. */
class StylesheetCacheTest {

    private static final String HELLO = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:output method="text"/>
              <xsl:template match="/">%s</xsl:template>
            </xsl:stylesheet>
            """;

    private static String run(XsltExecutable stylesheet) throws Exception {
        StringWriter out = new StringWriter();
        var transformer = stylesheet.load30();
        transformer.transform(new StreamSource(new java.io.StringReader("<a/>")),
                transformer.newSerializer(out));
        return out.toString();
    }

    @Test
    void eachStylesheetIsCompiledOnce() throws Exception {
        StylesheetCache cache = new StylesheetCache(new Processor(false), Optional.empty());
        cache.prepare("common/targets.xsl");
        XsltExecutable first = cache.get("common/targets.xsl");
        assertSame(first, cache.get("common/targets.xsl"));
    }

    @Test
    void aTemplatesDirectoryOverridesFileByFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("own"));
        Files.writeString(dir.resolve("own/hello.xsl"), HELLO.formatted("overridden"));
        StylesheetCache cache = new StylesheetCache(new Processor(false), Optional.of(dir));
        assertEquals("overridden", run(cache.get("own/hello.xsl")));
        // a name the directory does not have comes from the jar
        assertTrue(cache.get("common/targets.xsl").getUnderlyingCompiledStylesheet() != null);
        StylesheetException missing = assertThrows(StylesheetException.class, () -> cache.get("own/none.xsl"));
        assertEquals("no stylesheet named own/none.xsl in the jar", missing.getMessage());
    }

    @Test
    void aStylesheetThatDoesNotCompileIsReportedAtItsLine(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("bad.xsl"), HELLO.formatted("<xsl:value-of select=\"1 +\"/>"));
        StylesheetCache cache = new StylesheetCache(new Processor(false), Optional.of(templates));
        StylesheetException bad = assertThrows(StylesheetException.class, () -> cache.get("bad.xsl"));
        assertTrue(bad.getMessage().contains("does not compile"), bad.getMessage());
        assertTrue(bad.getMessage().contains("templates/bad.xsl:3:"), bad.getMessage());
    }
}
