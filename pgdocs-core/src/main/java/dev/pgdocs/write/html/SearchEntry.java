package dev.pgdocs.write.html;

/**
 * One entry of the client-side search index.
 *
 * @param t the title (page, section heading or term)
 * @param u the link, relative to the site root
 * @param p the page it is on, "" for a page itself
 * @param s a snippet of text
 */
public record SearchEntry(String t, String u, String p, String s) {
}
