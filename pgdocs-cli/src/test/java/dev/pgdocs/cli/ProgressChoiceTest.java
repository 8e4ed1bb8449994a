package dev.pgdocs.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Progress is for a person at a terminal, and for the long commands only. */
class ProgressChoiceTest {

    private static final Map<String, String> DESK = Map.of("TERM", "xterm-256color");

    private static boolean wanted(boolean terminal, Map<String, String> env, String... args) {
        return ProgressChoice.wanted(CommandLineRuns.commandLine().parseArgs(args), terminal, env);
    }

    @Test
    void aBuildOrCheckOnATerminalShowsIt() {
        assertTrue(wanted(true, DESK, "build", "book.sgml", "--format", "html,pdf"));
        assertTrue(wanted(true, DESK, "check", "book.sgml"));
    }

    @Test
    void notWhenStderrIsNoTerminalOrInCiOrOnADumbTerminal() {
        assertFalse(wanted(false, DESK, "build", "book.sgml"));
        assertFalse(wanted(true, Map.of("TERM", "xterm", "CI", "true"), "build", "book.sgml"));
        assertFalse(wanted(true, Map.of("TERM", "dumb"), "build", "book.sgml"));
    }

    @Test
    void notWhenTheDiagnosticsAreForAProgram() {
        assertFalse(wanted(true, DESK, "build", "book.sgml", "--diagnostics", "json"));
        assertFalse(wanted(true, DESK, "check", "book.sgml", "--format", "github"));
    }

    @Test
    void notForCommandsThatPrintAsTheyGoOrAreOverAtOnce() {
        assertFalse(wanted(true, DESK, "serve", "book.sgml"));
        assertFalse(wanted(true, DESK, "inventory", "book.sgml", "--base-url", "https://example.org/docs/"));
        assertFalse(wanted(true, DESK, "--version"));
        assertFalse(wanted(true, DESK, "build", "--help"));
    }

    @Test
    void thisTestsStderrIsNoTerminal() {
        // surefire and failsafe write the tests' stderr to a pipe or a file
        assertFalse(ProgressChoice.stderrIsTerminal());
    }
}
