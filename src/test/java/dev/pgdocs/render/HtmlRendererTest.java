package dev.pgdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML renderer on a tiny book: which pages it makes, whole, as one page, or only those asked for. */
class HtmlRendererTest {

    @TempDir
    static Path dir;
    private static Pipeline pipeline;
    private static LoadedBook book;

    @BeforeAll
    static void load() throws Exception {
        Path master = dir.resolve("book.sgml");
        Files.writeString(master, """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="tiny"><title>Tiny Book</title>
                 <chapter id="first"><title>First Chapter</title>
                  <sect1 id="first-one"><title>Only Section</title><para>See <xref linkend="second"/>.</para></sect1>
                 </chapter>
                 <chapter id="second"><title>Second Chapter</title><para>The end.</para></chapter>
                </book>
                """);
        pipeline = new Pipeline(BookSource.of(master));
        book = pipeline.load();
    }

    private static RenderedSite render(boolean singlePage, Set<String> only, Map<String, String> into)
            throws Exception {
        Map<String, String> pages = new ConcurrentHashMap<>();
        RenderedSite site = new HtmlRenderer(pipeline.stylesheets()).render(book, Map.of(), singlePage, only, pages::put);
        into.putAll(new TreeMap<>(pages));
        return site;
    }

    @Test
    void aPagePerChapterAndSectionNamedByItsId() throws Exception {
        Map<String, String> pages = new TreeMap<>();
        RenderedSite site = render(false, Set.of(), pages);
        assertEquals(Set.of("index.html", "first.html", "first-one.html", "second.html"), pages.keySet());
        assertEquals(pages.keySet(), site.pages(), "what was rendered is what was handed over");
        assertEquals(java.util.List.of(), site.diagnostics());
        assertTrue(pages.get("first-one.html").contains("href=\"second.html\""), pages.get("first-one.html"));
        assertTrue(pages.get("second.html").contains("Second Chapter"));
    }

    @Test
    void singlePageIsTheWholeBookInIndexHtml() throws Exception {
        Map<String, String> pages = new TreeMap<>();
        render(true, Set.of(), pages);
        assertEquals(Set.of("index.html"), pages.keySet());
        String all = pages.get("index.html");
        assertTrue(all.contains("Only Section") && all.contains("The end."), all);
    }

    @Test
    void onlyThePagesAskedForAreRendered() throws Exception {
        Map<String, String> pages = new TreeMap<>();
        render(false, Set.of("second.html"), pages);
        assertEquals(Set.of("second.html"), pages.keySet());
    }
}
