package dev.pgdocs.resolve;

import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmMap;
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
    private final String bookAuthor;
    /** Null until asked for, in a list that is not complete. */
    private Integer pageCount;
    private final Map<String, LinkTarget> byId;
    private final List<BookPage> pages;
    private final Xslt30Transformer functions;

    private LinkTargets(String bookTitle, String bookAuthor, Integer pageCount, Map<String, LinkTarget> byId,
                        List<BookPage> pages, Xslt30Transformer functions) {
        this.bookTitle = bookTitle;
        this.bookAuthor = bookAuthor;
        this.pageCount = pageCount;
        this.byId = byId;
        this.pages = pages;
        this.functions = functions;
    }

    /** Cross-reference texts worked out when asked for, by id, in a list that is not complete. */
    private final Map<String, String> lateXreftexts = new HashMap<>();

    /** Runs the targets stylesheet over a book, without the list of pages. */
    public static LinkTargets of(LoadedBook book, StylesheetCache stylesheets) throws StylesheetException {
        return of(book, stylesheets, false);
    }

    /**
     * Runs the targets stylesheet over a book; with {@code withPages} the list is complete:
     * {@link #pages()} lists every page and every target has its cross-reference text (what
     * serve and diff compare builds by, and an inventory publishes). The others do without,
     * and save the time: the check asks {@link #xreftext} for the few texts it needs.
     */
    public static LinkTargets of(LoadedBook book, StylesheetCache stylesheets, boolean withPages)
            throws StylesheetException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        XdmDestination out = new XdmDestination();
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.setStylesheetParameters(Map.of(new QName("with-pages"), new XdmAtomicValue(withPages)));
            transformer.callTemplate(null, out);
        } catch (SaxonApiException e) {
            throw new StylesheetException(STYLESHEET + " failed: " + e.getMessage(), e);
        }
        XdmNode root = out.getXdmNode().select(Steps.child("targets")).findFirst().orElseThrow();
        Map<String, LinkTarget> byId = new LinkedHashMap<>();
        for (XdmNode t : root.select(Steps.child("target")).toList()) {
            LinkTarget target = new LinkTarget(t.attribute("id"), t.attribute("element"), t.attribute("page"),
                    t.attribute("anchor"), t.attribute("href"), t.attribute("title"), orEmpty(t.attribute("xreflabel")),
                    withPages ? t.attribute("xreftext") : null);
            byId.putIfAbsent(target.id(), target);
        }
        List<BookPage> pages = root.select(Steps.child("page")).map(p -> new BookPage(p.attribute("name"),
                p.attribute("title"), p.attribute("element"), "true".equals(p.attribute("positional")))).toList();
        String pageCount = root.attribute("pages");
        return new LinkTargets(root.attribute("title"), root.attribute("author"),
                pageCount == null ? null : Integer.valueOf(pageCount), Map.copyOf(byId), pages, transformer);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The title of the book. */
    public String bookTitle() {
        return bookTitle;
    }

    /**
     * Who wrote the book, as its info names them (corpauthor, else the authors), for the
     * metadata of a PDF or an EPUB; empty when it names nobody.
     */
    public String bookAuthor() {
        return bookAuthor;
    }

    /**
     * What an xref to the element with {@code id} prints ("Section 48.2"), "" for nothing
     * or no such id: from the list when it is complete, else worked out now (once per id).
     */
    public synchronized String xreftext(String id) {
        LinkTarget target = byId.get(id);
        if (target == null) {
            return "";
        }
        if (target.xreftext() != null) {
            return target.xreftext();
        }
        return lateXreftexts.computeIfAbsent(id, this::workOutXreftext);
    }

    /**
     * Every target, each with its cross-reference text, for an inventory.
     *
     * @throws IllegalStateException when the list is not complete: it lacks the pages
     *                               and links an inventory gives
     */
    public List<LinkTarget> withXreftexts() {
        if (byId.values().stream().anyMatch(t -> t.href() == null || t.xreftext() == null)) {
            throw new IllegalStateException("the targets list is not complete: make it with Pipeline.completeTargets()");
        }
        return List.copyOf(byId.values());
    }

    private String workOutXreftext(String id) {
        try {
            return functions.callFunction(new QName(NS, "xref-text-of"), new XdmValue[] {new XdmAtomicValue(id)})
                    .toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("xref-text-of failed in " + STYLESHEET, e);
        }
    }

    /** Targets by id; for a duplicated id, the first element. */
    public Map<String, LinkTarget> byId() {
        return byId;
    }

    /**
     * How many pages the chunked HTML of the book has (counted when first asked, in a list
     * that is not complete: the check never asks).
     */
    public synchronized int pageCount() {
        if (pageCount == null) {
            try {
                pageCount = Integer.valueOf(functions.callFunction(new QName(NS, "page-count"), new XdmValue[0])
                        .toString());
            } catch (SaxonApiException e) {
                throw new IllegalStateException("page-count failed in " + STYLESHEET, e);
            }
        }
        return pageCount;
    }

    /** Every page of the book, in reading order; empty unless asked for when made. */
    public List<BookPage> pages() {
        return pages;
    }

    /**
     * Whether two builds agree on everything one page can show of another: the book
     * title, every page's name and title (navigation, tables of contents) and every
     * target's page, anchor, title and cross-reference text. When they do, an edit can
     * only have changed the pages its own elements are on.
     */
    public boolean sameStructure(LinkTargets other) {
        return bookTitle.equals(other.bookTitle) && pages.equals(other.pages) && byId.equals(other.byId);
    }

    /**
     * The pages that the given elements of {@code document} are on or contain, for
     * elements that start an edited file: what an edit confined to that file can have
     * changed. Needs no targets, so that it can run before they are worked out.
     */
    public static Set<String> pagesTouched(StylesheetCache stylesheets, XdmNode document, List<XdmNode> roots)
            throws StylesheetException {
        Set<String> pages = new LinkedHashSet<>();
        call(stylesheets, document, "pages-touched", new XdmValue(roots)).forEach(n -> pages.add(n.getStringValue()));
        return pages;
    }

    /**
     * What the pages show of one another besides the targets (generated anchors, titles
     * of elements without an id, the index). Needs no targets, so that it can be worked
     * out beside them.
     */
    public static PageLayout pageLayout(StylesheetCache stylesheets, XdmNode document) throws StylesheetException {
        XdmMap layout = (XdmMap) call(stylesheets, document, "page-layout", document);
        Map<String, String> byPage = new HashMap<>();
        ((XdmMap) layout.get("pages")).asMap().forEach((page, shown) -> byPage.put(page.getStringValue(),
                shown.toString()));
        Set<String> indexPages = new HashSet<>();
        layout.get("index-pages").forEach(page -> indexPages.add(page.getStringValue()));
        return new PageLayout(Map.copyOf(byPage), layout.get("index-terms").toString(), Set.copyOf(indexPages));
    }

    /** Calls a function of the targets stylesheet on a fresh transformation of {@code document}. */
    private static XdmValue call(StylesheetCache stylesheets, XdmNode document, String function, XdmValue argument)
            throws StylesheetException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        try {
            transformer.setGlobalContextItem(document);
            return transformer.callFunction(new QName(NS, function), new XdmValue[] {argument});
        } catch (SaxonApiException e) {
            throw new StylesheetException(STYLESHEET + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The file name of the page an element is on, or is, as the HTML build names it.
     * (Synchronized as {@link #xreftext} is: both call the one transformer of the list.)
     */
    public synchronized String pageName(XdmNode element) {
        try {
            XdmValue chunk = functions.callFunction(new QName(NS, "chunk"), new XdmValue[] {element});
            return functions.callFunction(new QName(NS, "page-name"), new XdmValue[] {chunk}).toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("page-name failed in " + STYLESHEET, e);
        }
    }
}
