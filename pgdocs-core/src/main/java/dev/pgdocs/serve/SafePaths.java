package dev.pgdocs.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path onto a file inside a directory, or onto nothing. The path is
 * taken as already percent-decoded, once; any ".." segment, backslash or NUL is
 * refused outright rather than normalized away, and the file's real path (symlinks
 * followed) must still be inside the directory's real path. A directory maps to its
 * index.html, never to a listing.
 */
final class SafePaths {

    private SafePaths() {
    }

    static Optional<Path> inside(Path root, String requestPath) {
        String relative = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        if (relative.contains("\\") || relative.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        try {
            Path file = root.resolve(relative).normalize();
            if (!file.startsWith(root)) {
                return Optional.empty();
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath()) || real.getFileName().toString().startsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
