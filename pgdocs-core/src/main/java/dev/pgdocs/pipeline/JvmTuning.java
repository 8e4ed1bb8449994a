package dev.pgdocs.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options each kind of pgdocs run works best with: the one table of them. The
 * command line's launcher starts a JVM with them when the running one lacks them (the
 * command picks the row, see the CLI's CommandTuning), and the Maven plugin starts the
 * PDF build in a JVM of its own with them. Measured on the PostgreSQL 14 manual
 * (bench/launch.sh compares the ways of starting).
 */
public enum JvmTuning {

    /**
     * Most runs last a second or a few: the quick C1 compiler and the serial collector beat
     * the defaults (the optimizing compiler and G1 spend more than they save in that time).
     * Where Linux gives transparent huge pages to the processes that ask (madvise), the
     * heap asks: the tree of a manual fills a few hundred MB of fresh memory, and taking it
     * 2 MB at a time instead of 4 KB took 10-15% off a check and an HTML build of
     * PostgreSQL 14 (bench/check.sh, bench/build-html.sh).
     */
    QUICK(true, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),

    /**
     * A PDF keeps C1: the optimizing compiler spent 20 s of CPU on the manual, on the core
     * the FO stylesheet runs on beside FOP. The parallel collector's pauses use both cores.
     * The heap is fixed at 800 MB, which keeps the whole process under 1 GB: the manual keeps
     * up to about 490 MB live by its end (mostly FOP's structure tree of the tagged PDF,
     * written last), and a heap growing step by step from the default cost a full
     * collection per step. FOP holds each page's written content stream through a soft
     * reference (to share identical pages' streams), which the collector keeps by default
     * for a second per free megabyte, and a growing metaspace forced a full collection
     * of its own: the last two options drop those, and the content streams are never read
     * again once written. A young generation of 192 MB (a quarter of the heap, against the
     * default third) leaves the old one more room for that tree: by turns, three builds
     * each, 43.0-44.4 s against 44.9-46.8 s.
     */
    PDF(false, "-XX:+UseParallelGC", "-Xms800m", "-Xmx800m", "-Xmn192m", "-XX:TieredStopAtLevel=1",
            "-XX:SoftRefLRUPolicyMSPerMB=0", "-XX:MetaspaceSize=128m"),

    /**
     * serve runs long enough for the optimizing compiler to pay off; it keeps the small
     * serial collector, and huge pages as QUICK. The compiler's level is named, though it is
     * the JVM's default, so that a JVM started with QUICK's options (bin/pgdocs starts one)
     * is not taken for one with these: serve ran there with the quick compiler alone, and
     * showed an edited page of PostgreSQL 18 about 90 ms later (bench/serve-rebuild.sh).
     */
    SERVE(true, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4"),

    /**
     * The resident JVM (PGDOCS_DAEMON) does the quick commands' work for run after run, so
     * the optimizing compiler pays off as in serve. From the command line, after it warmed
     * up on an HTML build of PostgreSQL 14: HTML builds from 3.8 s down to 2.6 s by the
     * sixth, then checks in 0.56-0.65 s; with the quick compiler alone, 3.3-3.6 s and
     * 0.79-0.88 s. It waits between runs, and collects its garbage then: the small initial
     * heap lets the heap shrink back to what it keeps (by default it never goes below 1/64
     * of the machine's memory, 384 MB here).
     */
    RESIDENT(true, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4", "-Xms32m"),

    /**
     * The resident JVM for PDF builds: PDF's row, with the optimizing compiler, which pays
     * off over build after build where one build could not afford it. PostgreSQL 14's PDF,
     * built five times over in one JVM with these options: 47 s, 27 s, 22 s, 19 s, 23 s,
     * against about 40 s in a fresh JVM with PDF's. The heap is PDF's, a little smaller for
     * the compiled code's room under 1 GB, and its young generation small, which leaves the
     * old one room for the tagged PDF's structure tree (about 480 MB live by the end): by
     * turns, five builds each after warming up, 20.6-25.4 s (median 22.7) at a peak of
     * 991 MB, against 23.5-29.1 s (median 24.8) and 1,024 MB with 768 MB and the default
     * young generation. It is a JVM of its own (the quick commands' would
     * need a heap this small, too small for a check of a manual ten times PostgreSQL's),
     * and it waits with its heap as the last PDF left it.
     */
    RESIDENT_PDF(false, "-XX:+UseParallelGC", "-Xms736m", "-Xmx736m", "-Xmn192m", "-XX:TieredStopAtLevel=4",
            "-XX:SoftRefLRUPolicyMSPerMB=0", "-XX:MetaspaceSize=128m");

    /** The option that makes the heap ask for transparent huge pages. */
    public static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private final List<String> options;

    JvmTuning(boolean hugePages, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        if (hugePages && hugePagesOnRequest()) {
            all.add(HUGE_PAGES);
        }
        this.options = List.copyOf(all);
    }

    /**
     * Whether this machine gives transparent huge pages to processes that ask. Not where it
     * gives them to all (asking changes nothing) nor where it has none (the JVM would warn).
     * bin/pgdocs asks the same file the same question.
     */
    private static boolean hugePagesOnRequest() {
        // (read here, not from a constant: the rows are made before the class's constants)
        try {
            return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]");
        } catch (IOException | SecurityException e) {
            return false; // not Linux, or not told
        }
    }

    /** The options, in the order they are given to java. */
    public List<String> options() {
        return options;
    }
}
