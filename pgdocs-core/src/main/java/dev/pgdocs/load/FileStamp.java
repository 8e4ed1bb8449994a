package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** When a file was last written, and its size: a file whose stamp is unchanged was not edited. */
public record FileStamp(long modifiedNanos, long size) {

    /** The file's stamp, or empty when it cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    a.size()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
