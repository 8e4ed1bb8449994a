package dev.pgdocs.review;

/**
 * A file the patch changes that the review leaves out, and why: code beside the
 * documentation (the usual PostgreSQL patch), or a binary file such as an image.
 *
 * @param file   the file as the patch names it
 * @param reason why it is not reviewed, in words for the report
 */
public record NotReviewed(String file, String reason) {

    /** Outside the directory the book's master file is in. */
    public static final String OUTSIDE = "outside the documentation sources";
    /** A binary change, which pgdocs does not apply: the review shows the file as it was. */
    public static final String BINARY = "binary change, not applied";

    @Override
    public String toString() {
        return file + ": not reviewed (" + reason + ")";
    }
}
