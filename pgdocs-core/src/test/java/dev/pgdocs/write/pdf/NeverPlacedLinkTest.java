package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.diagnostics.SourceLocation;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A link whose target id no FO element has is reported at the link's source place, once per
 * link; a forward link whose target comes later is not.
 */
class NeverPlacedLinkTest {

    private static final String FO = """
            <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:pgdocs="urn:pgdocs:extensions">
              <fo:layout-master-set>
                <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm" margin="20mm">
                  <fo:region-body/>
                </fo:simple-page-master>
              </fo:layout-master-set>
              <fo:page-sequence master-reference="page">
                <fo:flow flow-name="xsl-region-body">
                  <fo:block pgdocs:src="/book/intro.sgml:7:3">To <fo:basic-link internal-destination="later">a
                    later page</fo:basic-link> and <fo:basic-link internal-destination="nowhere">nowhere</fo:basic-link>.</fo:block>
                  <fo:block pgdocs:src="/book/intro.sgml:9:3">Again <fo:basic-link internal-destination="nowhere">nowhere</fo:basic-link>.</fo:block>
                  <fo:block break-before="page" id="later">The later page.</fo:block>
                </fo:flow>
              </fo:page-sequence>
            </fo:root>
            """;

    @Test
    void eachLinkToAnIdWithNoPlaceIsReportedWhereItStands(@TempDir Path dir) throws Exception {
        PdfWriter.Result result = new PdfWriter(dir).write(dir.resolve("out.pdf"), dir.resolve("out.pdf"), "Title", "",
                "en", Instant.EPOCH, fo -> {
                    XMLReader reader = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
                    reader.setContentHandler(fo);
                    reader.parse(new InputSource(new StringReader(FO)));
                }, Progress.NONE);
        List<Diagnostic> reported = result.diagnostics().stream().filter(d -> d.rule().equals("pdf.link-target")).toList();
        assertEquals(List.of(new SourceLocation(Path.of("/book/intro.sgml"), 7, 3),
                new SourceLocation(Path.of("/book/intro.sgml"), 9, 3)), reported.stream().map(Diagnostic::location).toList());
        assertEquals(2, reported.stream().filter(d -> !d.isError() && d.message().contains("\"nowhere\"")).count(),
                reported.toString());
        assertEquals(Map.of("pdf.link-target", 2), result.counts());
        assertEquals(2, result.pages());
    }
}
