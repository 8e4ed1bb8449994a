package dev.pgdocs.write.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The one date a PDF carries (creation date, XMP dates), taken from the sources, so
 * that two builds of the same sources are byte-identical: {@code SOURCE_DATE_EPOCH}
 * when it is set (an integer of seconds since 1970-01-01 UTC, as reproducible-builds.org
 * defines it), otherwise the newest modification time of the book's files, to the second.
 */
public final class SourceDate {

    /** The environment variable, as reproducible-builds.org names it. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    /** A system property that takes the variable's place (tests; pgdocs run inside another JVM). */
    public static final String PROPERTY = "pgdocs.sourceDateEpoch";

    private SourceDate() {
    }

    /** From the system property, else the environment variable, else the files. */
    public static Instant of(List<Path> files) throws PdfException {
        String epoch = System.getProperty(PROPERTY);
        return of(epoch != null ? epoch : System.getenv(VARIABLE), files);
    }

    /**
     * {@code epoch} when it is set (non-empty), else the newest modification time of
     * {@code files} (the epoch if there are none).
     *
     * @throws PdfException when {@code epoch} is not an integer of seconds
     */
    public static Instant of(String epoch, List<Path> files) throws PdfException {
        if (epoch != null && !epoch.isEmpty()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.trim()));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new PdfException(VARIABLE + " is not an integer of seconds since the epoch: \"" + epoch + "\"");
            }
        }
        long newest = 0;
        for (Path file : files) {
            try {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                // A file that went away since it was read dates nothing.
            }
        }
        return Instant.ofEpochSecond(Math.floorDiv(newest, 1000L));
    }
}
