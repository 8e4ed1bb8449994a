package dev.pgdocs.resolve;

/**
 * An element with an id, as links see it, computed by templates/common/targets.xsl so
 * that it matches what the HTML build writes. In a list that is not complete (the check's,
 * a build's) only the id, element and xreflabel are there: page, anchor, href, title and
 * xreftext are null.
 *
 * @param id        the id
 * @param element   the DocBook element name
 * @param page      the file name of the page it is on
 * @param anchor    its fragment identifier on that page
 * @param href      page, or page#ANCHOR when it is inside a page
 * @param title     its title text, "" when it has none
 * @param xreflabel its xreflabel, "" when it has none
 * @param xreftext  what an xref to it prints ("Section 48.2"); "" means nothing to print;
 *                  null in a list that is not complete ({@link LinkTargets#xreftext} works it out)
 */
public record LinkTarget(String id, String element, String page, String anchor, String href, String title,
                         String xreflabel, String xreftext) {

    /** The link text an inventory gives: the xreflabel, else the title. */
    public String text() {
        return xreflabel.isBlank() ? title : xreflabel;
    }
}
