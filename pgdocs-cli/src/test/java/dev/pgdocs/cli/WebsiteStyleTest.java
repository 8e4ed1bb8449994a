package dev.pgdocs.cli;

import static dev.pgdocs.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.write.html.PgwebContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pgdocs build --style website on a small book with a figure, and pgweb's limits. */
@Tag("slow")
class WebsiteStyleTest {

    private static final String DOCTYPE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
            + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n";

    private static Path book(Path dir, String sectionId) throws Exception {
        Files.createDirectories(dir.resolve("images"));
        Files.writeString(dir.resolve("images/dot.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
        Path master = dir.resolve("book.sgml");
        Files.writeString(master, DOCTYPE + """
                <book id="web"><title>Web Book</title>
                <chapter id="pictures"><title>Pictures “quoted” à la carte</title>
                <para>Café © 1996–2021.</para>
                <figure id="fig"><title>A Dot</title><mediaobject><imageobject>
                <imagedata fileref="images/dot.svg" format="SVG" width="100%%"/>
                </imageobject></mediaobject></figure>
                <sect1 id="%s"><title>Section</title><para>Text.</para></sect1>
                </chapter>
                </book>
                """.formatted(sectionId), StandardCharsets.UTF_8);
        return master;
    }

    @Test
    void writesWhatPostgresqlOrgImports(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", book(tmp.resolve("src"), "section").toString(), "--style", "website",
                "-o", site.toString());
        assertEquals(0, r.code(), r.err());
        List<String> files;
        try (Stream<Path> list = Files.list(site)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("dot.svg", "index.html", "pictures.html", "section.html"), files,
                "pages and images only, flat");

        PgwebContract contract = new PgwebContract(site, Optional.empty());
        assertEquals(List.of(), contract.checkPages().stream().filter(f -> !f.passes()).toList());

        String raw = Files.readString(site.resolve("pictures.html"));
        assertTrue(raw.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), raw.substring(0, 60));
        assertTrue(raw.contains("<title>Chapter 1. Pictures “quoted” à la carte</title>"), "plain title, no suffix");
        Document page = Jsoup.parse(raw);
        assertEquals("navheader", page.body().firstElementChild().className());
        assertEquals("navfooter", page.body().children().last().className());
        assertEquals("section.html", page.selectFirst("head link[rel=next]").attr("href"));
        assertEquals("index.html", page.selectFirst("div.navheader a[accesskey=u]").attr("href"));
        assertEquals("dot.svg", page.selectFirst("div.mediaobject > object[type=image/svg+xml]").attr("data"));

        // built again over itself: the unmarked site is still known as pgdocs' own
        assertEquals(0, run("build", tmp.resolve("src/book.sgml").toString(), "--style", "website",
                "-o", site.toString()).code());
    }

    @Test
    void refusesPageNamesLongerThanPostgresqlOrgStores(@TempDir Path tmp) throws Exception {
        String id = "a".repeat(60); // 65 characters with ".html"
        Path site = tmp.resolve("html");
        CliTest.Run r = run("build", book(tmp.resolve("src"), id).toString(), "--style", "website",
                "-o", site.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("book.sgml:9:1: error: page name " + id + ".html has 65 characters;"
                + " postgresql.org takes at most 64") && r.err().contains("[html.pgweb-limit]"), r.err());
        assertTrue(!Files.exists(site), "nothing published");
        // the default style is not imported by postgresql.org, and builds
        assertEquals(0, run("build", tmp.resolve("src/book.sgml").toString(), "-o", site.toString()).code());
    }
}
