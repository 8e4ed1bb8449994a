package dev.pgdocs.review;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import dev.pgdocs.load.RealPaths;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A unified diff, or a git format-patch series of one or more commits, against a book's
 * sources. {@link PatchSeries} cuts it into commits and files, java-diff-utils reads
 * each file's change, and the changes are applied in order to a copy of the source
 * directory (the original is never touched), so that a file two commits change ends
 * with both. Paths in the patch are relative to some checkout ("a/doc/src/sgml/...");
 * the number of leading components to strip is found by trying, as {@code patch -p}
 * would be given it, unless the caller says. Files outside the book's directory (the
 * code of a PostgreSQL patch) and binary files are left out and listed as not reviewed.
 */
public final class SourcePatch {

    /** The library logs a warning before each parse error it throws; the error is reported, with its line. */
    private static final Logger LIBRARY_LOG = Logger.getLogger(UnifiedDiffReader.class.getName());

    static {
        LIBRARY_LOG.setLevel(Level.OFF);
    }

    /** Leading directories worth trying when finding the strip level (doc/src/sgml/ref/ is four). */
    private static final int MAX_STRIP = 10;
    /** A header line whose name carries git's (or diff -N's) a/, b/, old/ or new/ component, which the library drops. */
    private static final Pattern PREFIXED = Pattern.compile("^(?:diff --git |--- |\\+\\+\\+ )(?:a|b|old|new)/");

    private final Path file;
    private final List<String> subjects;
    private final List<FileDiff> diffs;

    /**
     * One file's change in one commit of the patch.
     *
     * @param prefix leading components the library dropped from its names (git's "a/"),
     *               which a user's {@code -p} counts
     * @param hunks  the patch file's line and text of each of its hunks' headers
     */
    private record FileDiff(UnifiedDiffFile change, int line, int prefix, boolean binary,
                            List<PatchSeries.Hunk> hunks) {

        boolean created() {
            return "/dev/null".equals(change.getFromFile()) || change.getNewFileMode() != null;
        }

        boolean deleted() {
            return "/dev/null".equals(change.getToFile()) || change.getDeletedFileMode() != null;
        }

        boolean renamed() {
            return change.getRenameFrom() != null;
        }

        String oldName() {
            return first(change.getRenameFrom(), change.getCopyFrom(), change.getFromFile());
        }

        String newName() {
            return first(change.getRenameTo(), change.getCopyTo(), change.getToFile());
        }

        /** The name the report shows: the file as it is after the change, or as it was if deleted. */
        String name() {
            return deleted() ? oldName() : newName();
        }

        private static String first(String... names) {
            return Arrays.stream(names).filter(n -> n != null && !n.equals("/dev/null")).findFirst().orElse("/dev/null");
        }
    }

    private SourcePatch(Path file, List<String> subjects, List<FileDiff> diffs) {
        this.file = file;
        this.subjects = subjects;
        this.diffs = diffs;
    }

