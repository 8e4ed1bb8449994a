package dev.pgdocs.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The findings a book had when its baseline was written, so that CI fails only on new
 * ones. A finding is known by its rule, its file (relative to the master's directory)
 * and the element it is about ({@link SourceLocation#element}), or its message where it
 * is about no element; never by line or column, so that lines added above a finding do
 * not make it new. Findings that share all three are counted.
 */
public final class Baseline {

    /** The file's format version, written first in it. */
    private static final int FORMAT = 1;

    /** A file:line:col inside a message (id.duplicate names the first definition's place). */
    private static final Pattern PLACE = Pattern.compile("(:\\d+)+\\b");

    /**
     * Made when a baseline is first read or written: every check asks {@link #rootOf}, and
     * setting up Jackson took 30 ms of a check that has no baseline.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::rule)
            .thenComparing(Key::element).thenComparing(Key::message);

    /**
     * What a finding is known by. Exactly one of element and message is non-empty.
     *
     * @param file relative to the master's directory, with {@code /} between names
     */
    public record Key(String rule, String file, String element, String message) {

        static Key of(Diagnostic d, Path root) {
            SourceLocation at = d.location();
            String file = at.file() == null ? "" : relative(root, at.file());
            return at.element() != null ? new Key(d.rule(), file, at.element(), "")
                    : new Key(d.rule(), file, "", PLACE.matcher(d.message()).replaceAll(""));
        }

        private static String relative(Path root, Path file) {
            Path abs = file.toAbsolutePath().normalize();
            Path base = root.toAbsolutePath().normalize();
            return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
        }

        /** What the finding was about, for people: the element, else the message. */
        public String subject() {
            return element.isEmpty() ? message : element;
        }
    }

    /** A key and how many findings had it. */
    public record Entry(Key key, int count) {
    }

    /** How today's findings compare with a baseline. */
    public record Comparison(List<Diagnostic> fresh, int unchanged, List<Entry> fixed) {
    }

    /** The file's JSON shape: entries with the empty parts and a count of 1 left out. */
    private record Stored(Integer pgdocsBaseline, List<StoredEntry> findings) {
    }

    private record StoredEntry(String rule, String file, String element, String message, Integer count) {
    }

    private final Map<Key, Integer> counts;

    private Baseline(Map<Key, Integer> counts) {
        this.counts = counts;
    }

    /** The directory a book's paths are relative to in baselines: its master's. */
    public static Path rootOf(Path master) {
        return master.toAbsolutePath().normalize().getParent();
    }

    /** The baseline of these findings; {@code root} is the master's directory. */
    public static Baseline of(List<Diagnostic> found, Path root) {
        Map<Key, Integer> counts = new TreeMap<>(ORDER);
        for (Diagnostic d : found) {
            counts.merge(Key.of(d, root), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** The entries, in the file's order. */
    public List<Entry> entries() {
        return counts.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue())).toList();
    }

    /**
     * Splits today's findings into those the baseline does not have (new) and those it
     * has, and lists what it has that is no longer found (fixed). Of several findings
     * with one key, those beyond the recorded count are new, the last in file order.
     */
    public Comparison compare(List<Diagnostic> found, Path root) {
        Map<Key, Integer> left = new TreeMap<>(ORDER);
        left.putAll(counts);
        List<Diagnostic> fresh = new ArrayList<>();
        int unchanged = 0;
        for (Diagnostic d : found) {
            Key key = Key.of(d, root);
            int remaining = left.getOrDefault(key, 0);
            if (remaining > 0) {
                left.put(key, remaining - 1);
                unchanged++;
            } else {
                fresh.add(d);
            }
        }
        List<Entry> fixed = left.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new Entry(e.getKey(), e.getValue())).toList();
        return new Comparison(List.copyOf(fresh), unchanged, fixed);
    }

    /** Reads a baseline file that {@link #write} wrote. */
    public static Baseline read(Path file) throws Unreadable {
        Stored stored;
        try {
            stored = Json.MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new Unreadable(at == null ? SourceLocation.of(file)
                    : new SourceLocation(file, (int) at.getLineNr(), (int) at.getColumnNr()),
                    "invalid baseline: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new Unreadable(SourceLocation.of(file), "cannot read baseline: " + e.getMessage(), e);
        }
        if (stored == null || stored.pgdocsBaseline() == null || stored.pgdocsBaseline() != FORMAT
                || stored.findings() == null) {
            throw new Unreadable(SourceLocation.of(file), "not a pgdocs baseline (format " + FORMAT
                    + "): write one with pgdocs check --write-baseline", null);
        }
        Map<Key, Integer> counts = new TreeMap<>(ORDER);
        for (StoredEntry e : stored.findings()) {
            if (e.rule() == null || e.file() == null || (e.element() == null) == (e.message() == null)) {
                throw new Unreadable(SourceLocation.of(file), "invalid baseline: every finding needs rule, file"
                        + " and either element or message: " + e, null);
            }
            Key key = new Key(e.rule(), e.file(), e.element() == null ? "" : e.element(),
                    e.message() == null ? "" : e.message());
            counts.merge(key, e.count() == null ? 1 : Math.max(e.count(), 1), Integer::sum);
        }
        return new Baseline(counts);
    }

    /** Writes the baseline, sorted and indented for diffs; the old file stays until the new one is complete. */
    public void write(Path file) throws IOException {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Entry e : entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.key().rule());
            m.put("file", e.key().file());
            m.put(e.key().element().isEmpty() ? "message" : "element", e.key().subject());
            if (e.count() > 1) {
                m.put("count", e.count());
            }
            findings.add(m);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("pgdocsBaseline", FORMAT);
        document.put("findings", findings);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, Json.MAPPER.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A baseline file that cannot be used, with where. */
    public static final class Unreadable extends Exception {
        private final SourceLocation location;

        Unreadable(SourceLocation location, String message, Throwable cause) {
            super(message, cause);
            this.location = location;
        }

        public SourceLocation location() {
            return location;
        }
    }
}
