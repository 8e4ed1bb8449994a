package dev.pgdocs.write.pdf;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the PDF does with content that does not fit. */
@Tag("slow")
class PdfFixtureTest {

    @Test
    void overflowIsReportedAtItsSourceLineAndLongListingLinesBreakVisibly(@TempDir Path tmp) throws Exception {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", Fixtures.fixture("pdf/book.sgml").toString(), "--format", "pdf",
                "-o", tmp.resolve("pdf").toString(), "--paper", "us-letter");
        String output = err.toString();
        assertEquals(0, code, output);
        assertTrue(output.lines().anyMatch(l -> l.matches(".*pdf/chapter\\.sgml:8:6: warning: .*exceed the available area.* \\[pdf\\.overflow]")),
                output);
        try (var pdf = Loader.loadPDF(tmp.resolve("pdf/book.pdf").toFile())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.5f, "US letter");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.matches("(?s).*rather than let it run[a-z ]* ↩\\s.*the edge of the paper.*"), text);
        }
    }
}