    /** Reads a patch file: every commit of a series, every file of each. */
    public static SourcePatch read(Path file) throws PatchException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PatchException(file + ": patch file not found");
        } catch (IOException e) {
            throw new PatchException(file + ": cannot read the patch: " + e.getMessage());
        }
        List<String> subjects = new ArrayList<>();
        List<FileDiff> diffs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PatchSeries.Commit commit : PatchSeries.split(new String(bytes, StandardCharsets.UTF_8))) {
            if (commit.files().isEmpty()) {
                continue;
            }
            subjects.add(commit.subject());
            for (PatchSeries.Section section : commit.files()) {
                try {
                    diffs.addAll(parse(file, section));
                } catch (PatchException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PatchException(String.join("\n", problems));
        }
        if (diffs.isEmpty()) {
            throw new PatchException(file + ": not a unified diff: it changes no file");
        }
        return new SourcePatch(file, List.copyOf(subjects), List.copyOf(diffs));
    }

    /** The longest file name (one path segment), in bytes, that common file systems hold (NAME_MAX). */
    private static final int LONGEST_NAME = 255;

    /**
     * A name no file system accepts (a NUL in it, a segment longer than file systems hold)
     * is the patch's fault, said at its line, before diff tries to write it.
     */
    private static void refuseUnusable(Path file, int line, String name) throws PatchException {
        if (name == null) {
            return;
        }
        String shown = name.replace("\0", "\\0");
        try {
            Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new PatchException(file + ":" + line + ": the patch names a file no file system can hold ("
                    + shown + "): " + e.getReason());
        }
        for (String segment : name.split("/")) {
            if (segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > LONGEST_NAME) {
                throw new PatchException(file + ":" + line + ": the patch names a file no file system can hold ("
                        + shown + "): a name in its path is longer than " + LONGEST_NAME + " bytes");
            }
        }
    }

    /** One section's files, read by the library; a git binary patch's data is not given to it. */
    private static List<FileDiff> parse(Path file, PatchSeries.Section section) throws PatchException {
        String binaryHeader = section.binaryHeader();
        String text = binaryHeader != null ? binaryHeader : section.text();
        UnifiedDiff diff;
        try {
            diff = UnifiedDiffText.parse(text);
        } catch (IOException | RuntimeException e) {
            throw new PatchException(file + ":" + section.firstLine() + ": not a unified diff: " + e.getMessage());
        }
        if (diff.getTail() != null && !diff.getTail().isBlank()) {
            throw new PatchException(file + ":" + section.firstLine() + ": not a unified diff: lines after the "
                    + "last hunk are neither a hunk nor the next file: " + diff.getTail().lines().findFirst().orElse(""));
        }
        int prefix = text.lines().filter(l -> l.startsWith("diff ") || l.startsWith("--- ") || l.startsWith("+++ "))
                .findFirst().map(l -> PREFIXED.matcher(l).find() ? 1 : 0).orElse(0);
        List<FileDiff> files = new ArrayList<>();
        int hunk = 0; // a section without diff --git lines holds several files, their hunks one after another
        for (UnifiedDiffFile changed : diff.getFiles()) {
            boolean binary = binaryHeader != null || changed.getBinaryAdded() != null
                    || changed.getBinaryDeleted() != null || changed.getBinaryEdited() != null;
            int count = changed.getPatch().getDeltas().size();
            if (hunk + count > section.hunks().size()) {
                throw new PatchException(file + ":" + section.firstLine() + ": the patch ends inside a hunk");
            }
            for (String name : new String[] {changed.getFromFile(), changed.getToFile(), changed.getRenameFrom(),
                    changed.getRenameTo(), changed.getCopyFrom(), changed.getCopyTo()}) {
                refuseUnusable(file, section.firstLine(), name);
            }
            files.add(new FileDiff(changed, section.firstLine(), prefix, binary,
                    section.hunks().subList(hunk, hunk + count)));
            hunk += count;
        }
        if (hunk < section.hunks().size()) {
            PatchSeries.Hunk cut = section.hunks().get(hunk);
            throw new PatchException(file + ":" + cut.line() + ": hunk " + cut.header()
                    + " is cut short: it has fewer lines than its header says");
        }
        return files;
    }

    /** The files the patch changes, as it names them, each once, in the order it first changes them. */
    public List<String> files() {
        return diffs.stream().map(FileDiff::name).distinct().toList();
    }

    /** The subjects of the patch's commits, in order; one empty subject for a plain diff. */
    public List<String> subjects() {
        return subjects;
    }

    /**
     * Copies {@code sourceRoot} to {@code into} and applies every change of the patch
     * there, in order. Nothing is written to {@code into} when a hunk fails: the
     * exception names every one that does.
     *
     * @param strip leading path components to drop from the patch's names, counting
     *              git's "a/" as {@code patch -p} does; empty to find out
     */
    public PatchedTree applyTo(Path sourceRoot, Path into, OptionalInt strip) throws PatchException, IOException {
        int p = strip.isPresent() ? strip.getAsInt() : stripLevel(sourceRoot);
        Set<String> docs = docPrefixes(sourceRoot, p);
        if (docs.isEmpty()) {
            throw new PatchException(file + ": with -p " + p + ", none of " + files() + " is a file under " + sourceRoot
                    + "; is this the right MASTER?");
        }
        Map<Path, Optional<List<String>>> patched = new LinkedHashMap<>(); // empty: the patch deletes the file
        Map<Path, String> names = new LinkedHashMap<>();
        Map<Path, Path> renamed = new LinkedHashMap<>();
        Map<String, NotReviewed> notReviewed = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Set<Path> failed = new HashSet<>();
        for (FileDiff diff : diffs) {
            Path from = diff.created() ? null : inDocs(diff, diff.oldName(), p, docs, sourceRoot);
            Path to = diff.deleted() ? null : inDocs(diff, diff.newName(), p, docs, sourceRoot);
            if (diff.created() ? to == null : from == null || !diff.deleted() && to == null) {
                notReviewed.putIfAbsent(diff.name(), new NotReviewed(diff.name(), NotReviewed.OUTSIDE));
                continue;
            }
            if (diff.binary()) {
                notReviewed.putIfAbsent(diff.name(), new NotReviewed(diff.name(), NotReviewed.BINARY));
                continue;
            }
            if (failed.contains(from) || failed.contains(to)) {
                continue; // its first failure is reported; later commits' hunks on it would only repeat it
            }
            try {
                refuseLinksOut(sourceRoot, diff, from, to);
                List<String> lines = diff.created() ? List.of() : current(patched, sourceRoot, from, diff);
                List<String> result = apply(diff, lines, sourceRoot.resolve(diff.created() ? to : from),
                        patched.containsKey(from));
                if (diff.renamed() || diff.deleted()) {
                    patched.put(from, Optional.empty());
                    names.remove(from);
                }
                if (diff.renamed()) {
                    renamed.replaceAll((original, now) -> now.equals(from) ? to : now); // renamed again
                    renamed.putIfAbsent(from, to);
                }
                if (!diff.deleted()) {
                    patched.put(to, Optional.of(result));
                    names.put(to, diff.newName());
                }
            } catch (PatchException e) {
                failures.add(e.getMessage());
                failed.add(from);
                failed.add(to);
            }
        }
        if (!failures.isEmpty()) {
            throw new PatchException(String.join("\n", failures));
        }
        copyTree(sourceRoot, into);
        for (var entry : patched.entrySet()) {
            Path target = into.resolve(entry.getKey());
            Files.deleteIfExists(target); // a link is replaced, not written through, as git apply does
            if (entry.getValue().isPresent()) {
                Files.createDirectories(target.getParent());
                Files.writeString(target, String.join("\n", entry.getValue().get()) + "\n", StandardCharsets.UTF_8);
            }
        }
        return new PatchedTree(into, sourceRoot, Map.copyOf(names), Map.copyOf(renamed), subjects,
                List.copyOf(notReviewed.values()));
    }

    /**
     * Applies hunk by hunk, last first (as the library does, so that earlier positions
     * hold), going on past a hunk that fails so that every failing hunk is named.
     *
     * @param earlier whether an earlier commit of the series changed the file already
     */
    private List<String> apply(FileDiff diff, List<String> lines, Path target, boolean earlier) throws PatchException {
        List<AbstractDelta<String>> deltas = diff.change().getPatch().getDeltas();
        List<String> result = new ArrayList<>(lines);
        List<String> failures = new ArrayList<>();
        for (int i = deltas.size() - 1; i >= 0; i--) {
            Patch<String> one = new Patch<>();
            one.addDelta(deltas.get(i));
            try {
                result = one.applyTo(result);
            } catch (PatchFailedException | RuntimeException e) {
                PatchSeries.Hunk hunk = diff.hunks().get(i);
                failures.add(0, file + ":" + hunk.line() + ": hunk #" + (i + 1) + " (" + hunk.header()
                        + ") does not apply to " + target + (earlier ? " as the earlier patches left it" : "")
                        + ": the lines it expects at line " + (deltas.get(i).getSource().getPosition() + 1)
                        + " are not there");
            }
        }
        if (!failures.isEmpty()) {
            throw new PatchException(String.join("\n", failures));
        }
        return result;
    }

    /**
     * The smallest strip level at which the most files the patch changes (and does not
     * create) exist in {@code root}; failing that, at which the most it creates land in
     * an existing directory. Files of a patch that also changes code do not all exist
     * at any level: the documentation's are enough.
     */
    private int stripLevel(Path root) throws PatchException {
        int best = bestLevel(root, false);
        if (best < 0) {
            best = bestLevel(root, true);
        }
        if (best < 0) {
            throw new PatchException(file + ": none of " + files() + " is a file under " + root
                    + " however many leading directories are stripped; is this the right MASTER?");
        }
        return best;
    }

    private int bestLevel(Path root, boolean created) {
        int best = -1;
        long bestCount = 0;
        for (int p = 0; p < MAX_STRIP; p++) {
            int level = p;
            long count = diffs.stream().filter(d -> d.created() == created)
                    .map(d -> stripped(d, created ? d.newName() : d.oldName(), level)).filter(r -> r != null)
                    .filter(r -> exists(root, r, created))
                    .distinct().count();
            if (count > bestCount) {
                best = p;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The leading directories, at strip level {@code p}, of the files that exist in
     * {@code root}: a file is in the documentation sources if its name starts with one.
     */
    private Set<String> docPrefixes(Path root, int p) {
        Set<String> prefixes = docPrefixes(root, p, false);
        return prefixes.isEmpty() ? docPrefixes(root, p, true) : prefixes;
    }

    /**
     * As {@link #docPrefixes(Path, int)}, from the files the patch changes or, only when
     * none of those is in {@code root}, from those it creates in an existing directory.
     */
    private Set<String> docPrefixes(Path root, int p, boolean created) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (FileDiff d : diffs) {
            String name = created ? d.newName() : d.oldName();
            Path relative = stripped(d, name, p);
            if (d.created() == created && relative != null && exists(root, relative, created)) {
                prefixes.add(leading(d, name, p));
            }
        }
        return prefixes;
    }

    /** Whether a changed file is in {@code root}, or a created one would land in an existing directory. */
    private static boolean exists(Path root, Path relative, boolean created) {
        return created ? Files.isDirectory(root.resolve(relative).getParent()) : Files.isRegularFile(root.resolve(relative));
    }

    /** {@code name} relative to the source root, or null when it is not in the documentation sources. */
    private Path inDocs(FileDiff d, String name, int p, Set<String> docs, Path root) throws PatchException {
        Path relative = stripped(d, name, p);
        if (relative == null || !docs.contains(leading(d, name, p))) {
            return null;
        }
        if (!root.resolve(relative).normalize().startsWith(root)) {
            throw new PatchException(file + ":" + d.line() + ": " + name + " is outside " + root);
        }
        return relative.normalize();
    }

    /** {@code name} without its first {@code p} components (git's "a/" counted), or null if it has no more. */
    private static Path stripped(FileDiff d, String name, int p) {
        String[] parts = name.split("/");
        int drop = p - d.prefix();
        if (drop < 0 || parts.length <= drop) {
            return null;
        }
        return Path.of(String.join("/", Arrays.copyOfRange(parts, drop, parts.length)));
    }

    private static String leading(FileDiff d, String name, int p) {
        String[] parts = name.split("/");
        return String.join("/", Arrays.copyOfRange(parts, 0, Math.max(0, Math.min(p - d.prefix(), parts.length))));
    }

    /** A file of the tree must not be read or written through a link that leads out of it. */
    private void refuseLinksOut(Path root, FileDiff d, Path... relatives) throws PatchException {
        for (Path relative : relatives) {
            if (relative != null && RealPaths.leaves(root, root.resolve(relative))) {
                throw new PatchException(file + ":" + d.line() + ": " + d.name() + " leads outside " + root
                        + " (through a symbolic link); pgdocs does not patch it");
            }
        }
    }

    /** The file's lines as the earlier commits of the series left them, or as they are in {@code root}. */
    private List<String> current(Map<Path, Optional<List<String>>> patched, Path root, Path relative, FileDiff d)
            throws PatchException {
        if (patched.containsKey(relative)) {
            return patched.get(relative).orElseThrow(() -> new PatchException(file + ":" + d.line() + ": "
                    + d.oldName() + " was deleted or renamed by an earlier patch of the series"));
        }
        Path source = root.resolve(relative);
        if (!Files.isRegularFile(source)) {
            throw new PatchException(file + ":" + d.line() + ": " + d.oldName() + " does not exist: no file " + source);
        }
        try {
            return Files.readAllLines(source, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PatchException(file + ":" + d.line() + ": " + d.oldName() + " is not UTF-8 text at " + source);
        } catch (IOException e) {
            throw new PatchException(file + ":" + d.line() + ": " + d.oldName() + " cannot be read at " + source
                    + ": " + e.getMessage());
        }
    }

    /**
     * Copies the tree, links as links: a copied link's target would be read from the
     * copy with no trace that it leads out. An absolute link into the tree is pointed
     * at the same file of the copy.
     */
    private static void copyTree(Path from, Path to) throws IOException {
        Path realFrom = from.toRealPath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isSymbolicLink(source)) {
                    Path link = Files.readSymbolicLink(source);
                    Path real = RealPaths.of(source);
                    if (link.isAbsolute() && real.startsWith(realFrom)) {
                        link = to.resolve(realFrom.relativize(real).toString());
                    }
                    Files.createSymbolicLink(target, link);
                } else if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
