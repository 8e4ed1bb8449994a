package dev.pgdocs.xslt;

/** A stylesheet is missing or does not compile: a broken --templates override, or a bug. */
public final class StylesheetException extends Exception {
    public StylesheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
