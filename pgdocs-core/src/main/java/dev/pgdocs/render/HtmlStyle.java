package dev.pgdocs.render;

/**
 * Which page around the content the HTML gets (templates/html/chunk.xsl, or for an
 * EPUB templates/epub/epub.xsl, which imports it). The content markup is the same in
 * all: DocBook XSL's.
 */
public enum HtmlStyle {
    /** pgdocs' reading theme: HTML5, a search box, pgdocs.css with dark mode. */
    DEFAULT,
    /**
     * What PostgreSQL's {@code make html STYLE=website} writes, for postgresql.org's
     * importer: XHTML with the UTF-8 XML declaration first, plain titles, the body
     * starting with div.navheader, postgresql.org's stylesheet linked, and nothing in
     * the directory but the pages and their images.
     */
    WEBSITE,
    /**
     * An EPUB's content documents: XHTML5 (XML syntax, the XHTML namespace), pgdocs.css,
     * and no navigation or search around the content: the reading system pages through
     * the book and has its own table of contents (the navigation document, nav.xhtml).
     */
    EPUB;

    /** The value of the stylesheets' {@code style} parameter. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stylesheet that renders pages of this style, below templates/. */
    public String stylesheet() {
        return this == EPUB ? "epub/epub.xsl" : HtmlRenderer.STYLESHEET;
    }
}
