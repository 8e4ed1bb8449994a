package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed external entity files of a book, kept between loads by a long-running
 * process (pgdocs serve). A load given this plays back every top-level entity file
 * that has not changed since it was parsed (nor any file inside it) instead of parsing
 * it, and parses the rest, recording them for next time.
 *
 * <p>The parser validates only what it parses; an element around a played-back entity
 * would look incomplete to it. So findings are kept per file: a load takes the new
 * findings of the files it parsed and the kept ones of every other file. That is exact
 * as long as an edited file still starts with the same elements (the element around
 * its reference sees the same children); when they differ, the loader parses the whole
 * book again. An edited master, or a file of entity declarations (version.sgml), also
 * means a whole parse.
 */
public final class ParsedEntities {

    private final Map<Path, EntityRecording> recordings = new HashMap<>();
    private final Set<Path> stale = new HashSet<>();
    private final Map<Path, List<Diagnostic>> findings = new HashMap<>();
    /** Every file read that is not a recorded entity (the master, files of declarations), stamped. */
    private final Map<Path, FileStamp> declarations = new HashMap<>();
    private int playedBack;
    /**
     * Generated files that were missing at the last load, and those of them whose content
     * was left out: one appearing means a whole parse. A load that plays files back does
     * not meet the stand-ins inside them, so it takes these lists from here.
     */
    private final Set<Path> missing = new LinkedHashSet<>();
    private final Set<Path> leftOut = new LinkedHashSet<>();

    /** Where the next load waits once its prolog is read; null when it does not. */
    private volatile PrologGate gate;

    /**
     * Makes the next load through these entities wait at {@code gate} once its prolog is
     * read ({@link PrologGate}); null: it does not.
     */
    public void holdAfterProlog(PrologGate gate) {
        this.gate = gate;
    }

    /** Called by a parse at the end of its prolog: waits at the gate, if one is set, once. */
    void prologRead() throws org.xml.sax.SAXException {
        PrologGate waiting = gate;
        if (waiting != null) {
            gate = null;
            waiting.pass();
        }
    }

    /** How many files the last load played back instead of parsing. */
    public int playedBack() {
        return playedBack;
    }

    void played(int files) {
        playedBack += files;
    }

    void starting() {
        playedBack = 0;
    }

    /** Whether this file is an entity file whose parse is kept (a chapter, not a file of declarations). */
    public boolean holds(Path file) {
        return recordings.containsKey(file);
    }

    Optional<EntityRecording> recording(Path file) {
        return Optional.ofNullable(recordings.get(file));
    }

    /** Whether a file and every file inside it are as they were when recorded. */
    boolean replayable(Path file) {
        EntityRecording r = recordings.get(file);
        if (r == null || stale.contains(file) || !FileStamp.of(file).map(r.stamp()::equals).orElse(false)) {
            return false;
        }
        return r.nested().stream().allMatch(this::replayable);
    }

    /**
     * Whether the kept entities were parsed under the same master and the same entity
     * declarations (version.sgml, filelist.sgml and the like): their text comes from these.
     */
    public boolean sameDeclarations() {
        return !declarations.isEmpty() && declarations.entrySet().stream()
                .allMatch(e -> FileStamp.of(e.getKey()).map(e.getValue()::equals).orElse(false))
                && missing.stream().noneMatch(java.nio.file.Files::exists);
    }

    /**
     * Marks these files changed, whatever their stamps say (the watcher saw them change):
     * they are parsed again. Their recordings stay until then, for what they started with.
     */
    public void forget(Collection<Path> files) {
        stale.addAll(files);
        files.forEach(f -> {
            if (declarations.containsKey(f)) {
                declarations.clear(); // a declaration changed: everything is parsed again
            }
        });
    }

    void keep(EntityRecording recording) {
        recordings.put(recording.file(), recording);
        stale.remove(recording.file());
    }

    /** The findings of a load: new ones for {@code parsed} files, kept ones for all others. */
    List<Diagnostic> merge(List<Diagnostic> found, Set<Path> parsed) {
        List<Diagnostic> merged = new ArrayList<>();
        for (Diagnostic d : found) {
            if (parsed.contains(d.location().file())) {
                merged.add(d);
            }
        }
        findings.forEach((file, kept) -> {
            if (!parsed.contains(file)) {
                merged.addAll(kept);
            }
        });
        return merged;
    }

    /** Notes the generated files a load found missing (their stand-ins are inside other files' recordings). */
    void stoodIn(Collection<Path> standIns, Collection<Path> contentLeftOut) {
        missing.clear();
        missing.addAll(standIns);
        leftOut.clear();
        leftOut.addAll(contentLeftOut);
    }

    /** The missing generated files of the last load, then those a replay met itself, once each. */
    List<Path> standIns(Collection<Path> metNow) {
        return union(missing, metNow);
    }

    /** Those of them whose content was left out, likewise. */
    List<Path> leftOut(Collection<Path> metNow) {
        return union(leftOut, metNow);
    }

    private static List<Path> union(Set<Path> kept, Collection<Path> metNow) {
        Set<Path> all = new LinkedHashSet<>(kept);
        all.addAll(metNow);
        return List.copyOf(all);
    }

    /** Keeps a load's findings, by file, and the stamps of the files that are not entities. */
    void loaded(List<Path> files, List<Diagnostic> diagnostics) {
        declarations.clear();
        for (Path file : files) {
            if (!recordings.containsKey(file)) {
                FileStamp.of(file).ifPresent(stamp -> declarations.put(file, stamp));
            }
        }
        findings.clear();
        for (Diagnostic d : diagnostics) {
            findings.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d);
        }
    }
}
