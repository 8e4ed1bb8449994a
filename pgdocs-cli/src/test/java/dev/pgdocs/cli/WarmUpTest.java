package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.docsSrc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgdocs.pipeline.JvmTuning;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** How many rounds a new resident JVM's warm-up does, on docs-src's check. */
class WarmUpTest {

    private static final List<String> CHECK = List.of("check", docsSrc().toString());

    /** Rounds of docs-src's check done under {@code rounds}, with {@code goOn} asked between them. */
    private static int roundsDone(WarmUp.Rounds rounds, BooleanSupplier goOn) {
        AtomicInteger made = new AtomicInteger();
        WarmUp.run(CHECK, rounds, goOn, args -> {
            made.incrementAndGet();
            return CommandLineRuns.commandLine(args);
        }, JvmTuning.RESIDENT);
        return made.get();
    }

    @Test
    void goesOnToTheMostWhileTheBudgetLasts() {
        assertEquals(5, roundsDone(new WarmUp.Rounds(2, 5, Duration.ofMinutes(5)), () -> true));
    }

    @Test
    void stopsAtTheLeastOnceTheBudgetIsSpent() {
        assertEquals(2, roundsDone(new WarmUp.Rounds(2, 5, Duration.ZERO), () -> true));
    }

    /** A run turned away while the warm-up had the JVM: the next should find it free. */
    @Test
    void stopsAtTheLeastOnceARunIsTurnedAway() {
        AtomicInteger asked = new AtomicInteger();
        assertEquals(3, roundsDone(new WarmUp.Rounds(2, 5, Duration.ofMinutes(5)), () -> asked.incrementAndGet() < 2));
    }

    @Test
    void aCommandItCannotWarmDoesNoRound() {
        AtomicInteger made = new AtomicInteger();
        WarmUp.run(List.of("inventory", "x.sgml"), new WarmUp.Rounds(2, 5, Duration.ofMinutes(5)), () -> true, args -> {
            made.incrementAndGet();
            return CommandLineRuns.commandLine(args);
        }, JvmTuning.RESIDENT);
        assertEquals(1, made.get(), "parsed once, to see what it is, and not run");
    }
}
