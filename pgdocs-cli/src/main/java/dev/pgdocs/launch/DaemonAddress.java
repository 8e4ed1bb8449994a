package dev.pgdocs.launch;

import dev.pgdocs.load.FileStamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Where the resident JVM for one way of running pgdocs listens: a Unix socket in a
 * directory only this user can enter. A resident JVM serves only runs that would behave
 * exactly as a fresh one: the same jar (by path, size and time), the same java, the same
 * working directory (relative paths in the arguments resolve against it, and a JVM cannot
 * change its own), the same {@code -D} properties, the same values of the environment
 * variables pgdocs or its JVM read, and the same umask. Anything else gets a resident JVM
 * of its own, so the socket's name is a digest of all of it.
 */
record DaemonAddress(Path directory, Path socket, Path lock, Path log) {

    /**
     * The environment that changes what a run does: pgdocs' own variables, the build date
     * of a PDF, whether progress is drawn (CI, TERM), the locale, which sets a Java 17
     * JVM's default character set, and the options every JVM started reads.
     */
    static final List<String> ENVIRONMENT = List.of("PGDOCS_TIMINGS", "SOURCE_DATE_EPOCH", "CI", "TERM",
            "NO_COLOR", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    /** A Unix socket's path must fit in 108 bytes (sun_path), the terminating nul included. */
    private static final int SOCKET_PATH_LIMIT = 100;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /**
     * The address for the jar {@code jar} run by this JVM in {@code workingDirectory} with
     * {@code properties} (the -D options) and {@code env}: in $XDG_RUNTIME_DIR/pgdocs, else in
     * the temporary directory's pgdocs-USER. Empty when there is no such directory to be had
     * that is this user's alone (another user could otherwise put a socket there), or the
     * path would be too long for a socket.
     */
    static Optional<DaemonAddress> of(Path jar, Path workingDirectory, List<String> properties, Map<String, String> env) {
        String user = System.getProperty("user.name");
        Path directory = directory(env);
        String name = digest(jar, workingDirectory, properties, env);
        Path socket = directory.resolve(name + ".sock");
        // the resident JVM for PDFs, named after this one, must fit too
        int longest = socket.toString().getBytes(StandardCharsets.UTF_8).length + PDF.length();
        if (longest > SOCKET_PATH_LIMIT || !ownDirectory(directory, user)) {
            return Optional.empty();
        }
        return Optional.of(at(socket));
    }

    /** What the PDF resident JVM's socket name ends with, before ".sock". */
    private static final String PDF = "-pdf";

    /**
     * The address of the resident JVM for PDF builds ({@link dev.pgdocs.pipeline.JvmTuning#RESIDENT_PDF})
     * that serves the same runs as this one: beside it, named after it.
     */
    DaemonAddress forPdf() {
        return isForPdf() ? this : at(socket.resolveSibling(socket.getFileName().toString()
                .replaceFirst("\\.sock$", PDF + ".sock")));
    }

    /** Whether this is the address of a resident JVM for PDF builds. */
    boolean isForPdf() {
        return socket.getFileName().toString().endsWith(PDF + ".sock");
    }

    /** The directory of this user's resident JVMs in {@code env}: $XDG_RUNTIME_DIR/pgdocs, else /tmp/pgdocs-USER. */
    static Path directory(Map<String, String> env) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        return runtime != null && !runtime.isBlank()
                ? Path.of(runtime, "pgdocs")
                : Path.of(System.getProperty("java.io.tmpdir"), "pgdocs-" + System.getProperty("user.name"));
    }

    /** The address whose socket is {@code socket}: its lock and log lie beside it, named alike. */
    static DaemonAddress at(Path socket) {
        String name = socket.getFileName().toString().replaceFirst("\\.sock$", "");
        return new DaemonAddress(socket.getParent(), socket, socket.resolveSibling(name + ".lock"),
                socket.resolveSibling(name + ".log"));
    }

    /** The socket's name: a digest of everything a run depends on besides its arguments. */
    static String digest(Path jar, Path workingDirectory, List<String> properties, Map<String, String> env) {
        StringBuilder key = new StringBuilder();
        key.append(jar.toAbsolutePath()).append('\0');
        // a jar that cannot be read now gets a name no resident JVM of a readable jar has
        Optional<FileStamp> stamp = FileStamp.of(jar);
        if (stamp.isPresent()) {
            key.append(stamp.get().modifiedNanos()).append(' ').append(stamp.get().size());
        }
        key.append('\0');
        key.append(System.getProperty("java.home")).append('\0').append(System.getProperty("java.vm.version")).append('\0');
        key.append(workingDirectory.toAbsolutePath().normalize()).append('\0');
        for (String property : properties) {
            key.append(property).append('\0');
        }
        for (String variable : ENVIRONMENT) {
            key.append(variable).append('=').append(env.getOrDefault(variable, "\u0001unset")).append('\0');
        }
        key.append(umask()).append('\0');
        // not SHA-256: the JDK's security providers take 25 ms to start, in a run of 0.2 s;
        // the directory is the user's alone, so the name need not resist a forger
        long[] hash = MurmurHash3.hash128x64(key.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]).substring(0, 8);
    }

    /**
     * This process's umask, which the files a build publishes are made with (Linux says it
     * in /proc since 4.7; elsewhere, or before, runs with different ones share a resident JVM).
     */
    private static String umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return line;
                }
            }
        } catch (IOException e) {
            // no such file: the same for every run
        }
        return "";
    }

    /**
     * Makes the directory if need be, owner-only; true when it is a directory (not a link)
     * owned by {@code user} that no one else may enter.
     */
    private static boolean ownDirectory(Path directory, String user) {
        try {
            if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(directory.getParent());
                try {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (FileAlreadyExistsException e) {
                    // made at the same moment by another run: checked below like any other
                }
            }
            return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).getName().equals(user)
                    && Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no POSIX file system, or no place to make it: no resident JVM
        }
    }
}
