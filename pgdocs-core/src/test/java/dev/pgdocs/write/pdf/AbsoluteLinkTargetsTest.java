package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.render.intermediate.IFConstants;
import org.apache.fop.render.intermediate.extensions.DocumentNavigationExtensionConstants;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/** What the painting thread's reader of FOP's intermediate format gets to see of the links. */
class AbsoluteLinkTargetsTest {

    private static final String NAV = DocumentNavigationExtensionConstants.NAMESPACE;
    private static final String IF = IFConstants.NAMESPACE;

    /** Each go-to as "id page relative", in the order it reached the reader. */
    private final List<String> seen = new ArrayList<>();
    private final AbsoluteLinkTargets filter = new AbsoluteLinkTargets(new DefaultHandler() {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (NAV.equals(uri) && localName.equals("goto-xy")) {
                seen.add(atts.getValue("id") + " " + atts.getValue("page-index") + " "
                        + atts.getValue("page-index-relative"));
            }
        }
    });

    @Test
    void aGoToWithAPageKeepsItAndOneNeverPlacedGetsTheFirstPageInTheTrailer() throws Exception {
        goTo("later", "-1", null); // a link to a page not laid out yet
        goTo("earlier", "3", "-2"); // FOP's writer marks links to earlier pages itself
        goTo("later", "7", null); // the layout reached it
        goTo("on-a-page", "-1", null);
        element(IF, "id", "name", "on-a-page"); // the reader places it on the page being painted
        goTo("nowhere", "-1", null); // an id the FO has no element for
        element(IF, "trailer");
        assertEquals(List.of("later -1 null", "earlier 3 -2", "later 7 -1", "on-a-page -1 null", "nowhere -1 null",
                "nowhere 0 -1"), seen);
    }

    private void goTo(String id, String page, String relative) throws Exception {
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "id", "id", "CDATA", id);
        atts.addAttribute("", "page-index", "page-index", "CDATA", page);
        if (relative != null) {
            atts.addAttribute("", "page-index-relative", "page-index-relative", "CDATA", relative);
        }
        filter.startElement(NAV, "goto-xy", "nav:goto-xy", atts);
        filter.endElement(NAV, "goto-xy", "nav:goto-xy");
    }

    private void element(String uri, String name, String... attribute) throws Exception {
        AttributesImpl atts = new AttributesImpl();
        if (attribute.length == 2) {
            atts.addAttribute("", attribute[0], attribute[0], "CDATA", attribute[1]);
        }
        filter.startElement(uri, name, name, atts);
        filter.endElement(uri, name, name);
    }
}
