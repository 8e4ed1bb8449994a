package dev.pgdocs.review;

/** A patch that cannot be read or does not apply; the message names the hunk and where it is. */
public final class PatchException extends Exception {
    public PatchException(String message) {
        super(message);
    }
}
