package dev.pgdocs.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files of PostgreSQL's doc directory that are not part of the book but belong to it: the
 * stylesheets beside the master, which its own build and {@code make check} use.
 */
final class BesideMaster {

    private BesideMaster() {
    }

    /**
     * The regular files matching any of the globs, each relative to the master's directory
     * ("*.xsl", "images/*.xsl"), sorted within each glob; none for what cannot be listed.
     */
    static List<Path> matching(Path master, List<String> globs) {
        Path dir = master.toAbsolutePath().normalize().getParent();
        List<Path> found = new ArrayList<>();
        if (dir == null) {
            return found;
        }
        for (String glob : globs) {
            int slash = glob.lastIndexOf('/');
            Path in = slash < 0 ? dir : dir.resolve(glob.substring(0, slash));
            if (!Files.isDirectory(in)) {
                continue;
            }
            var matcher = in.getFileSystem().getPathMatcher("glob:" + glob.substring(slash + 1));
            try (Stream<Path> files = Files.list(in)) {
                files.filter(f -> matcher.matches(f.getFileName()) && Files.isRegularFile(f)).sorted()
                        .forEach(found::add);
            } catch (IOException e) {
                // a directory that cannot be listed holds nothing a rule can read
            }
        }
        return found;
    }
}
