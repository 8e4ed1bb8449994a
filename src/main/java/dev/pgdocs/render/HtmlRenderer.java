package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.resolve.InventoryEntry;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Renders a book to HTML pages with templates/html/html.xsl: one transformation, each
 * page an xsl:result-document caught in memory. Links into other books come from the
 * inventories; elements without a template come back as diagnostics.
 */
public final class HtmlRenderer {

    public static final String STYLESHEET = "html/html.xsl";
    private static final String NO_TEMPLATE = "pgdocs:no-template|";

    private final StylesheetCache stylesheets;

    public HtmlRenderer(StylesheetCache stylesheets) {
        this.stylesheets = stylesheets;
    }

    /** Renders the whole book; {@code singlePage} puts it all in index.html. */
    public RenderedSite render(LoadedBook book, Map<String, InventoryEntry> inventory, boolean singlePage)
            throws StylesheetException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        Map<String, StringWriter> outputs = new HashMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        transformer.setMessageHandler(message -> {
            String text = message.getStringValue();
            if (text.startsWith(NO_TEMPLATE)) {
                String[] parts = text.substring(NO_TEMPLATE.length()).split("\\|", 2);
                diagnostics.add(Diagnostic.warning(parseLocation(parts[0]), "render.no-template",
                        "<" + parts[1] + "> has no HTML template; its content is rendered generically"));
            } else {
                diagnostics.add(Diagnostic.warning(SourceLocation.of(book.master()), "render", text));
            }
        });
        transformer.setErrorReporter(error -> diagnostics.add(Diagnostic.warning(
                SourceLocation.of(book.master()), "render.xslt", error.getMessage().replaceAll("\\s+", " "))));
        transformer.setResultDocumentHandler(uri -> {
            StringWriter out = new StringWriter(16_384);
            outputs.put(pageName(uri), out);
            Serializer serializer = stylesheets.processor().newSerializer(out);
            return serializer;
        });
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.setStylesheetParameters(Map.of(
                    new QName("single-page"), new XdmAtomicValue(singlePage),
                    new QName("inventory"), inventoryMap(inventory)));
            transformer.callTemplate(null);
        } catch (SaxonApiException e) {
            throw new StylesheetException(STYLESHEET + " failed: " + e.getMessage(), e);
        }
        TreeMap<String, String> pages = new TreeMap<>();
        outputs.forEach((name, out) -> pages.put(name, out.toString()));
        diagnostics.sort(null);
        return new RenderedSite(pages, List.copyOf(diagnostics));
    }

    private static String pageName(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static XdmValue inventoryMap(Map<String, InventoryEntry> inventory) {
        Map<XdmAtomicValue, XdmValue> entries = new HashMap<>();
        inventory.forEach((id, e) -> entries.put(new XdmAtomicValue(id), XdmMap.makeMap(Map.of(
                "url", e.url(), "text", e.text().isBlank() ? e.xreftext() : e.text()))));
        return new XdmMap(entries);
    }

    /** Reads back the "file:line:col" that pgdocs:location produced. */
    static SourceLocation parseLocation(String text) {
        int col = text.lastIndexOf(':');
        int line = text.lastIndexOf(':', col - 1);
        try {
            return new SourceLocation(Path.of(text.substring(0, line)),
                    Integer.parseInt(text.substring(line + 1, col)), Integer.parseInt(text.substring(col + 1)));
        } catch (RuntimeException e) {
            return new SourceLocation(null, 0, 0);
        }
    }
}
