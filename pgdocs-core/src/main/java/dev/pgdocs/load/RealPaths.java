package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really leads, links followed: what "inside the source root" must be
 * decided on, since a name below the root can be a link to anywhere (and git checks
 * links out). Paths that do not exist are resolved as far as they do: a missing file
 * below a linked directory is where the link leads.
 */
public final class RealPaths {

    private RealPaths() {
    }

    /** The real path of {@code path}: its longest existing prefix resolved, the rest appended. */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            // a dangling link, or a loop: its target cannot be read, so it leads nowhere inside
            return absolute.getRoot().resolve("(unresolvable link " + existing + ")");
        }
    }

    /** Whether {@code file}, links followed, is outside {@code root}, links followed. */
    public static boolean leaves(Path root, Path file) {
        return !of(file).startsWith(of(root));
    }
}
