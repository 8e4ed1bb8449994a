package dev.pgdocs.write.pdf;

/** The PDF cannot be made: fonts missing, FOP failed. */
public final class PdfException extends Exception {
    public PdfException(String message) {
        super(message);
    }
}
