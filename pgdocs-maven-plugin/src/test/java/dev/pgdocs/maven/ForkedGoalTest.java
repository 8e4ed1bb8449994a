package dev.pgdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.pipeline.JvmTuning;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.ObjectOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedGoalTest {

    @Test
    void aMessageSurvivesTheLineProtocolWhateverItHolds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ForkLog log = new ForkLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        String tricky = "a.sgml:3:1: two\nlines, a back\\slash \\n and ünïcode";
        log.warn(tricky);
        log.debug("not written: debug is off");
        log.write(ForkLog.Kind.FAILURE, "pgdocs: 1 error");
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), "one line per message, debug left out: " + lines);
        assertEquals(Optional.of(new ForkLog.Line(ForkLog.Kind.WARN, tricky)), ForkLog.decode(lines.get(0)));
        assertEquals(Optional.of(new ForkLog.Line(ForkLog.Kind.FAILURE, "pgdocs: 1 error")),
                ForkLog.decode(lines.get(1)));
        // what the forked JVM itself prints is no message of the goal's
        assertEquals(Optional.empty(), ForkLog.decode("OpenJDK 64-Bit Server VM warning: something"));
        assertEquals(Optional.empty(), ForkLog.decode("Picked"));
    }

    @Test
    void onlyLogLinesAreRelayedTheVerdictIsKept() {
        List<String> said = new ArrayList<>();
        var log = new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                said.add("error " + content);
            }
        };
        assertTrue(ForkLog.relay(new ForkLog.Line(ForkLog.Kind.ERROR, "x.sgml:1:2: bad"), log));
        assertFalse(ForkLog.relay(new ForkLog.Line(ForkLog.Kind.FAULT, "pgdocs: internal error"), log));
        assertEquals(List.of("error x.sgml:1:2: bad"), said);
    }

    @Test
    void theForkedGoalGetsEveryParameterBack(@TempDir Path dir) throws Exception {
        BuildMojo goal = new BuildMojo();
        goal.master = new File("/books/postgres.sgml");
        goal.catalogs = List.of(new File("/etc/xml/catalog"));
        goal.rules = Map.of("id.missing", "off");
        goal.warningsAsErrors = true;
        goal.formats = "html,pdf";
        goal.outputDirectory = new File("/out");
        goal.paper = "us-letter";
        goal.keepGoing = true;
        Path file = dir.resolve("goal.ser");
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(goal.getClass().getName());
            out.writeObject(GoalParameters.of(goal));
        }
        BuildMojo again = (BuildMojo) ForkedGoalMain.read(file);
        assertEquals(GoalParameters.of(goal), GoalParameters.of(again));
        assertEquals("us-letter", again.paper);
        assertEquals(Map.of("id.missing", "off"), again.rules);
        assertTrue(again.warningsAsErrors && again.keepGoing);
        assertEquals(JvmTuning.PDF, again.tuning());
        assertTrue(again.forkByDefault(), "a PDF runs in a JVM of its own unless told otherwise");
    }

    @Test
    void theForkedJvmRunsTheGoalWithItsRowOfOptions(@TempDir Path dir) throws Exception {
        CheckMojo goal = new CheckMojo();
        goal.master = dir.resolve("book.sgml").toFile();
        assertFalse(goal.forkByDefault(), "a check lasts seconds: Maven's JVM does it");
        List<String> command = new ForkedGoal(goal, goal.tuning()).command(dir.resolve("goal.ser")).orElseThrow();
        assertTrue(command.get(0).endsWith("java"), command.toString());
        assertEquals(JvmTuning.QUICK.options(), command.subList(1, 1 + JvmTuning.QUICK.options().size()));
        assertTrue(command.contains("-Dpgdocs.forked=true"), command.toString());
        assertTrue(command.contains(ForkedGoalMain.class.getName()), command.toString());
        String classPath = command.get(command.indexOf("-cp") + 1);
        assertTrue(classPath.contains("maven-plugin-api"), "the goal's base classes come along: " + classPath);
    }
}
