package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link whose target id no FO element has is reported at the link's source place, once per
 * link; a forward link whose target comes later is not.
 */
class NeverPlacedLinkTest {

    private static final String FO = TestFo.document("""
              <fo:page-sequence master-reference="page">
                <fo:flow flow-name="xsl-region-body">
                  <fo:block pgdocs:src="/book/intro.sgml:7:3">To <fo:basic-link internal-destination="later">a
                    later page</fo:basic-link> and <fo:basic-link internal-destination="nowhere">nowhere</fo:basic-link>.</fo:block>
                  <fo:block pgdocs:src="/book/intro.sgml:9:3">Again <fo:basic-link internal-destination="nowhere">nowhere</fo:basic-link>.</fo:block>
                  <fo:block break-before="page" id="later">The later page.</fo:block>
                </fo:flow>
              </fo:page-sequence>
            """);

    @Test
    void eachLinkToAnIdWithNoPlaceIsReportedWhereItStands(@TempDir Path dir) throws Exception {
        PdfWriter.Result result = new PdfWriter(dir).write(dir.resolve("out.pdf"), dir.resolve("out.pdf"), "Title", "",
                "en", Instant.EPOCH, TestFo.producer(FO), Progress.NONE);
        List<Diagnostic> reported = result.diagnostics().stream().filter(d -> d.rule().equals("pdf.link-target")).toList();
        assertEquals(List.of(new SourceLocation(Path.of("/book/intro.sgml"), 7, 3),
                new SourceLocation(Path.of("/book/intro.sgml"), 9, 3)), reported.stream().map(Diagnostic::location).toList());
        assertEquals(2, reported.stream().filter(d -> !d.isError() && d.message().contains("\"nowhere\"")).count(),
                reported.toString());
        assertEquals(Map.of("pdf.link-target", 2), result.counts());
        assertEquals(2, result.pages());
    }
}
