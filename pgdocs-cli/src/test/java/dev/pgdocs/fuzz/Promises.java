package dev.pgdocs.fuzz;

import dev.pgdocs.cli.CliTest;
import dev.pgdocs.diagnostics.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What pgdocs promises for any input, as the fuzz tests check it: it ends with an exit
 * code from --help that is not the one for a bug, prints no stack trace or raw exception,
 * every message it prints names a file of the input (file:line where there is one), and
 * nothing but pgdocs' own messages reaches the terminal (no library's log lines). A finding is an {@link AssertionError} that says which promise broke and shows the run.
 */
final class Promises {

    /** Exit codes a run may end with; 4 (internal error) is listed in --help, but as a bug. */
    private static final Set<Integer> EXPECTED_EXITS = Set.of(
            ExitCode.OK, ExitCode.DOCUMENT_ERRORS, ExitCode.USAGE, ExitCode.INPUT_UNREADABLE);

    /**
     * A Java exception or error by its class name ("SAXException: Scanner State 24",
     * "StackOverflowError"), the bare message of the JDK's decoding exceptions ("Input
     * length = 4"), or a stack frame: what a user must never see. Quoted text is taken out
     * first, since a message may quote the input, which can say anything.
     */
    private static final Pattern LEAKED_EXCEPTION = Pattern.compile(
            "\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b|\\bInput length = \\d+|^\\s*at [\\w.$]+\\(|^Caused by: ",
            Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|“[^”\\n]*”|'[^'\\n]*'");

    /** Jazzer's own log lines: a class instrumented as it loads, coverage counters added. */
    /**
     * A diagnostic at a relative file:line:col: diff names the files of the patched book
     * as the patch names them (doc/src/sgml/x.sgml), not by the scratch copy it loaded.
     */
    private static final Pattern RELATIVE_LOCATION = Pattern.compile("[^/\\s:][^\\s:]*:\\d+:\\d+: (error|warning|note): .*");

    private static final Pattern JAZZER_INFO = Pattern.compile("(?m)^INFO: .*\\R?");

    /** Lines that report how a run went rather than a problem in the input; they need no location. */
    private static final List<String> STATUS = List.of(
            "pgdocs: not building: ",
            "pgdocs: nothing written",
            "pgdocs: wrote ",
            "pgdocs: html ",
            "pgdocs: pdf ",
            "pgdocs: built the book ",
            "pgdocs: the book after the change does not load:",
            "pgdocs: review written to ");

    private Promises() {
    }

    /**
     * Runs pgdocs in-process on input files that all lie in {@code inputs}, and checks the
     * run. What reaches the terminal past pgdocs' own streams counts too: a library's log
     * record at the level Java prints by default, or text written straight to System.out
     * or System.err.
     *
     * @return the run, for checks of its own
     * @throws AssertionError naming the broken promise, with the run's output
     */
    static CliTest.Run keptBy(Path inputs, String... args) {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    logged.add(record.getLoggerName() + ": " + record.getLevel() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(direct, true, StandardCharsets.UTF_8);
        root.addHandler(handler);
        System.setOut(capture);
        System.setErr(capture);
        CliTest.Run run;
        try {
            run = CliTest.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
        }
        String shown = "\nexit " + run.code() + "\n--- stderr\n" + run.err() + "--- stdout\n" + clip(run.out());
        // Jazzer reports as classes load during the run: not pgdocs' doing (library logging
        // has a line of its own before its "INFO:", and the handler above sees it anyway)
        String printed = JAZZER_INFO.matcher(direct.toString(StandardCharsets.UTF_8)).replaceAll("");
        if (!logged.isEmpty() || !printed.isEmpty()) {
            throw new AssertionError("output that is not pgdocs' own reaches the terminal: "
                    + clip(String.join("\n", logged) + printed) + shown);
        }
        hold(run, inputs, shown);
        return run;
    }

    private static void hold(CliTest.Run run, Path inputs, String shown) {
        if (!EXPECTED_EXITS.contains(run.code())) {
            throw new AssertionError("exit code " + run.code() + " (an internal error, or not in --help)" + shown);
        }
        for (String stream : List.of(run.err(), run.out())) {
            var leak = LEAKED_EXCEPTION.matcher(QUOTED.matcher(stream).replaceAll("\"\""));
            if (leak.find()) {
                throw new AssertionError("a stack trace or raw exception reaches the user (" + leak.group().trim() + ")"
                        + shown);
            }
        }
        String root = inputs.toAbsolutePath().normalize() + "/";
        boolean located = false;
        for (String line : run.err().lines().toList()) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                continue; // a continuation of the message above it
            }
            if (line.startsWith(root) || line.startsWith("pgdocs: " + root) || RELATIVE_LOCATION.matcher(line).matches()) {
                located = true;
            } else if (STATUS.stream().noneMatch(line::startsWith)) {
                throw new AssertionError("a message without a location (file:line, or at least the file): " + line
                        + shown);
            }
        }
        if (run.code() != ExitCode.OK && !located) {
            throw new AssertionError("exit " + run.code() + " without a message that says where the problem is" + shown);
        }
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…\n" : text;
    }
}
