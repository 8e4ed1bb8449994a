package dev.pgdocs.write.pdf;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** FO documents for the PDF writer's tests: A4 pages, the page sequences given. */
final class TestFo {

    private TestFo() {
    }

    /** An fo:root with one A4 page master ("page") and these page sequences. */
    static String document(String pageSequences) {
        return """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:pgdocs="urn:pgdocs:extensions">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="page" page-width="210mm" page-height="297mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                """ + pageSequences + "</fo:root>\n";
    }

    /** Sends the FO text into the writer's handler, as the stylesheet would. */
    static PdfWriter.FoProducer producer(String fo) {
        return handler -> {
            XMLReader reader = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(new StringReader(fo)));
        };
    }
}
