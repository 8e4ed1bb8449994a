package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.resolve.InventoryEntry;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Renders a book's reference pages to man pages with templates/man/man.xsl: one
 * transformation, each page (and each ".so" stub for a page's other names) an
 * xsl:result-document named by its path, "man7/CREATE_TABLE.7", caught in memory.
 */
public final class ManRenderer {

    public static final String STYLESHEET = "man/man.xsl";

    private final StylesheetCache stylesheets;

    public ManRenderer(StylesheetCache stylesheets) {
        this.stylesheets = stylesheets;
    }

    /**
     * Renders every refentry with a manvolnum; each file goes to {@code onPage} (path,
     * roff text) when it is complete. {@code sqlSection} is the section of the SQL
     * command pages (manvolnum 7), PostgreSQL's sqlmansect. Returns what the templates
     * reported.
     */
    public List<Diagnostic> render(LoadedBook book, Map<String, InventoryEntry> inventory, String sqlSection,
                                   BiConsumer<String, String> onPage) throws StylesheetException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        List<Diagnostic> diagnostics = new ArrayList<>();
        StylesheetReports.attach(transformer, book, "man", diagnostics::add);
        URI base = URI.create("file:///pgdocs-man/");
        transformer.setBaseOutputURI(base.toString());
        transformer.setResultDocumentHandler(uri -> {
            StringWriter out = new StringWriter(16_384);
            String name = base.relativize(uri).getPath(); // Saxon may pass the href resolved or not
            Serializer serializer = stylesheets.processor().newSerializer(out);
            serializer.onClose(() -> onPage.accept(name, out.toString()));
            return serializer;
        });
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.setStylesheetParameters(Map.of(
                    new QName("inventory"), HtmlRenderer.inventoryMap(inventory),
                    new QName("man-sql-section"), new XdmAtomicValue(sqlSection),
                    new QName("pg.version"), new XdmAtomicValue(book.pgVersion().version())));
            transformer.callTemplate(null);
        } catch (SaxonApiException e) {
            throw new StylesheetException(STYLESHEET + " failed: " + e.getMessage(), e);
        }
        diagnostics.sort(null);
        return List.copyOf(diagnostics);
    }
}
