package dev.pgdocs.cli;

import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.write.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What a new resident JVM does before its first run: the work of the command line that
 * started it, a few times over (see {@link Rounds}), so that the runs after it find its
 * code compiled (the first runs of a fresh JVM with the optimizing compiler are slower
 * than a quick JVM's). Nothing of it reaches the user: a check reports to no one, and a
 * build this resident JVM does (HTML, man, EPUB; or PDF, in the one for PDFs) writes to a
 * scratch directory, removed after. Any other command, or a check that would write a
 * baseline file, warms nothing.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /**
     * How many rounds: at least {@code least}; then more, up to {@code most}, while the
     * rounds so far have taken less than {@code budget} and no run has been turned away.
     */
    public record Rounds(int least, int most, Duration budget) {

        boolean another(int done, long spentNanos, BooleanSupplier goOn) {
            return done < least || (done < most && spentNanos < budget.toNanos() && goOn.getAsBoolean());
        }
    }

    /**
     * Runs {@code args} as many times as {@code rounds} says, with the command lines
     * {@code commandLine} makes, in the resident JVM of row {@code resident}; stops at the
     * first round that fails. {@code goOn} turns false when a run has come meanwhile (and
     * been sent to do its own work): the next run should find this JVM free.
     */
    public static void run(List<String> args, Rounds rounds, BooleanSupplier goOn,
                           Function<String[], CommandLine> commandLine, JvmTuning resident) {
        String[] array = args.toArray(String[]::new);
        Path scratch = null;
        long begun = System.nanoTime();
        try {
            for (int round = 0; rounds.another(round, System.nanoTime() - begun, goOn); round++) {
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
