package dev.pgdocs.render;

import dev.pgdocs.threads.DaemonThreads;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.resolve.InventoryEntry;
import dev.pgdocs.xslt.PageClaims;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Renders a book to HTML pages with templates/html/html.xsl (an EPUB's with
 * templates/epub/epub.xsl, which imports it): one transformation, each
 * page an xsl:result-document caught in memory. Links into other books come from the
 * inventories; elements without a template come back as diagnostics.
 */
public final class HtmlRenderer {

    public static final String STYLESHEET = "html/html.xsl";
    /** Transformations to share the pages out to; more than the cores would only compete. */
    private static final int PARTS = 2;

    private final StylesheetCache stylesheets;
    private final HtmlStyle style;

    /** A renderer of pgdocs' own reading theme ({@link HtmlStyle#DEFAULT}). */
    public HtmlRenderer(StylesheetCache stylesheets) {
        this(stylesheets, HtmlStyle.DEFAULT);
    }

    public HtmlRenderer(StylesheetCache stylesheets, HtmlStyle style) {
        this.stylesheets = stylesheets;
        this.style = style;
    }

    /**
     * Renders the whole book; {@code singlePage} puts it all in index.html. The pages are
     * shared out over one transformation per core (Saxon-HE runs each on one thread);
     * they read the same tree and compiled stylesheet. Each page goes to {@code onPage}
     * as soon as it is complete (from a rendering thread), so writing overlaps rendering.
     */
    public RenderedSite render(LoadedBook book, Map<String, InventoryEntry> inventory, boolean singlePage,
                               BiConsumer<String, String> onPage) throws StylesheetException {
        return render(book, inventory, singlePage, Set.of(), onPage);
    }

    /**
     * Renders the pages named in {@code only} (all of them when it is empty), as
     * {@link #render(LoadedBook, Map, boolean, BiConsumer)} does.
     */
    public RenderedSite render(LoadedBook book, Map<String, InventoryEntry> inventory, boolean singlePage,
                               Set<String> only, BiConsumer<String, String> onPage) throws StylesheetException {
        XsltExecutable stylesheet = stylesheets.get(style.stylesheet());
        // a few pages cost little beside the stylesheet's globals, which every part computes
        int parts = singlePage || !only.isEmpty() ? 1
                : Math.max(1, Math.min(PARTS, Runtime.getRuntime().availableProcessors()));
        Set<String> pages = ConcurrentHashMap.newKeySet();
        List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
        SiteImages images = SiteImages.of(book.document(), book.sourceRoot(), diagnostics::add);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        XdmValue claims = PageClaims.newShare();
        ExecutorService workers = Executors.newFixedThreadPool(parts, DaemonThreads.named("pgdocs-render"));
        for (int part = 0; part < parts; part++) {
            int p = part;
            running.add(CompletableFuture.runAsync(() -> renderPart(stylesheet, book, inventory, images, singlePage,
                    only, p, parts, claims, pages, diagnostics, onPage), workers));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            workers.shutdownNow();
            if (e.getCause() instanceof StylesheetFailure f) {
                throw new StylesheetException(style.stylesheet() + " failed: " + f.getCause().getMessage(),
                        f.getCause());
            }
            throw e;
        }
        workers.shutdown();

        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(null);
        return new RenderedSite(new TreeSet<>(pages), List.copyOf(sorted), images.files());
    }

    /** Carries a transformation failure out of a worker thread. */
    private static final class StylesheetFailure extends RuntimeException {
        StylesheetFailure(SaxonApiException cause) {
            super(cause);
        }
    }

    private void renderPart(XsltExecutable stylesheet, LoadedBook book, Map<String, InventoryEntry> inventory,
                            SiteImages images, boolean singlePage, Set<String> only, int part, int parts,
                            XdmValue claims,
                            Set<String> pages, List<Diagnostic> diagnostics, BiConsumer<String, String> onPage) {
        Xslt30Transformer transformer = stylesheet.load30();
        StylesheetReports.attach(transformer, book, "HTML", diagnostics::add);
        transformer.setResultDocumentHandler(uri -> {
            StringWriter out = new StringWriter(16_384);
            String name = pageName(uri);
            pages.add(name);
            Serializer serializer = stylesheets.processor().newSerializer(out);
            serializer.onClose(() -> onPage.accept(name, out.toString()));
            return serializer;
        });
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.setStylesheetParameters(Map.of(
                    new QName("single-page"), new XdmAtomicValue(singlePage),
                    new QName("inventory"), inventoryMap(inventory),
                    new QName("images"), stringMap(images.paths()),
                    new QName("only"), new XdmValue(only.stream().map(XdmAtomicValue::new).toList()),
                    new QName("part"), new XdmAtomicValue(part),
                    new QName("claims"), claims,
                    new QName("style"), new XdmAtomicValue(style.parameter()),
                    new QName("pg.version"), new XdmAtomicValue(book.pgVersion().version())));
            transformer.callTemplate(null);
            Timings.phase("render part " + part + "/" + parts);
        } catch (SaxonApiException e) {
            throw new StylesheetFailure(e);
        }
    }

    private static String pageName(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static XdmValue inventoryMap(Map<String, InventoryEntry> inventory) {
        Map<XdmAtomicValue, XdmValue> entries = new HashMap<>();
        inventory.forEach((id, e) -> entries.put(new XdmAtomicValue(id), XdmMap.makeMap(Map.of(
                "url", e.url(), "text", e.text().isBlank() ? e.xreftext() : e.text()))));
        return new XdmMap(entries);
    }

    private static XdmValue stringMap(Map<String, String> map) {
        Map<XdmAtomicValue, XdmValue> entries = new HashMap<>();
        map.forEach((k, v) -> entries.put(new XdmAtomicValue(k), new XdmAtomicValue(v)));
        return new XdmMap(entries);
    }

}
