package dev.pgdocs.cli;

import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.write.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What a new resident JVM does before its first run: the work of the command line that
 * started it, a few times over, so that the runs after it find its code compiled (the
 * first runs of a fresh JVM with the optimizing compiler are slower than a quick JVM's).
 * Nothing of it reaches the user: a check reports to no one, and a build this resident
 * JVM does (HTML, man, EPUB; or PDF, in the one for PDFs) writes to a scratch directory,
 * removed after. Any other command, or a check that
 * would write a baseline file, warms nothing.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /**
     * Runs {@code args} {@code rounds} times as described, with the command lines
     * {@code commandLine} makes, in the resident JVM of row {@code resident}; stops at the
     * first round that fails.
     */
    public static void run(List<String> args, int rounds, Function<String[], CommandLine> commandLine,
                           JvmTuning resident) {
        String[] array = args.toArray(String[]::new);
        Path scratch = null;
        try {
            for (int round = 0; round < rounds; round++) {
                CommandLine cli = commandLine.apply(array);
                ParseResult parsed = cli.parseArgs(array);
                Object command = CommandTuning.leaf(parsed).commandSpec().userObject();
                if (command instanceof CheckCommand check && check.rules.writeBaseline().isPresent()) {
                    return;
                }
                if (command instanceof BuildCommand build && CommandTuning.resident(parsed).equals(Optional.of(resident))) {
                    if (scratch == null) {
                        scratch = Files.createTempDirectory("pgdocs-warm-up");
                    }
                    build.output.dir = scratch.resolve("site");
                    build.output.force = true;
                } else if (!(command instanceof CheckCommand) || resident != JvmTuning.RESIDENT) {
                    return;
                }
                new CommandLine.RunLast().execute(parsed);
            }
        } catch (IOException | RuntimeException e) {
            // a warm-up that cannot run leaves the JVM as cold as it was, nothing worse
        } finally {
            if (scratch != null) {
                try {
                    OutputDirectory.deleteTree(scratch);
                } catch (IOException e) {
                    // left in the temporary directory, whose cleaning the system does
                }
            }
        }
    }
}
