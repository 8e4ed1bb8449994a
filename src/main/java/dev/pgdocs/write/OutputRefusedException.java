package dev.pgdocs.write;

/** pgdocs will not write where it was asked to: the directory is someone else's. */
public final class OutputRefusedException extends Exception {
    public OutputRefusedException(String message) {
        super(message);
    }
}
