package dev.pgdocs;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.fidelity.PdfFidelity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF of the whole PostgreSQL 14 and 18 manuals (skipped without ../shared/corpus),
 * built with the HTML from one load, and measured against that HTML: the PDF says what
 * the HTML says where both read templates/common (link texts, headings, captions, "→",
 * reference pages' name lines, table-of-contents entries). The figures are printed.
 */
@Tag("slow") // the whole PostgreSQL manuals: mvn verify
class CorpusPdfTest {

    @Test
    void theManualBecomesAPdfWithEveryGlyphAndNothingOverflowing(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.corpus();
        Path out = build(corpus.resolve("pg14-docs/postgres.sgml"), tmp, List.of(), true);
        try (var pdf = Loader.loadPDF(out.resolve("pdf/postgres.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            System.out.println("Corpus PDF: " + pages + " pages");
            assertTrue(pages > 2000 && pages < 3500, "pages: " + pages);
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
        }
        measure(out, "PostgreSQL 14");
    }

    @Test
    void postgres18BuildsAPdfThatSaysWhatItsHtmlSays(@TempDir Path tmp) throws Exception {
        Path master = Fixtures.corpus().resolve("pg18-docs/postgres.sgml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(master), "no PostgreSQL 18 corpus");
        // the generated tables PostgreSQL 18's build makes are absent from the corpus: one
        // release-note line of a dozen links is then wider than the page, hence no overflow check
        Path out = build(master, tmp, List.of("--pg-version", "18.3"), false);
        measure(out, "PostgreSQL 18");
    }

    private static Path build(Path master, Path tmp, List<String> options, boolean strict) {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        Path out = tmp.resolve("out");
        List<String> args = new java.util.ArrayList<>(List.of("build", master.toString(), "--format", "html,pdf",
                "-o", out.toString()));
        args.addAll(options);
        int code = cli.execute(args.toArray(String[]::new));
        String output = err.toString();
        assertEquals(0, code, output);
        List<String> findings = output.lines()
                .filter(l -> l.contains("[render") || (strict ? l.contains("[pdf")
                        : l.contains("[pdf.glyph") || l.contains("[pdf.link-target")))
                .limit(20).toList();
        assertEquals(List.of(), findings,
                "no element without an FO template, no missing glyph, no link without its target, no overflow");
        assertTrue(output.lines().anyMatch(l -> l.matches(".*postgres\\.pdf \\(\\d+ pages.*")),
                output.lines().filter(l -> l.contains("wrote")).toList().toString());
        return out;
    }

    private static void measure(Path out, String label) throws Exception {
        PdfFidelity.Report report = PdfFidelity.compare(out.resolve("html"), out.resolve("pdf/postgres.pdf"));
        report.print(System.out, label);
        Path differences = Path.of("target", "pdf-fidelity-" + label.replaceAll("\\D", "") + ".txt");
        Files.createDirectories(differences.getParent());
        report.writeDifferences(differences);
        // a few links break inside a word or sit twice on adjacent lines, where reading them
        // back from the PDF's link rectangles is not exact; the rest must hold
        for (String name : List.of("headings", "captions", "arrows", "names", "toc")) {
            assertEquals(1.0, report.score(name).ratio(), report.score(name) + "; see " + differences);
        }
        assertTrue(report.score("links").ratio() >= 0.995, report.score("links") + "; see " + differences);
        assertTrue(report.score("pages").ratio() >= 0.995, report.score("pages") + "; see " + differences);
    }
}
