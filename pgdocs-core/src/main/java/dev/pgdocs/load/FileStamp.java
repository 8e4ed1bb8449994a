package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** When a file was last written, and its size: a file whose stamp is unchanged was not edited. */
record FileStamp(long modifiedNanos, long size) {

    static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new FileStamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    a.size()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
