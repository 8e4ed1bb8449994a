package dev.pgdocs.resolve;

import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The link targets of a book, and the page names of elements, asked of the shared
 * stylesheets rather than worked out again in Java: one rule for HTML, PDF, inventory
 * and checker.
 */
public final class LinkTargets {

    /** The stylesheet that lists every target. */
    public static final String STYLESHEET = "common/targets.xsl";
    private static final String NS = "urn:pgdocs:functions";

    private final String bookTitle;
    private final Map<String, LinkTarget> byId;
    private final Xslt30Transformer functions;

    private LinkTargets(String bookTitle, Map<String, LinkTarget> byId, Xslt30Transformer functions) {
        this.bookTitle = bookTitle;
        this.byId = byId;
        this.functions = functions;
    }

    /** Runs the targets stylesheet over a book. */
    public static LinkTargets of(LoadedBook book, StylesheetCache stylesheets) throws StylesheetException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        XdmDestination out = new XdmDestination();
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.callTemplate(null, out);
        } catch (SaxonApiException e) {
            throw new StylesheetException(STYLESHEET + " failed: " + e.getMessage(), e);
        }
        XdmNode root = out.getXdmNode().select(Steps.child("targets")).findFirst().orElseThrow();
        Map<String, LinkTarget> byId = new LinkedHashMap<>();
        for (XdmNode t : root.select(Steps.child("target")).toList()) {
            LinkTarget target = new LinkTarget(t.attribute("id"), t.attribute("element"), t.attribute("page"),
                    t.attribute("anchor"), t.attribute("href"), t.attribute("title"), orEmpty(t.attribute("xreflabel")),
                    t.attribute("xreftext"));
            byId.putIfAbsent(target.id(), target);
        }
        return new LinkTargets(root.attribute("title"), Map.copyOf(byId), transformer);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The title of the book. */
    public String bookTitle() {
        return bookTitle;
    }

    /** Targets by id; for a duplicated id, the first element. */
    public Map<String, LinkTarget> byId() {
        return byId;
    }

    /** The file name of the page an element is on, or is, as the HTML build names it. */
    public String pageName(XdmNode element) {
        try {
            XdmValue chunk = functions.callFunction(new QName(NS, "chunk"), new XdmValue[] {element});
            return functions.callFunction(new QName(NS, "page-name"), new XdmValue[] {chunk}).toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("page-name failed in " + STYLESHEET, e);
        }
    }
}
