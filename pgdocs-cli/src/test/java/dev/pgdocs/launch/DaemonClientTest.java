package dev.pgdocs.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** When a run asks for the resident JVM, and what of its own JVM it takes there. */
class DaemonClientTest {

    private static DaemonClient with(Map<String, String> env, String... jvmArguments) {
        return new DaemonClient(env, List.of(jvmArguments));
    }

    @Test
    void onlyWhenAskedForAndNotWhenTheJvmIsToBeAsGiven() {
        for (String on : List.of("1", "on", "ON", "true", "Yes")) {
            assertTrue(with(Map.of(DaemonClient.ENABLE, on)).enabled(), on);
        }
        for (String off : List.of("", "0", "off", "no", " on")) {
            assertFalse(with(Map.of(DaemonClient.ENABLE, off)).enabled(), off);
        }
        assertFalse(with(Map.of()).enabled());
        assertFalse(with(Map.of(DaemonClient.ENABLE, "on", Relauncher.JAVA_OPTS, "-Xmx2g")).enabled(),
                "PGDOCS_JAVA_OPTS asks for a JVM with those options");
    }

    @Test
    void theWorkingPropertiesGoAlongButNotHowThisJvmWasLaunched() {
        DaemonClient client = with(Map.of(), "-Xmx1g", "-Dpgdocs.parser=jdk", "-Dfile.encoding=UTF-8",
                "-Dpgdocs.launcher=42", "-Dpgdocs.relaunch=true", "-Dpgdocs.daemon=/x.sock");
        assertEquals(List.of("-Dpgdocs.parser=jdk", "-Dfile.encoding=UTF-8"), client.properties());
    }

    @Test
    void aRunNamingItsOwnFilesDescriptorsWorksItself() {
        DaemonClient client = with(Map.of(DaemonClient.ENABLE, "on"));
        for (String arg : List.of("/dev/fd/63", "--patch=/dev/stdin", "/proc/self/fd/0")) {
            assertEquals(OptionalInt.empty(), client.run(DaemonClientTest.class, List.of("check", arg), false), arg);
        }
    }
}
