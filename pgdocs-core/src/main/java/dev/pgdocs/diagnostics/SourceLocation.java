package dev.pgdocs.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A place in a source file: the file the text was really written in (an included
 * entity file, not the master that includes it), 1-based line and column.
 * Line or column 0 means unknown.
 *
 * @param element which element starts there, said without line numbers (its id, or its
 *                name, attributes and first words: {@code varlistentry "bgw_name"}), so that a finding keeps
 *                its identity when lines are added above it (baselines and SARIF's
 *                logical locations use it); null where the place is not an element
 */
public record SourceLocation(Path file, int line, int column, String element) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator
            .comparing((SourceLocation l) -> l.file == null ? "" : l.file.toString())
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    private static final Path CWD = Path.of("").toAbsolutePath();

    public SourceLocation(Path file, int line, int column) {
        this(file, line, column, null);
    }

    /** A location for a whole file, with no line. */
    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    /**
     * The file as users should see it: relative to the working directory when it lies
     * below it (what compilers print and what CI annotations need), else absolute.
     */
    public String displayPath() {
        if (file == null) {
            return "<unknown>";
        }
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(CWD) ? CWD.relativize(abs).toString() : abs.toString();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(displayPath());
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        return b.toString();
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }
}
