package dev.pgdocs.write.pdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fop.render.intermediate.IFConstants;
import org.apache.fop.render.intermediate.extensions.DocumentNavigationExtensionConstants;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The intermediate format on its way to the painting thread, each link's target page
 * kept as the layout gave it. Two things in FOP 2.11's handling of the format would
 * otherwise change the PDF's links:
 * <ul>
 * <li>its reader takes a go-to inside a page to lead to the page being painted, unless
 * the go-to carries a negative {@code page-index-relative}, which its writer adds only to
 * links to earlier pages: every entry of the table of contents (painted after the pages
 * it cites) and every link to a later page led to its own page. The reader looks only at
 * the attribute's sign, so each go-to with a page gets -1 here when it has none;</li>
 * <li>a link whose target the layout never placed (an id the FO has no element for) is
 * sent to the top of the first page when FOP writes the PDF itself, but through the
 * format it stays without a page, which PDF readers report as a bad destination
 * (PostgreSQL 18: six links). Such go-tos get the first page again, in the trailer.</li>
 * </ul>
 */
final class AbsoluteLinkTargets extends XMLFilterImpl {

    private static final String NAVIGATION = DocumentNavigationExtensionConstants.NAMESPACE;
    private static final String RELATIVE = "page-index-relative";
    private static final String PAGE = "page-index";

    /** Go-tos that named no page yet, in the order they came. */
    private final Set<String> placeUnknown = new LinkedHashSet<>();

    AbsoluteLinkTargets(ContentHandler to) {
        setContentHandler(to);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (NAVIGATION.equals(uri) && "goto-xy".equals(localName)) {
            String id = atts.getValue("id");
            String page = atts.getValue(PAGE);
            boolean placed = page != null && !page.startsWith("-");
            if (id != null && !placed) {
                placeUnknown.add(id);
            } else if (id != null) {
                placeUnknown.remove(id);
            }
            if (placed && atts.getIndex(RELATIVE) < 0) {
                AttributesImpl marked = new AttributesImpl(atts);
                marked.addAttribute("", RELATIVE, RELATIVE, "CDATA", "-1");
                atts = marked;
            }
        } else if (IFConstants.NAMESPACE.equals(uri) && "id".equals(localName)) {
            placeUnknown.remove(atts.getValue("name")); // the reader places it on the page being painted
        }
        super.startElement(uri, localName, qName, atts);
        if (IFConstants.NAMESPACE.equals(uri) && "trailer".equals(localName)) {
            for (String id : placeUnknown) {
                AttributesImpl first = new AttributesImpl();
                first.addAttribute("", "id", "id", "CDATA", id);
                first.addAttribute("", PAGE, PAGE, "CDATA", "0");
                first.addAttribute("", RELATIVE, RELATIVE, "CDATA", "-1");
                first.addAttribute("", "x", "x", "CDATA", "0");
                first.addAttribute("", "y", "y", "CDATA", "0");
                String name = qName.contains(":") ? "nav:goto-xy" : "goto-xy";
                super.startElement(NAVIGATION, "goto-xy", name, first);
                super.endElement(NAVIGATION, "goto-xy", name);
            }
            placeUnknown.clear();
        }
    }
}
