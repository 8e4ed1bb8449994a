package dev.pgdocs.cli;

import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.FormatName;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * The JVM options each command runs best with: the one table of them, read by pgdocs' main
 * ({@link dev.pgdocs.launch.Relauncher} starts a JVM with them when the running one lacks
 * them) and by anything else that starts pgdocs. Chosen by the parsed command, never by
 * looking at the words of the command line (a path with "pdf" in it is only a path).
 * Measured on the PostgreSQL 14 manual (bench/launch.sh compares the ways of starting).
 */
public enum JvmTuning {

    /**
     * Most runs last a second or a few: the quick C1 compiler and the serial collector beat
     * the defaults (the optimizing compiler and G1 spend more than they save in that time).
     */
    QUICK("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),

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
     * again once written.
     */
    PDF("-XX:+UseParallelGC", "-Xms800m", "-Xmx800m", "-XX:TieredStopAtLevel=1",
            "-XX:SoftRefLRUPolicyMSPerMB=0", "-XX:MetaspaceSize=128m"),

    /** serve runs long enough for the optimizing compiler to pay off; it keeps the small serial collector. */
    SERVE("-XX:+UseSerialGC");

    private final List<String> options;

    JvmTuning(String... options) {
        this.options = List.of(options);
    }

    /** The options, in the order they are given to java. */
    public List<String> options() {
        return options;
    }

    /**
     * The tuning the parsed command wants; empty when it does no work worth a JVM of its
     * own (help, version: the JVM already running answers at once).
     */
    public static Optional<JvmTuning> forCommand(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        if (command.isUsageHelpRequested() || command.isVersionHelpRequested()
                || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
            return Optional.empty();
        }
        Object user = command.commandSpec().userObject();
        if (user instanceof ServeCommand) {
            return Optional.of(SERVE);
        }
        if (user instanceof BuildCommand build && buildsPdf(build)) {
            return Optional.of(PDF);
        }
        if (user instanceof PgdocsCommand) {
            return Optional.empty(); // no command: it prints its usage
        }
        return Optional.of(QUICK);
    }

    /** Whether the build makes a PDF, by --format or by the book's pgdocs.json. */
    private static boolean buildsPdf(BuildCommand build) {
        try {
            return build.formatsToBuild().contains(FormatName.PDF);
        } catch (LoadException e) {
            return false; // a pgdocs.json that cannot be read: the build says so, quickly
        }
    }
}
