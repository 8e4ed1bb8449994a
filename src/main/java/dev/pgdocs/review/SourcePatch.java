package dev.pgdocs.review;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A unified diff or git format-patch against a book's sources, read with
 * java-diff-utils. It is applied to a copy of the source directory; the original is
 * never touched. Paths in the patch are relative to some checkout ("a/doc/src/sgml/..."),
 * so the number of leading components to strip is found by trying, as {@code patch -p}
 * would be given it, unless the caller says.
 */
public final class SourcePatch {

    private static final Pattern FILE_HEADER = Pattern.compile("^\\+\\+\\+ (\\S+)");
    private static final Pattern HUNK_HEADER = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+\\d+(?:,\\d+)? @@.*");

    private final Path file;
    private final UnifiedDiff diff;
    /** For each patched file (as the patch names it), its hunks' header lines and line numbers in the patch. */
    private final Map<String, List<Hunk>> hunks;

    private record Hunk(int line, String header) {
    }

    private SourcePatch(Path file, UnifiedDiff diff, Map<String, List<Hunk>> hunks) {
        this.file = file;
        this.diff = diff;
        this.hunks = hunks;
    }

    /** Reads a patch file. */
    public static SourcePatch read(Path file) throws PatchException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PatchException(file + ": patch file not found");
        } catch (IOException e) {
            throw new PatchException(file + ": cannot read the patch: " + e.getMessage());
        }
        UnifiedDiff diff;
        try {
            diff = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new PatchException(file + ": not a unified diff: " + e.getMessage());
        }
        if (diff.getFiles().isEmpty()) {
            throw new PatchException(file + ": not a unified diff: it changes no file");
        }
        return new SourcePatch(file, diff, hunkLines(new String(bytes, StandardCharsets.UTF_8)));
    }

    private static Map<String, List<Hunk>> hunkLines(String text) {
        Map<String, List<Hunk>> byFile = new LinkedHashMap<>();
        List<Hunk> current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher header = FILE_HEADER.matcher(lines[i]);
            if (header.find()) {
                current = byFile.computeIfAbsent(header.group(1), k -> new ArrayList<>());
            } else if (current != null && HUNK_HEADER.matcher(lines[i]).matches()) {
                current.add(new Hunk(i + 1, lines[i]));
            }
        }
        return byFile;
    }

    /** The files the patch changes, as it names them. */
    public List<String> files() {
        return diff.getFiles().stream().map(SourcePatch::nameOf).toList();
    }

    /**
     * Copies {@code sourceRoot} to {@code into} and applies the patch there. Nothing is
     * left in {@code into} when a hunk fails: the exception names it.
     *
     * @param strip leading path components to drop from the patch's names; empty to find out
     */
    public void applyTo(Path sourceRoot, Path into, OptionalInt strip) throws PatchException, IOException {
        int p = strip.isPresent() ? strip.getAsInt() : stripLevel(sourceRoot);
        Map<Path, List<String>> patched = new LinkedHashMap<>(); // null: the patch deletes the file
        List<String> failures = new ArrayList<>();
        for (UnifiedDiffFile changed : diff.getFiles()) {
            String name = nameOf(changed);
            Path relative = stripped(name, p);
            if (relative == null) {
                throw new PatchException(file + ": " + name + " has fewer than " + p + " directories to strip");
            }
            Path target = sourceRoot.resolve(relative).normalize();
            if (!target.startsWith(sourceRoot)) {
                throw new PatchException(file + ": " + name + " is outside " + sourceRoot);
            }
            boolean created = "/dev/null".equals(changed.getFromFile());
            List<String> lines = created ? List.of() : readLines(target, name);
            try {
                List<String> result = apply(changed.getPatch(), lines, name, target);
                patched.put(relative, "/dev/null".equals(changed.getToFile()) || changed.getDeletedFileMode() != null
                        ? null : result);
            } catch (PatchException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new PatchException(String.join("\n", failures));
        }
        copyTree(sourceRoot, into);
        for (var entry : patched.entrySet()) {
            Path target = into.resolve(entry.getKey());
            if (entry.getValue() == null) {
                Files.deleteIfExists(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, String.join("\n", entry.getValue()) + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * Applies hunk by hunk, last first (as the library does, so that earlier positions
     * hold), going on past a hunk that fails so that every failing hunk is named.
     */
    private List<String> apply(Patch<String> patch, List<String> lines, String name, Path target)
            throws PatchException {
        List<AbstractDelta<String>> deltas = patch.getDeltas();
        // the reader drops git's "b/" prefix that the +++ line has
        List<Hunk> known = hunks.entrySet().stream()
                .filter(e -> e.getKey().equals(name) || e.getKey().endsWith("/" + name))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
        List<String> result = new ArrayList<>(lines);
        List<String> failures = new ArrayList<>();
        for (int i = deltas.size() - 1; i >= 0; i--) {
            Patch<String> one = new Patch<>();
            one.addDelta(deltas.get(i));
            try {
                result = one.applyTo(result);
            } catch (PatchFailedException | RuntimeException e) {
                Hunk hunk = i < known.size() ? known.get(i) : null;
                failures.add(0, file + (hunk == null ? "" : ":" + hunk.line()) + ": hunk #" + (i + 1)
                        + (hunk == null ? "" : " (" + hunk.header() + ")") + " does not apply to " + target
                        + ": the lines it expects at line " + (deltas.get(i).getSource().getPosition() + 1)
                        + " are not there");
            }
        }
        if (!failures.isEmpty()) {
            throw new PatchException(String.join("\n", failures));
        }
        return result;
    }

    /** The smallest strip level at which every file the patch changes exists in {@code root}. */
    private int stripLevel(Path root) throws PatchException {
        List<UnifiedDiffFile> existing = diff.getFiles().stream()
                .filter(f -> !"/dev/null".equals(f.getFromFile())).toList();
        for (int p = 0; p < 10; p++) {
            int level = p;
            if (existing.stream().allMatch(f -> {
                Path relative = stripped(nameOf(f), level);
                return relative != null && Files.isRegularFile(root.resolve(relative));
            })) {
                return p;
            }
        }
        throw new PatchException(file + ": none of " + files() + " is a file under " + root
                + " however many leading directories are stripped; is this the right MASTER?");
    }

    private static Path stripped(String name, int p) {
        String[] parts = name.split("/");
        if (parts.length <= p) {
            return null;
        }
        return Path.of(String.join("/", java.util.Arrays.copyOfRange(parts, p, parts.length)));
    }

    private static String nameOf(UnifiedDiffFile f) {
        String to = f.getToFile();
        return to == null || to.equals("/dev/null") ? f.getFromFile() : to;
    }

    private List<String> readLines(Path target, String name) throws PatchException {
        try {
            return Files.readAllLines(target, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PatchException(file + ": " + name + " cannot be read at " + target + ": " + e.getMessage());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
