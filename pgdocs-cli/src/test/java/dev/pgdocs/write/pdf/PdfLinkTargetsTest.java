package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.cli.CommandLineRuns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links to ids on elements that make no block of their own, or whose block FOP places no
 * id of (term, phrase, emphasis, quote, a web link, a variable list's item, a table body,
 * row (CALS or HTML) and cell, a glossary entry's index term), land where the target stands. Before the
 * FO stylesheet placed those ids, such a link went to the first page.
 */
@Tag("slow") // a PDF build: mvn verify
class PdfLinkTargetsTest {

    @Test
    void everyLinkLandsOnThePageOfItsTarget(@TempDir Path tmp) throws Exception {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        // the HTML of the same book too: its link check fails the build on an id it lacks
        int code = cli.execute("build", Fixtures.fixture("pdf-links/book.sgml").toString(), "--format", "pdf,html",
                "-o", tmp.resolve("out").toString());
        String output = err.toString();
        assertEquals(0, code, output);
        assertFalse(output.contains("[pdf") || output.contains("[html"), output);
        assertTrue(Files.readString(tmp.resolve("out/html/to.html")).contains("id=\"TARGET-LISTITEM\""));
        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("out/pdf/book.pdf").toFile())) {
            int targets = pageWith(pdf, "Zanzibar");
            List<Integer> landed = linkTargets(pdf, pageWith(pdf, "To a term:"));
            assertEquals(Collections.nCopies(10, targets), landed,
                    "the ten links of the first chapter, by page index; targets on " + targets);
            // DocBook's HTML-style tables (tr, td, th; colspan, rowspan) are tables in the PDF too
            String text = new PDFTextStripper().getText(pdf);
            for (String cell : List.of("Heading one", "Heading two", "Spanning cell", "Tall cell", "Right top",
                    "Right bottom")) {
                assertTrue(text.contains(cell), cell + " in " + text);
            }
            // the index cites the glossary entry's index term and the term's, each on its page
            List<Integer> cited = linkTargets(pdf, pageWith(pdf, "Glossed word"));
            assertTrue(cited.contains(pageWith(pdf, "Xylophone")), "index links " + cited);
            assertTrue(cited.contains(targets), "index links " + cited);
        }
    }

    private static int pageWith(PDDocument pdf, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(pdf).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page has " + text);
    }

    /** The page index each internal link of a page goes to, in the page's order. */
    private static List<Integer> linkTargets(PDDocument pdf, int index) throws Exception {
        List<Integer> targets = new ArrayList<>();
        PDPage page = pdf.getPage(index);
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                    && goTo.getDestination() instanceof PDPageDestination target) {
                targets.add(pdf.getPages().indexOf(target.getPage()));
            }
        }
        return targets;
    }
}
