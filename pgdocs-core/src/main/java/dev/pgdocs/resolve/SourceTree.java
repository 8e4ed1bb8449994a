package dev.pgdocs.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The file paths of a PostgreSQL source tree, relative to its top: read from a checkout
 * (a directory) or from a list of paths, one a line (like pg14-source-files.txt).
 */
public final class SourceTree {

    private final java.util.NavigableSet<String> paths;

    private SourceTree(java.util.NavigableSet<String> paths) {
        this.paths = paths;
    }

    public static SourceTree of(Path dirOrList) throws IOException {
        if (Files.isDirectory(dirOrList)) {
            try (Stream<Path> walk = Files.walk(dirOrList)) {
                return new SourceTree(walk.filter(Files::isRegularFile)
                        .map(p -> dirOrList.relativize(p).toString().replace('\\', '/'))
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        try (Stream<String> lines = Files.lines(dirOrList, StandardCharsets.UTF_8)) {
            return new SourceTree(lines.map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.startsWith("./") ? l.substring(2) : l)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    /** Whether a file, or a directory holding files, has this path. */
    public boolean contains(String path) {
        if (paths.contains(path)) {
            return true;
        }
        String dir = path.endsWith("/") ? path : path + "/";
        String next = ((java.util.NavigableSet<String>) paths).ceiling(dir);
        return next != null && next.startsWith(dir);
    }

    /** Whether some file's path ends with this one (a header named without its directory). */
    public boolean containsSuffix(String path) {
        String suffix = "/" + path;
        return paths.stream().anyMatch(p -> p.endsWith(suffix));
    }

    /**
     * Whether some file's name is a slip of the keyboard away from this bare file name (at
     * most {@value #NEAR_EDITS} edits, the same extension): then the name was meant to be
     * that file, and the tree shows it wrong. A name nothing is near may be the reader's
     * own file in an example.
     */
    public boolean hasNearName(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        var distance = new org.apache.commons.text.similarity.LevenshteinDistance(NEAR_EDITS);
        return paths.stream()
                .map(p -> p.substring(p.lastIndexOf('/') + 1))
                .filter(n -> n.endsWith("." + extension) && !n.equals(name))
                .anyMatch(n -> distance.apply(n, name) >= 0);
    }

    private static final int NEAR_EDITS = 2;

    /**
     * The existing path most like a missing one: among files of the same name first
     * (a wrong directory is the usual mistake), else among all paths.
     */
    public Optional<String> closest(String missing) {
        String name = missing.substring(missing.lastIndexOf('/') + 1);
        List<String> sameName = paths.stream().filter(p -> p.endsWith("/" + name) || p.equals(name)).toList();
        if (!sameName.isEmpty()) {
            return sameName.stream().min(Comparator
                    .comparingInt((String p) -> new org.apache.commons.text.similarity.LevenshteinDistance().apply(p, missing))
                    .thenComparing(p -> p));
        }
        return Suggestions.closest(missing, paths);
    }
}
