package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pgdocs.Fixtures;
import dev.pgdocs.diagnostics.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgdocs from its jar with PGDOCS_DAEMON=on: a run through the resident JVM prints what
 * a run of its own prints and ends with the same code; a PDF build goes to the resident
 * JVM for PDFs, and makes the same file; pgdocs daemon shows and stops them; and a run stopped by a signal, or killed outright, stops the resident JVM,
 * which removes its unfinished output.
 */
@Tag("slow") // pgdocs processes from the jar that `mvn package` builds: mvn verify
class ResidentJvmTest {

    private static final Path JAR = Path.of("target/pgdocs.jar");

    @TempDir
    Path tmp;
    private Path runtime;

    @BeforeEach
    void needsTheJar() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "needs target/pgdocs.jar (mvn package)");
        runtime = Files.createDirectory(tmp.resolve("runtime"));
    }

    @AfterEach
    void stopResidentJvms() {
        residentJvms().forEach(Relauncher::stop);
    }

    /** pgdocs from the jar, with the resident JVM on (or off), its socket in this test's directory. */
    private Process start(Path log, boolean resident, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        if (resident) {
            builder.environment().put(DaemonClient.ENABLE, "on");
        } else {
            builder.environment().remove(DaemonClient.ENABLE);
        }
        return builder.start();
    }

    private int run(Path log, boolean resident, String... args) throws Exception {
        return exitOf(start(log, resident, args));
    }

    private static int exitOf(Process p) throws InterruptedException {
        if (!p.waitFor(10, TimeUnit.MINUTES)) { // a guard for a hung run, not a measure
            p.destroyForcibly();
            fail("pgdocs did not end");
        }
        return p.exitValue();
    }

    /** The JVMs resident for this test (their socket is in its directory). */
    private Stream<ProcessHandle> residentJvms() {
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(args -> String.join(" ", args).contains("-D" + Daemon.PROPERTY + "=" + runtime)).orElse(false));
    }

    /** The quick resident JVM's log, once it says {@code line} (waits for it, at most two minutes). */
    private String logOnceItSays(String line) throws Exception {
        return logOnceItSays(false, line);
    }

    /** The log of the resident JVM for PDFs ({@code pdf}) or of the quick one, once it says {@code line}. */
    private String logOnceItSays(boolean pdf, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Optional<String> log = residentLog(pdf);
            if (log.isPresent() && log.get().contains(line)) {
                return log.get();
            }
            Thread.sleep(100);
        }
        fail("the resident JVM's log never said \"" + line + "\": " + residentLog(pdf).orElse("(no log)"));
        return null;
    }

    private Optional<String> residentLog(boolean pdf) throws IOException {
        Path directory = runtime.resolve("pgdocs");
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            Optional<Path> log = files.filter(f -> f.toString().endsWith(".log"))
                    .filter(f -> f.toString().endsWith("-pdf.log") == pdf).findFirst();
            return log.isPresent() ? Optional.of(Files.readString(log.get())) : Optional.empty();
        }
    }

    @Test
    void aRunThroughTheResidentJvmPrintsWhatItsOwnJvmPrintsAndEndsWithItsCode() throws Exception {
        Path master = Fixtures.fixture("rules/book.sgml"); // errors: exit 1
        assertEquals(1, run(tmp.resolve("alone.log"), false, "check", master.toString()));
        assertTrue(residentJvms().findAny().isEmpty(), "no resident JVM unless asked for");

        assertEquals(1, run(tmp.resolve("first.log"), true, "check", master.toString()), "the first run works itself");
        logOnceItSays("warmed up");
        assertEquals(1, run(tmp.resolve("resident.log"), true, "check", master.toString()));
        String log = logOnceItSays("exit 1 after");
        assertTrue(log.contains("running check " + master), log);
        String alone = Files.readString(tmp.resolve("alone.log"));
        assertEquals(alone, Files.readString(tmp.resolve("first.log")));
        assertEquals(alone, Files.readString(tmp.resolve("resident.log")), "the same words, in the same order");

        assertEquals(ExitCode.USAGE, run(tmp.resolve("usage.log"), true, "check", "--no-such-option", master.toString()));
        assertEquals(ExitCode.USAGE, run(tmp.resolve("usage-alone.log"), false, "check", "--no-such-option",
                master.toString()));
        assertEquals(Files.readString(tmp.resolve("usage-alone.log")), Files.readString(tmp.resolve("usage.log")));
        logOnceItSays("exit 2 after");

        // a PDF build: the quick resident JVM sends it to the one for PDFs, missing at first
        String book = Fixtures.fixture("pdf/book.sgml").toString();
        Path pdfAlone = tmp.resolve("pdf-alone");
        assertEquals(0, run(tmp.resolve("pdf-alone.log"), false, "build", "--format", "pdf", "-o", pdfAlone.toString(), book));
        Path first = tmp.resolve("pdf-first");
        assertEquals(0, run(tmp.resolve("pdf-first.log"), true, "build", "--format", "pdf", "-o", first.toString(), book),
                Files.readString(tmp.resolve("pdf-first.log")));
        logOnceItSays("left to the resident JVM for PDFs: build --format pdf");
        logOnceItSays(true, "warmed up");
        Path resident = tmp.resolve("pdf-resident");
        assertEquals(0, run(tmp.resolve("pdf-resident.log"), true, "build", "--format", "pdf", "-o",
                resident.toString(), book), Files.readString(tmp.resolve("pdf-resident.log")));
        String pdfLog = logOnceItSays(true, "exit 0 after");
        assertTrue(pdfLog.contains("running build --format pdf -o " + resident), pdfLog);
        byte[] expected = Files.readAllBytes(pdfAlone.resolve("book.pdf"));
        assertArrayEquals(expected, Files.readAllBytes(first.resolve("book.pdf")));
        assertArrayEquals(expected, Files.readAllBytes(resident.resolve("book.pdf")), "the same PDF, byte for byte");
        assertEquals(Files.readString(tmp.resolve("pdf-alone.log")).replace(pdfAlone.toString(), "OUT"),
                Files.readString(tmp.resolve("pdf-resident.log")).replace(resident.toString(), "OUT"));

        // pgdocs daemon: shows both, then stops both
        assertEquals(0, run(tmp.resolve("status.log"), true, "daemon", "status"));
        String status = Files.readString(tmp.resolve("status.log"));
        assertEquals(2, status.lines().count(), status);
        assertTrue(status.contains(" quick ") && status.contains(" pdf "), status);
        assertTrue(status.contains(runtime.resolve("pgdocs").toString()), "each one's log: " + status);
        assertEquals(0, run(tmp.resolve("stop.log"), true, "daemon", "stop"));
        String stopped = Files.readString(tmp.resolve("stop.log"));
        assertEquals(2, stopped.lines().filter(l -> l.startsWith("stopped ")).count(), stopped);
        assertTrue(residentJvms().findAny().isEmpty(), "none left");
        assertEquals(0, run(tmp.resolve("none.log"), true, "daemon", "status"));
        assertEquals("pgdocs: no resident JVM\n", Files.readString(tmp.resolve("none.log")));
    }

    @Test
    void aRunStoppedOrKilledStopsTheResidentJvmAndNothingHalfWrittenIsLeft() throws Exception {
        Path manual = Fixtures.corpus().resolve("pg14-docs/postgres.sgml");
        Assumptions.assumeTrue(Files.isRegularFile(manual), "needs the corpus (a build long enough to stop)");
        Path site = tmp.resolve("site");
        String[] build = {"build", "--format", "html", "-o", site.toString(), manual.toString()};
        assertEquals(0, run(tmp.resolve("first.log"), true, build));
        Path page = site.resolve("index.html");
        FileTime published = Files.getLastModifiedTime(page);

        // SIGTERM: the run stops the resident JVM, whose hooks remove the unfinished site
        logOnceItSays("warmed up");
        Process stopped = start(tmp.resolve("stopped.log"), true, build);
        awaitStaging();
        stopped.destroy();
        assertEquals(143, exitOf(stopped));
        String said = Files.readString(tmp.resolve("stopped.log"));
        assertTrue(said.contains("nothing published"), said);
        assertFalse(said.contains("resident JVM stopped"), "the signal's message alone: " + said);
        awaitNoResidentJvm();
        assertEquals(published, Files.getLastModifiedTime(page), "the previous site stays");
        assertEquals(List.of(site), besideTheSite(), "no staging left");

        // kill -9: the resident JVM finds its run gone and stops the same way. The stopped
        // one's log goes first: its "warmed up" is not the next one's (which starts, and
        // empties the log, only once the next run has ended)
        try (Stream<Path> logs = Files.list(runtime.resolve("pgdocs"))) {
            for (Path log : logs.filter(f -> f.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        }
        assertEquals(0, run(tmp.resolve("again.log"), true, build)); // starts another
        published = Files.getLastModifiedTime(page);
        logOnceItSays("warmed up");
        Process killed = start(tmp.resolve("killed.log"), true, build);
        awaitStaging();
        killed.destroyForcibly();
        exitOf(killed);
        awaitNoResidentJvm();
        assertEquals(published, Files.getLastModifiedTime(page));
        assertEquals(List.of(site), besideTheSite(), "no staging left");
    }

    /** Waits until the build is writing its site (beside the published one), at most two minutes. */
    private void awaitStaging() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (besideTheSite().stream().noneMatch(f -> f.getFileName().toString().startsWith(".site.pgdocs-staging-"))) {
            if (System.nanoTime() > deadline) {
                fail("the build never began to write");
            }
            Thread.sleep(20);
        }
    }

    private List<Path> besideTheSite() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(Predicate.not(f -> f.getFileName().toString().endsWith(".log")))
                    .filter(f -> !f.equals(runtime)).sorted().toList();
        }
    }

    private void awaitNoResidentJvm() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (residentJvms().findAny().isPresent()) {
            if (System.nanoTime() > deadline) {
                fail("the resident JVM did not stop");
            }
            Thread.sleep(100);
        }
    }
}
