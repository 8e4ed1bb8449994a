package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Why a source file could not be read, in the words of a diagnostic rather than Java's exception text. */
final class ReadFailure {

    private ReadFailure() {
    }

    /** The whole message: "file not found", or "cannot read: " and the reason. */
    static String of(IOException e) {
        return e instanceof NoSuchFileException ? "file not found" : "cannot read: " + reason(e);
    }

    /** The system's reason ("permission denied", "is a directory"), without the path Java puts before it. */
    static String reason(IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "no such file";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
