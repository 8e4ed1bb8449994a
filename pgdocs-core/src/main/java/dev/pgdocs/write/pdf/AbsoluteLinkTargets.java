package dev.pgdocs.write.pdf;

import org.apache.fop.render.intermediate.extensions.DocumentNavigationExtensionConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The intermediate format on its way to the painting thread, each link's target page
 * kept as the layout gave it. FOP's reader of the format (2.11) takes a go-to inside a
 * page to lead to the page being painted, unless the go-to carries a negative
 * {@code page-index-relative}; FOP's writer adds that attribute only to links to earlier
 * pages. Every entry of the table of contents, painted after the pages it cites, and
 * every link to a later page, then led to its own page. The reader looks only at the
 * attribute's sign, so each go-to with a page gets -1 here when it has none.
 */
final class AbsoluteLinkTargets extends XMLFilterImpl {

    private static final String NAMESPACE = DocumentNavigationExtensionConstants.NAMESPACE;
    private static final String RELATIVE = "page-index-relative";

    AbsoluteLinkTargets(ContentHandler to) {
        setContentHandler(to);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (NAMESPACE.equals(uri) && "goto-xy".equals(localName) && atts.getIndex(RELATIVE) < 0) {
            String page = atts.getValue("page-index");
            if (page != null && !page.startsWith("-")) {
                AttributesImpl marked = new AttributesImpl(atts);
                marked.addAttribute("", RELATIVE, RELATIVE, "CDATA", "-1");
                atts = marked;
            }
        }
        super.startElement(uri, localName, qName, atts);
    }
}
