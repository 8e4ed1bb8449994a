package dev.pgdocs.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pgdocs.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * pgdocs build stopped from outside, as a user or a CI runner stops it: SIGINT (Ctrl-C),
 * SIGTERM and kill -9, sent to a pgdocs process while it writes the PostgreSQL 14 manual
 * (skipped without ../shared/corpus). What must hold: the exit code --help lists, no
 * staging directory left beside the output, the previous site byte for byte, and the next
 * build clearing what a killed one left (and nothing else); a published site readable by
 * others; and a diff leaving no copy of the patched sources in the temporary directory.
 */
@Tag("slow") // signals to pgdocs processes building the manual: mvn verify
class InterruptionTest {

    private static final String PERL = "/usr/bin/perl";

    private static Path manual;

    @BeforeAll
    static void corpusAndSignals() throws IOException {
        manual = Fixtures.corpus().resolve("pg14-docs/postgres.sgml");
        Path status = Path.of("/proc/self/status");
        Assumptions.assumeTrue(Files.isRegularFile(status), "signal tests need Linux (/proc, kill)");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PERL)), "signal tests start pgdocs through perl (Debian's perl-base)");
    }

    @ParameterizedTest(name = "SIG{0} exits {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringTheHtmlBuildRemovesTheStagingAndKeepsTheSite(String signal, int code, @TempDir Path tmp)
            throws Exception {
        Path site = tmp.resolve("out/html");
        run(tmp, "build", Fixtures.docsSrc().toString(), "--format", "html", "-o", site.toString());
        Map<String, String> before = contents(site);

        Process build = start(tmp.resolve("build.log"), "build", manual.toString(), "-o", site.toString());
        awaitStaging(build, tmp.resolve("build.log"), site, staging -> count(staging, ".html") >= 50);
        kill(build, signal);

        assertEquals(code, exitOf(build), read(tmp.resolve("build.log")));
        assertCleanStop(tmp.resolve("build.log"), site);
        assertEquals(before, contents(site), "the previous site, unchanged");
    }

    @Test
    void sigintDuringThePdfBuildRemovesThePartialPdf(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("out/pdf");
        run(tmp, "build", Fixtures.docsSrc().toString(), "--format", "pdf", "-o", pdf.toString());
        Map<String, String> before = contents(pdf);

        Process build = start(tmp.resolve("build.log"), "build", manual.toString(), "--format", "pdf",
                "-o", pdf.toString());
        awaitStaging(build, tmp.resolve("build.log"), pdf, staging -> size(staging.resolve("postgres.pdf")) > 0);
        kill(build, "INT");

        assertEquals(130, exitOf(build), read(tmp.resolve("build.log")));
        assertCleanStop(tmp.resolve("build.log"), pdf);
        assertEquals(before, contents(pdf), "the previous PDF, unchanged");
    }

    @Test
    void theBuildAfterAKillRemovesWhatItLeftOnlyThatAndPublishesForEveryReader(@TempDir Path tmp)
            throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path site = out.resolve("html");
        Process build = start(tmp.resolve("build.log"), "build", manual.toString(), "-o", site.toString());
        awaitStaging(build, tmp.resolve("build.log"), site, staging -> count(staging, ".html") >= 50);
        build.destroyForcibly(); // SIGKILL: nothing of pgdocs runs
        exitOf(build);
        assertEquals(1, leftovers(site).size(), "kill -9 leaves the staging directory: " + leftovers(site));

        long dead = build.pid();
        // an old output of the killed process, and one from an earlier pgdocs version (no
        // process id in the name): left behind as well
        Files.createDirectories(out.resolve(".html.pgdocs-old-" + dead + "-3/sub"));
        Files.createDirectories(out.resolve(".html.pgdocs-staging-12275703682642633510/sub"));
        // what must stay: a build that still runs (this JVM's id, its directory newer than it),
        // names pgdocs does not give, another output's directories, a file
        List<Path> others = List.of(
                Files.createDirectories(out.resolve(".html.pgdocs-staging-" + ProcessHandle.current().pid() + "-7")),
                Files.createDirectories(out.resolve(".html.pgdocs-staging-notes")),
                Files.createDirectories(out.resolve(".html.pgdocs-old")),
                Files.createDirectories(out.resolve(".pdf.pgdocs-staging-1-2")),
                Files.writeString(out.resolve(".html.pgdocs-old-" + dead + "-2"), "a file, not pgdocs' directory"));

        Path master = bookWithAPrivateImage(tmp.resolve("src"));
        run(tmp, "build", master.toString(), "-o", site.toString());

        List<Path> left = leftovers(site);
        assertEquals(others.stream().filter(p -> p.getFileName().toString().startsWith(".html.")).sorted().toList(),
                left, "only what pgdocs left is removed");
        others.forEach(p -> assertTrue(Files.exists(p), p + " stays"));
        assertPermissions(site);
    }

    @Test
    void sigtermDuringADiffRemovesThePatchedCopyOfTheSources(@TempDir Path tmp) throws Exception {
        dev.pgdocs.GitRepo repo = dev.pgdocs.GitRepo.withDocs(tmp.resolve("repo"), manual.getParent());
        repo.edit(dev.pgdocs.GitRepo.BGWORKER, "<title>Background Worker Processes</title>",
                "<title>Background Workers</title>");
        Path patch = Files.writeString(tmp.resolve("title.patch"), repo.git("diff"));
        repo.git("checkout", "-q", "--", ".");
        Path scratch = Files.createDirectories(tmp.resolve("scratch")); // the diff's temporary directory

        Process diff = start(tmp.resolve("diff.log"), List.of("-Djava.io.tmpdir=" + scratch), "diff", "--patch",
                patch.toString(), repo.docs().resolve("postgres.sgml").toString(), "-o", tmp.resolve("review").toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); // a guard for a hung run, not a measure
        while (!read(tmp.resolve("diff.log")).contains("built the book before the change")) {
            if (!diff.isAlive() || System.nanoTime() > deadline) {
                diff.destroyForcibly();
                fail("the diff ended or hung before it was interrupted:\n" + read(tmp.resolve("diff.log")));
            }
            Thread.sleep(100);
        }
        try (Stream<Path> during = Files.list(scratch)) {
            assertTrue(during.anyMatch(p -> p.getFileName().toString().startsWith("pgdocs-diff-")),
                    "the patched copy is there while the diff runs");
        }
        kill(diff, "TERM");

        assertEquals(143, exitOf(diff), read(tmp.resolve("diff.log")));
        try (Stream<Path> after = Files.list(scratch)) {
            assertEquals(List.of(), after.filter(p -> p.getFileName().toString().startsWith("pgdocs-diff-")).toList(),
                    "no copy of the sources left behind");
        }
    }

    /** Every directory of the site rwxr-xr-x, every file rw-r--r--, the image copied from a private file too. */
    private static void assertPermissions(Path site) throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("dot.svg")), "the image is published");
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.toList()) {
                String expected = Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--";
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(p,
                        LinkOption.NOFOLLOW_LINKS)), site.relativize(p).toString());
            }
        }
    }

    private static Path bookWithAPrivateImage(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Path image = Files.writeString(dir.resolve("images/dot.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
        Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("rw-------"));
        return Files.writeString(dir.resolve("book.sgml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"
                  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>B</title>
                <chapter id="c"><title>C</title>
                <figure id="f"><title>A Dot</title><mediaobject><imageobject>
                <imagedata fileref="images/dot.svg" format="SVG"/>
                </imageobject></mediaobject></figure>
                </chapter>
                </book>
                """);
    }

    /** What an interrupted build must leave: its one line, no Java, nothing beside the output. */
    private static void assertCleanStop(Path log, Path output) throws IOException {
        String text = read(log);
        assertTrue(text.lines().anyMatch(("pgdocs: interrupted; nothing published, " + output + " is unchanged")::equals),
                text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
        assertEquals(List.of(), leftovers(output), "nothing left beside the output");
    }

    /** The directories and files beside {@code output} whose names pgdocs gives: {@code .NAME.pgdocs-*}. */
    private static List<Path> leftovers(Path output) throws IOException {
        String prefix = "." + output.getFileName() + ".pgdocs-";
        try (Stream<Path> list = Files.list(output.getParent())) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    /** pgdocs in a JVM of its own, with the usual umask, its output in {@code log}. */
    private static Process start(Path log, String... args) throws IOException {
        return start(log, List.of(), args);
    }

    /** The same, with more options for its JVM. */
    private static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
        // a test run started in the background without job control (as CI starts it) ignores
        // SIGINT, and the JVM would keep it ignored; perl puts it back to its default, which a
        // shell cannot do for a signal ignored on entry
        List<String> command = new ArrayList<>(List.of(PERL, "-e", "umask 022; $SIG{INT} = 'DEFAULT'; exec @ARGV or die $!",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.pgdocs.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs pgdocs to the end; it must succeed. */
    private static void run(Path tmp, String... args) throws Exception {
        Path log = Files.createTempFile(tmp, "run", ".log");
        assertEquals(0, exitOf(start(log, args)), () -> String.join(" ", args) + "\n" + read(log));
    }

    /** Waits until the build's staging directory for {@code output} satisfies {@code midway}. */
    private static void awaitStaging(Process build, Path log, Path output, Predicate<Path> midway) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); // a guard for a hung build, not a measure
        while (System.nanoTime() < deadline) {
            if (!build.isAlive()) {
                fail("pgdocs ended (exit " + build.exitValue() + ") before it was interrupted:\n" + read(log));
            }
            for (Path p : leftovers(output)) {
                if (p.getFileName().toString().contains(".pgdocs-staging-") && midway.test(p)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        build.destroyForcibly();
        fail("the build never got far enough to interrupt:\n" + read(log));
    }

    private static void kill(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
    }

    private static int exitOf(Process process) throws InterruptedException {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("pgdocs did not end");
        }
        return process.exitValue();
    }

    private static long count(Path dir, String suffix) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            return 0; // renamed or removed under us: not there yet
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Every file of a directory tree with its contents. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        assertFalse(files.isEmpty(), dir + " has a site");
        return files;
    }

    /** What a pgdocs process printed. */
    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
