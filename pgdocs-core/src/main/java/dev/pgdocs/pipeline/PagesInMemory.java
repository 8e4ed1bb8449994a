package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.render.RenderedSite;
import dev.pgdocs.resolve.InventoryEntry;
import dev.pgdocs.xslt.StylesheetException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTML pages as a sink in memory, for commands that compare or replace pages before
 * anything is written: diff (the whole book, twice) and serve (the pages an edit touched).
 *
 * @param pages       page name to HTML, in name order
 * @param diagnostics what the templates reported
 * @param images      the image files the pages show, site path to source path
 */
public record PagesInMemory(SortedMap<String, String> pages, List<Diagnostic> diagnostics,
                            Map<String, String> images) {

    /** Renders the pages in {@code scope} (every page when it is empty) into memory. */
    public static PagesInMemory render(Pipeline pipeline, LoadedBook book, Map<String, InventoryEntry> inventories,
                                       HtmlStyle style, Set<String> scope) throws StylesheetException {
        Map<String, String> pages = new ConcurrentHashMap<>();
        RenderedSite rendered = new HtmlRenderer(pipeline.stylesheets(), style)
                .render(book, inventories, false, scope, pages::put);
        return new PagesInMemory(new TreeMap<>(pages), rendered.diagnostics(), rendered.images());
    }
}
