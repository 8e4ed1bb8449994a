package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.DiagnosticFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.ParseResult;

/**
 * Whether a run shows its progress ({@link dev.pgdocs.diagnostics.TerminalProgress}): only
 * to a person at a terminal. Not when stderr is a file or a pipe, not in CI (the CI
 * variable, which GitHub Actions, GitLab CI and most others set: their log is no
 * terminal, whatever it pretends), not on a terminal that cannot move back along a line
 * (TERM=dumb), and not when the diagnostics are for a program (json, github, sarif).
 * Only build and check show it: serve and diff print lines of their own as they go,
 * and the other commands are over in a moment.
 */
public final class ProgressChoice {

    private ProgressChoice() {
    }

    /**
     * Whether to show progress for {@code parsed}, run with stderr on a terminal or not,
     * in the environment {@code env}.
     */
    public static boolean wanted(ParseResult parsed, boolean stderrIsTerminal, Map<String, String> env) {
        if (!stderrIsTerminal || env.containsKey("CI") || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        if (CommandTuning.forCommand(parsed).isEmpty()) {
            return false; // help or version
        }
        ParseResult command = parsed.subcommand();
        if (command == null) {
            return false;
        }
        Object user = command.commandSpec().userObject();
        if (user instanceof BuildCommand build) {
            return build.diagnosticsFormat == DiagnosticFormat.TEXT;
        }
        if (user instanceof CheckCommand check) {
            return check.format == DiagnosticFormat.TEXT;
        }
        return false;
    }

    /**
     * Whether this process's stderr is a terminal. Java says so only of stdin and stdout
     * together ({@link System#console()}); on Linux, /proc names the device stderr is open
     * on, so that {@code pgdocs build ... | tee log} still shows progress and
     * {@code pgdocs build ... 2> log} writes none into the log.
     */
    public static boolean stderrIsTerminal() {
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null; // no /proc: stdin and stdout on a terminal is the best sign there is
        }
    }
}
