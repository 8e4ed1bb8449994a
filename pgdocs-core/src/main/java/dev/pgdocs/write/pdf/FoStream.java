package dev.pgdocs.write.pdf;

import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.xslt.LocationFunction;
import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the FO stylesheet and FOP. The stylesheet marks the FO it makes for a
 * source element with {@code pgdocs:src="file:line:col"}; this filter removes those
 * attributes and gives FOP a locator that reports the source place instead of the
 * stylesheet's, so FOP's warnings ("exceeds the available area") name the DocBook
 * file and line they come from.
 */
final class FoStream extends XMLFilterImpl {

    /** The namespace of pgdocs' own attributes in the FO. */
    static final String PGDOCS = "urn:pgdocs:extensions";

    private final Deque<SourceLocation> places = new ArrayDeque<>();
    private final Deque<Boolean> marked = new ArrayDeque<>();

    FoStream(ContentHandler fop) {
        setContentHandler(fop);
        super.setDocumentLocator(new SourceLocator());
    }

    /** The stylesheet's locator is not passed on: FOP gets the source one. */
    @Override
    public void setDocumentLocator(Locator locator) {
        // keep ours
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int src = atts.getIndex(PGDOCS, "src");
        marked.push(src >= 0);
        if (src < 0) {
            super.startElement(uri, localName, qName, atts);
            return;
        }
        places.push(LocationFunction.parse(atts.getValue(src)));
        AttributesImpl rest = new AttributesImpl(atts);
        rest.removeAttribute(src);
        super.startElement(uri, localName, qName, rest);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (marked.pop()) {
            places.pop();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (!PGDOCS.equals(uri)) {
            super.startPrefixMapping(prefix, uri);
        }
    }

    /** Where the FO being read came from: the innermost marked source element. */
    private final class SourceLocator implements Locator {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            SourceLocation at = places.peek();
            return at == null || at.file() == null ? null : at.file().toString();
        }

        @Override
        public int getLineNumber() {
            return places.isEmpty() ? 0 : places.peek().line();
        }

        @Override
        public int getColumnNumber() {
            return places.isEmpty() ? 0 : places.peek().column();
        }
    }
}
