package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * book again. An edited master file also means a whole parse.
 */
public final class ParsedEntities {

    private final Map<Path, EntityRecording> recordings = new HashMap<>();
    private final Map<Path, List<Diagnostic>> findings = new HashMap<>();
    private FileStamp master;
    private int playedBack;

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

    Optional<EntityRecording> recording(Path file) {
        return Optional.ofNullable(recordings.get(file));
    }

    /** Whether a file and every file inside it are as they were when recorded. */
    boolean replayable(Path file) {
        EntityRecording r = recordings.get(file);
        if (r == null || !FileStamp.of(file).map(r.stamp()::equals).orElse(false)) {
            return false;
        }
        return r.nested().stream().allMatch(this::replayable);
    }

    /** Whether the master is the one the kept entities were parsed under. */
    boolean sameMaster(Path file) {
        return master != null && FileStamp.of(file).map(master::equals).orElse(false);
    }

    void keep(EntityRecording recording) {
        recordings.put(recording.file(), recording);
    }

    /** The findings of a load: new ones for {@code parsed} files, kept ones for all others. */
    List<Diagnostic> merge(List<Diagnostic> found, java.util.Set<Path> parsed) {
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

    /** Keeps a whole load's findings, by file, and the master's stamp. */
    void loaded(Path masterFile, List<Diagnostic> diagnostics) {
        master = FileStamp.of(masterFile).orElse(null);
        findings.clear();
        for (Diagnostic d : diagnostics) {
            findings.computeIfAbsent(d.location().file(), f -> new ArrayList<>()).add(d);
        }
    }
}
