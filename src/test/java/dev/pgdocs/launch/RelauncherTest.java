package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Main;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the launching JVM decides and the java command it would run (RelaunchTest runs them). */
class RelauncherTest {

    private static final List<String> QUICK = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @Test
    void aJvmThatHasTheOptionsAlreadyRunsTheWorkItself() {
        Relauncher tuned = new Relauncher(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), Map.of());
        assertEquals(OptionalInt.empty(), tuned.run(QUICK, Main.class, List.of("check", "book.sgml")));
    }

    @Test
    void pgdocsJavaOptsReplaceTheTableAndAJvmWithThemRunsTheWorkItself() {
        Relauncher overridden = new Relauncher(List.of("-Xmx3g", "-XX:+UseG1GC"),
                Map.of("PGDOCS_JAVA_OPTS", " -XX:+UseG1GC  -Xmx3g "));
        assertEquals(OptionalInt.empty(), overridden.run(QUICK, Main.class, List.of("check", "book.sgml")));
    }

    @Test
    void theTunedJvmGetsTheOptionsThePropertiesTheClassPathAndTheArguments() {
        Relauncher launcher = new Relauncher(List.of("-Xmx64m", "-Djava.io.tmpdir=/var/tmp", "-XX:+UseG1GC"), Map.of());
        List<String> command = launcher.command(QUICK, Main.class, List.of("build", "a pdf.sgml"));
        assertTrue(Path.of(command.get(0)).getFileName().toString().startsWith("java"), command.get(0));
        assertEquals(QUICK, command.subList(1, 3));
        assertEquals("-Djava.io.tmpdir=/var/tmp", command.get(3), "the user's properties hold in the tuned JVM");
        assertEquals("-Dpgdocs.launcher=" + ProcessHandle.current().pid(), command.get(4));
        assertEquals("-cp", command.get(5));
        for (String entry : command.get(6).split(File.pathSeparator)) {
            assertTrue(Path.of(entry).isAbsolute(), entry);
        }
        assertEquals(List.of("dev.pgdocs.Main", "build", "a pdf.sgml"), command.subList(7, command.size()),
                "the arguments as they came, one word each; the launcher's other options (-Xmx64m, G1) stay its own");
    }
}
