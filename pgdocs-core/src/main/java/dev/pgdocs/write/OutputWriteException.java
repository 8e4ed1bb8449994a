package dev.pgdocs.write;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.diagnostics.Failure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * An output could not be written: the disk is full, the file system read-only, access
 * denied. It names the output as the user knows it (the directory given with -o, or the
 * PDF in it), never the hidden staging directory the failure happened in, and says why
 * in plain words rather than as a Java exception. The input was fine: this is not
 * "input unreadable".
 */
public final class OutputWriteException extends IOException implements Failure {

    /** The operating system's texts (strerror) for the failures a write meets, in plain words. */
    private static final Map<String, String> REASONS = Map.of(
            "no space left on device", "no space left on the device (the disk is full)",
            "disk quota exceeded", "the disk quota is exceeded",
            "read-only file system", "the file system is read-only",
            "permission denied", "permission denied",
            "operation not permitted", "the operation is not permitted (an immutable or append-only file or"
                    + " directory, or a file system that refuses it)",
            "input/output error", "the device reported an input/output error",
            "file too large", "the file is larger than the file system allows");

    private final transient Path path;

    /** {@code path}: what was being written, as published; {@code cause}: what went wrong. */
    public OutputWriteException(Path path, IOException cause) {
        super("cannot write " + path + ": " + reason(cause), cause);
        this.path = path;
    }

    /** The output that could not be written. */
    public Path path() {
        return path;
    }

    /** Why a write failed, in words: the system's reason, never an exception's class name. */
    static String reason(IOException e) {
        if (e instanceof OutputWriteException already) {
            return reason((IOException) already.getCause());
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException exists && exists.getFile() != null) {
            // pgdocs makes directories only: what is in the way of one is a file
            Path file = Path.of(exists.getFile());
            return Files.isDirectory(file) ? file + " already exists" : file + " is a file, not a directory";
        }
        if (e instanceof NoSuchFileException) {
            return "a directory it was being written into no longer exists";
        }
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "the system gave no reason";
        }
        if (e instanceof FileSystemException fs && text.equalsIgnoreCase("not a directory") && fs.getFile() != null) {
            return notADirectory(Path.of(fs.getFile()));
        }
        String known = REASONS.get(text.strip().toLowerCase(Locale.ROOT));
        return known != null ? known : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "Not a directory" for a path: which ancestor is the file that is in the way. */
    private static String notADirectory(Path path) {
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return Files.isDirectory(p) ? "a part of the path is not a directory"
                        : p + " is a file, not a directory";
            }
        }
        return "a part of the path is not a directory";
    }

    @Override
    public int exitCode() {
        return ExitCode.OUTPUT_UNWRITABLE;
    }
}
