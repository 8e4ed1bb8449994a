package dev.pgdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The progress line as a terminal receives it, on a clock the test moves. */
class TerminalProgressTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private long now = 1_000;
    private final TerminalProgress progress = new TerminalProgress(screen, () -> now);

    private String drawn() {
        String text = screen.toString(StandardCharsets.UTF_8);
        screen.reset();
        return text;
    }

    private void seconds(double s) {
        now += (long) (s * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void nothingInTheFirstSecondThenTheStageAndTheTime() {
        progress.stage("load");
        progress.redraw();
        assertEquals("", drawn(), "a quick run shows no line");
        seconds(1.5);
        progress.redraw();
        assertEquals("\rpgdocs: load, 1 s", drawn());
        progress.redraw();
        assertEquals("", drawn(), "the same line is not drawn again");
    }

    @Test
    void pagesOutOfTheTotalWithABarAndAPlainCountWithoutOne() {
        seconds(2);
        progress.stage("render html");
        progress.step(3, 12);
        progress.redraw();
        assertEquals("\rpgdocs: render html [#####...............] 3/12 pages, 2 s", drawn());
        progress.step(2, 12); // from the other rendering thread, later
        seconds(1);
        progress.redraw();
        String html = "pgdocs: render html [#####...............] 3/12 pages, 3 s";
        assertEquals("\r" + html, drawn());
        progress.stage("render pdf");
        progress.step(250, 0);
        progress.redraw();
        // the shorter line covers the rest of the longer one with spaces
        String pdf = "pgdocs: render pdf 250 pages, 3 s";
        assertEquals("\r" + pdf + " ".repeat(html.length() - pdf.length()), drawn());
    }

    @Test
    void otherOutputTakesTheLineAwayAndItComesBackOnlyAfterAWholeLine() {
        PrintStream err = progress.guarding(new PrintStream(screen, true, StandardCharsets.UTF_8));
        seconds(2);
        progress.stage("check");
        progress.redraw();
        assertEquals("\rpgdocs: check, 2 s", drawn());
        err.print("book.sgml:1:1: warning: ");
        err.flush();
        assertEquals("\r" + " ".repeat(18) + "\rbook.sgml:1:1: warning: ", drawn());
        progress.redraw();
        assertEquals("", drawn(), "not in the middle of another line");
        err.println("more");
        progress.redraw();
        assertEquals("more\n\rpgdocs: check, 2 s", drawn());
    }

    @Test
    void closingTakesTheLineAwayForGood() {
        seconds(2);
        progress.stage("render pdf");
        progress.redraw();
        drawn();
        progress.close();
        assertEquals("\r" + " ".repeat(23) + "\r", drawn());
        seconds(5);
        progress.redraw();
        assertEquals("", drawn());
    }

    @Test
    void aLineNeverWrapsAnEightyColumnTerminal() {
        seconds(2);
        progress.stage("render html for a book with a name much longer than the line has room for");
        progress.step(1, 2);
        progress.redraw();
        assertEquals(1 + TerminalProgress.WIDTH, drawn().length());
    }
}
