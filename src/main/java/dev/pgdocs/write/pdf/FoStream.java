package dev.pgdocs.write.pdf;

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

    private final Deque<String[]> places = new ArrayDeque<>();
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
        String value = atts.getValue(src);
        int col = value.lastIndexOf(':');
        int line = value.lastIndexOf(':', col - 1);
        places.push(line > 0 ? new String[] {value.substring(0, line), value.substring(line + 1, col),
                value.substring(col + 1)} : new String[] {value, "0", "0"});
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
        private String field(int i) {
            String[] top = places.peek();
            return top == null ? null : top[i];
        }

        private int number(int i) {
            try {
                return field(i) == null ? 0 : Integer.parseInt(field(i));
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return field(0);
        }

        @Override
        public int getLineNumber() {
            return number(1);
        }

        @Override
        public int getColumnNumber() {
            return number(2);
        }
    }
}
