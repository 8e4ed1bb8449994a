package dev.pgdocs.resolve;

/**
 * One linkable id of another book.
 *
 * @param id       the id
 * @param element  its DocBook element
 * @param text     link text: its xreflabel, else its title
 * @param xreftext what an xref to it prints in its own book ("Section 20.4.1")
 * @param url      absolute URL of its page and anchor
 */
public record InventoryEntry(String id, String element, String text, String xreftext, String url) {
}
