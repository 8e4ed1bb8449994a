package dev.pgdocs.render;

/**
 * Which page around the content the HTML gets (templates/html/chunk.xsl). The content
 * markup is the same in both: DocBook XSL's.
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
    WEBSITE;

    /** The value of the stylesheets' {@code style} parameter. */
    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
