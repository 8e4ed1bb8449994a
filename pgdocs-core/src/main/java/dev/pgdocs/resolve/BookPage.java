package dev.pgdocs.resolve;

/**
 * A page of the chunked book, as templates/common names it.
 *
 * @param name       its file name, e.g. bgworker.html or ch48s01.html
 * @param title      its title text
 * @param element    the DocBook element it is made from
 * @param positional whether the name comes from its position (it has no id), so that a
 *                   section added before it renames it and breaks readers' links
 */
public record BookPage(String name, String title, String element, boolean positional) {
}
