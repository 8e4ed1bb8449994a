package dev.pgdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of the whole PostgreSQL 14 manual (skipped without ../shared/corpus). */
class CorpusPdfTest {

    @Test
    void theManualBecomesAPdfWithEveryGlyphAndNothingOverflowing(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.corpus();
        var cli = Main.commandLine(false);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", corpus.resolve("pg14-docs/postgres.sgml").toString(), "--format", "pdf",
                "-o", tmp.resolve("pdf").toString());
        String output = err.toString();
        assertEquals(0, code, output);
        List<String> findings = output.lines()
                .filter(l -> l.contains("[render") || l.contains("[pdf"))
                .limit(20).toList();
        assertEquals(List.of(), findings, "no element without an FO template, no missing glyph, no overflow");
        assertTrue(output.contains("PDF: 2500 pages written"), "progress is shown");
        try (var pdf = Loader.loadPDF(tmp.resolve("pdf/postgres.pdf").toFile())) {
            int pages = pdf.getNumberOfPages();
            System.out.println("Corpus PDF: " + pages + " pages");
            assertTrue(pages > 2000 && pages < 3500, "pages: " + pages);
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
            assertTrue(output.contains("postgres.pdf (" + pages + " pages)"), output.lines().filter(l -> l.contains("wrote")).toList().toString());
        }
    }
}
