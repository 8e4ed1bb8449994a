package dev.pgdocs.write.pdf;

import java.util.function.Consumer;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes FO through to FOP and notes each page sequence it has laid out (FOP lays one
 * out when it ends), so that a long build can show that it is moving.
 */
final class ProgressHandler extends XMLFilterImpl {

    private static final String FO = "http://www.w3.org/1999/XSL/Format";

    private final Consumer<String> progress;
    private int sequences;
    private final long start = System.nanoTime();

    ProgressHandler(ContentHandler fop, Consumer<String> progress) {
        setContentHandler(fop);
        this.progress = progress;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (FO.equals(uri) && "page-sequence".equals(localName)) {
            sequences++;
            if (sequences % 25 == 0) {
                progress.accept(String.format("PDF: %d page sequences laid out (%.1f s)", sequences,
                        (System.nanoTime() - start) / 1e9));
            }
        }
    }
}
