package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pgdocs.Fixtures;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.pipeline.JvmTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgdocs started as {@code java -cp ... dev.pgdocs.Main} with no options: the work runs in
 * a JVM started with its command's options, which the user cannot tell from one JVM:
 * the same output, exit code, and a clean stop on SIGTERM.
 */
@Tag("slow") // pgdocs processes, one building the PostgreSQL manual's PDF: mvn verify
class RelaunchTest {

    private static final String PERL = "/usr/bin/perl";

    /** pgdocs in a JVM with no options of its own (perl restores SIGINT, as InterruptionTest explains). */
    private static Process start(Path log, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(PERL, "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.pgdocs.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int exitOf(Process p) throws InterruptedException {
        if (!p.waitFor(10, TimeUnit.MINUTES)) { // a guard for a hung run, not a measure
            p.destroyForcibly();
            fail("pgdocs did not end");
        }
        return p.exitValue();
    }

    @Test
    void aRelaunchedRunPrintsWhatOneJvmPrintsNothingMoreAndItsExitCode(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PERL)), "needs perl");
        Path master = Fixtures.fixture("rules/book.sgml"); // errors: exit 1
        Process relaunched = start(tmp.resolve("relaunched.log"), List.of(), "check", master.toString());
        Process inPlace = start(tmp.resolve("here.log"), List.of("-Dpgdocs.relaunch=false"), "check", master.toString());
        assertEquals(1, exitOf(relaunched));
        assertEquals(1, exitOf(inPlace));
        String text = Files.readString(tmp.resolve("relaunched.log"));
        assertEquals(Files.readString(tmp.resolve("here.log")), text, "no progress, no second banner: not a terminal");
        assertFalse(text.contains("\r"), text);
    }

    @Test
    void aHeapTooSmallForTheBookIsSaidWithTheWayToALargerOneAndPublishesNothing(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PERL)), "needs perl");
        Path manual = Fixtures.corpus().resolve("pg14-docs/postgres.sgml");
        Assumptions.assumeTrue(Files.isRegularFile(manual), "needs the corpus");
        Path log = tmp.resolve("oom.log");
        Path output = tmp.resolve("site");
        Process small = start(log, List.of("-Dpgdocs.relaunch=false", "-Xmx64m"), "build", manual.toString(),
                "--format", "html", "-o", output.toString());
        assertEquals(ExitCode.OUT_OF_MEMORY, exitOf(small), Files.readString(log));
        String text = Files.readString(log);
        assertTrue(text.startsWith("pgdocs: out of memory: ") && text.contains("PGDOCS_JAVA_OPTS="), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(log), left.toList(), "no output and no staging left behind");
        }
    }

    @Test
    void sigtermToTheLauncherStopsTheTunedJvmCleanly(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PERL)), "needs perl");
        Path manual = Fixtures.corpus().resolve("pg14-docs/postgres.sgml");
        Path pdf = tmp.resolve("out/pdf");
        Path log = tmp.resolve("build.log");
        Process launcher = start(log, List.of(), "build", manual.toString(), "--format", "pdf", "-o", pdf.toString());
        ProcessHandle tuned = awaitTunedJvm(launcher, log);
        String command = tuned.info().commandLine().orElse("");
        for (String option : JvmTuning.PDF.options()) {
            assertTrue(command.contains(" " + option + " "), "the PDF's options: " + command);
        }
        awaitStaging(launcher, log, pdf);
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(launcher.pid())).start().waitFor());

        assertEquals(143, exitOf(launcher), Files.readString(log));
        assertFalse(tuned.isAlive(), "the tuned JVM ended before its launcher");
        String text = Files.readString(log);
        assertTrue(text.contains("pgdocs: interrupted; nothing published, " + pdf + " is unchanged"), text);
        try (Stream<Path> left = Files.list(pdf.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".pgdocs-")).toList());
        }
    }

    private static ProcessHandle awaitTunedJvm(Process launcher, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && launcher.isAlive()) {
            Optional<ProcessHandle> child = launcher.toHandle().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(100);
        }
        fail("no tuned JVM was started:\n" + Files.readString(log));
        return null;
    }

    private static void awaitStaging(Process launcher, Path log, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && launcher.isAlive()) {
            if (Files.isDirectory(output.getParent())) {
                try (Stream<Path> list = Files.list(output.getParent())) {
                    if (list.anyMatch(p -> p.getFileName().toString().contains(".pgdocs-staging-"))) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        fail("the build never started writing:\n" + Files.readString(log));
    }
}
