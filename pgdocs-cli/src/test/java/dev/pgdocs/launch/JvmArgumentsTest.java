package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM's options read from its command line, as the JDK's management beans give them. */
class JvmArgumentsTest {

    private static Optional<List<String>> options(String... words) {
        return JvmArguments.options(List.of(words));
    }

    @Test
    void theOptionsEndAtTheJarAndWhatFollowsIsTheProgramsOwn() {
        assertEquals(Optional.of(List.of("-Dx=1", "-XX:+UseSerialGC", "-Xshare:auto")),
                options("java", "-Dx=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", "p.jar", "-Dprog=2"));
    }

    @Test
    void theClassPathIsLeftOutAndAModuleOptionJoinedToItsValue() {
        assertEquals(Optional.of(List.of("-Dx=1", "--add-opens=java.base/java.lang=ALL-UNNAMED")),
                options("java", "-cp", "p.jar", "-Dx=1", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "dev.pgdocs.Main", "check", "-Dy"));
    }

    @Test
    void anArgumentFileOrNoMainClassLeavesItToTheBeans() {
        assertEquals(Optional.empty(), options("java", "@options", "-jar", "p.jar"));
        assertEquals(Optional.empty(), options("java", "-Dx=1"));
        assertEquals(Optional.empty(), options("java", "-cp"));
    }

    /** This JVM's own command line (surefire's), read from /proc where there is one, says what the beans say. */
    @Test
    void thisJvmsCommandLineSaysWhatTheBeansSay(@TempDir Path dir) throws Exception {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) {
            return; // no /proc: ofThisJvm asks the beans
        }
        Optional<List<String>> read = JvmArguments.fromCommandLine(cmdline);
        List<String> beans = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (read.isPresent()) {
            assertEquals(beans.stream().filter(a -> a.startsWith("-D")).toList(),
                    read.get().stream().filter(a -> a.startsWith("-D")).toList());
        }
        Path written = Files.write(dir.resolve("cmdline"), "java\0-Dx=\u00e9\0-jar\0p.jar\0".getBytes(
                System.getProperty("sun.jnu.encoding", "UTF-8")));
        assertEquals(Optional.of(List.of("-Dx=\u00e9")), JvmArguments.fromCommandLine(written));
    }
}
