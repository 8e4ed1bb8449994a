package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.resolve.InventoryEntry;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.xml.sax.ContentHandler;

/**
 * Renders a book to XSL-FO with templates/fo/fo.xsl, streaming the FO as SAX events
 * into whatever consumes it (FOP), so the FO document is never held as text.
 */
public final class FoRenderer {

    public static final String STYLESHEET = "fo/fo.xsl";

    /** Paper sizes the stylesheets know. */
    public enum Paper {
        A4("a4"), US_LETTER("us-letter");

        private final String name;

        Paper(String name) {
            this.name = name;
        }

        /** The size a user names: a4, us-letter or letter. */
        public static Paper of(String word) {
            return switch (word.toLowerCase(java.util.Locale.ROOT)) {
                case "a4" -> A4;
                case "us-letter", "letter" -> US_LETTER;
                default -> throw new IllegalArgumentException("unknown paper '" + word + "'; choose a4 or us-letter");
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final StylesheetCache stylesheets;

    public FoRenderer(StylesheetCache stylesheets) {
        this.stylesheets = stylesheets;
    }

    public void render(LoadedBook book, Map<String, InventoryEntry> inventory, Paper paper, ContentHandler fo,
                       Consumer<Diagnostic> report) throws StylesheetException {
        Xslt30Transformer transformer = stylesheets.get(STYLESHEET).load30();
        StylesheetReports.attach(transformer, book, "PDF", report);
        try {
            transformer.setGlobalContextItem(book.document());
            transformer.setStylesheetParameters(Map.of(
                    new QName("paper"), new XdmAtomicValue(paper.toString()),
                    new QName("inventory"), HtmlRenderer.inventoryMap(inventory),
                    new QName("pg.version"), new XdmAtomicValue(book.pgVersion().version())));
            transformer.applyTemplates(book.document(), new SAXDestination(fo));
        } catch (SaxonApiException e) {
            throw new StylesheetException(STYLESHEET + " failed: " + e.getMessage(), e);
        }
    }
}
