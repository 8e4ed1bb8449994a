package dev.pgdocs.write.pdf;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of the docs-src book, read back with PDFBox. */
@Tag("slow") // PDF builds: mvn verify
class PdfBuildTest {

    @TempDir
    static Path tmp;

    private static PDDocument pdf;
    private static String buildOutput;

    @BeforeAll
    static void build() throws Exception {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", Fixtures.docsSrc().toString(), "--format", "pdf", "-o", tmp.resolve("pdf").toString());
        buildOutput = err.toString();
        assertEquals(0, code, buildOutput);
        pdf = Loader.loadPDF(tmp.resolve("pdf/book.pdf").toFile());
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void theBookHasASaneNumberOfPagesAndNoFopWarnings() {
        assertTrue(pdf.getNumberOfPages() > 30 && pdf.getNumberOfPages() < 80, "pages: " + pdf.getNumberOfPages());
        assertFalse(buildOutput.contains("[pdf"), buildOutput);
        assertTrue(buildOutput.contains("book.pdf (" + pdf.getNumberOfPages() + " pages)"), buildOutput);
    }

    @Test
    void metadataAndTagging() {
        var info = pdf.getDocumentInformation();
        assertEquals("PostgreSQL 14beta1 Documentation: Extending the Server", info.getTitle());
        assertEquals("The PostgreSQL Global Development Group", info.getAuthor());
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
        assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
    }

    @Test
    void theStructureTreeReadsInTheBooksOrderThoughTheContentsArePaintedLast() {
        // the pages travel from the layout to the painting thread with the structure tree,
        // and the table of contents, whose page numbers are known last, is painted last
        var kids = pdf.getDocumentCatalog().getStructureTreeRoot().getKids();
        assertEquals(1, kids.size());
        var document = (PDStructureElement) kids.get(0);
        assertEquals("Document", document.getStructureType());
        List<Integer> firstPages = new ArrayList<>();
        for (Object part : document.getKids()) {
            firstPages.add(firstPage((PDStructureElement) part));
        }
        assertTrue(firstPages.size() >= 3, "page sequences: " + firstPages);
        assertEquals(1, firstPages.get(0), "the title page and the contents come first: " + firstPages);
        for (int i = 1; i < firstPages.size(); i++) {
            assertTrue(firstPages.get(i) > firstPages.get(i - 1), "in page order: " + firstPages);
        }
    }

    /** The number of the first page an element's content is on, or a large number if none. */
    private static int firstPage(PDStructureElement element) {
        if (element.getPage() != null) {
            return pdf.getPages().indexOf(element.getPage()) + 1;
        }
        int first = Integer.MAX_VALUE;
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                first = Math.min(first, firstPage(child));
            } else if (kid instanceof PDMarkedContentReference mcr && mcr.getPage() != null) {
                first = Math.min(first, pdf.getPages().indexOf(mcr.getPage()) + 1);
            }
        }
        return first;
    }

    private static void outline(PDOutlineNode node, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            outline(item, titles);
        }
    }

    @Test
    void theOutlineHasEveryChapterAndSection() throws Exception {
        List<String> titles = new ArrayList<>();
        outline(pdf.getDocumentCatalog().getDocumentOutline(), titles);
        LoadedBook book = new Pipeline(BookSource.of(Fixtures.docsSrc())).load();
        List<XdmNode> divisions = book.document().select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                && Set.of("chapter", "sect1", "sect2").contains(n.getNodeName().getLocalName()))).toList();
        assertTrue(divisions.size() > 30);
        for (XdmNode division : divisions) {
            String title = division.select(Steps.child("title")).findFirst().orElseThrow().getStringValue()
                    .replaceAll("\\s+", " ").trim();
            assertTrue(titles.stream().anyMatch(t -> t.endsWith(title)), "outline entry for " + title + " in " + titles);
        }
        assertTrue(titles.contains("Chapter 2. Background Worker Processes"), titles.toString());
        assertTrue(titles.contains("2.2. Signal Handling in Background Workers"), titles.toString());
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        Set<String> fonts = new HashSet<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        assertTrue(fonts.containsAll(Set.of("DejaVuSerif", "DejaVuSans-Bold", "DejaVuSansMono")), fonts.toString());
    }

    @Test
    void everyInternalLinkHasADestinationAndExternalLinksHaveUrls() throws Exception {
        int internal = 0;
        int external = 0;
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link)) {
                    continue;
                }
                PDDestination destination = link.getDestination();
                if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
                    destination = goTo.getDestination();
                }
                if (destination instanceof PDNamedDestination named) {
                    destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
                }
                if (destination != null) {
                    assertTrue(destination instanceof PDPageDestination page2 && page2.retrievePageNumber() >= 0,
                            "link to a page");
                    internal++;
                } else {
                    assertTrue(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI,
                            "a link is internal or a URL: " + link.getAction());
                    external++;
                }
            }
        }
        assertTrue(internal > 30, "internal links: " + internal);
        assertTrue(external > 10, "external links (inventory targets, ulinks): " + external);
    }

    /**
     * Each entry of the contents links to the page its number names. The contents are
     * written after the rest of the book (DeferringPagesModel) and their links are forward
     * links when laid out (LinkLayoutManager): both must still land on the right page.
     */
    @Test
    void everyContentsEntryLinksToThePageItCites() throws Exception {
        String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        int checked = 0;
        for (int index = 0; index < labels.length && !labels[index].equals("1"); index++) {
            PDPage page = pdf.getPage(index);
            float height = page.getMediaBox().getHeight();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                        && goTo.getDestination() instanceof PDPageDestination target)) {
                    continue;
                }
                var r = link.getRectangle();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("entry", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX(),
                        height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
                stripper.extractRegions(page);
                String entry = stripper.getTextForRegion("entry").trim();
                String cited = entry.replaceFirst("(?s)^.*[.\\s]", "");
                assertEquals(cited, labels[pdf.getPages().indexOf(target.getPage())], "contents entry " + entry);
                checked++;
            }
        }
        assertTrue(checked > 10, "contents entries checked: " + checked);
    }

    /** Extracted text without the running header (first line) and page number (last line) of each page. */
    private static String bodyText() throws Exception {
        StringBuilder all = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>(stripper.getText(pdf).lines().toList());
            if (lines.size() > 2) {
                lines = lines.subList(1, lines.size() - 1);
            }
            for (String line : lines) {
                // a line broken after a hyphen ("dynamically-" / "loaded") joins without a space
                all.append(line).append(line.endsWith("-") ? "" : " ");
            }
        }
        return normalize(all.toString());
    }

    private static String normalize(String s) {
        return s.replace("\u200B", "").replace("\u2060", "").replaceAll("\\s+", " ");
    }

    @Test
    void theTextOfEveryParagraphOfBothChaptersIsInThePdf() throws Exception {
        String text = bodyText();
        LoadedBook book = new Pipeline(BookSource.of(Fixtures.docsSrc())).load();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (XdmNode para : book.document().select(Steps.descendant("para")).toList()) {
            for (XdmNode t : para.select(Steps.child().where(n -> n.getNodeKind() == XdmNodeKind.TEXT)).toList()) {
                String run = normalize(t.getStringValue()).trim();
                if (run.length() < 3) {
                    continue;
                }
                checked++;
                if (!text.contains(run)) {
                    missing.add(run);
                }
            }
        }
        assertTrue(checked > 500, "text runs checked: " + checked);
        assertEquals(List.of(), missing);
    }

    /** Builds the docs-src PDF into {@code out}; returns the file. */
    private static Path buildPdfInto(Path out) {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("build", Fixtures.docsSrc().toString(), "--format", "pdf", "-o", out.toString());
        assertEquals(0, code, err.toString());
        return out.resolve("book.pdf");
    }

    @Test
    void twoBuildsOfTheSameBookAreByteIdentical() throws Exception {
        Path first = buildPdfInto(tmp.resolve("again-1"));
        Path second = buildPdfInto(tmp.resolve("again-2"));
        assertEquals(-1L, Files.mismatch(first, second), "the two PDFs differ");
        assertEquals(-1L, Files.mismatch(first, tmp.resolve("pdf/book.pdf")), "differs from the first build");
    }

    @Test
    void withoutSourceDateEpochTheDateIsTheNewestSourceFile() throws Exception {
        LoadedBook book = new Pipeline(BookSource.of(Fixtures.docsSrc())).load();
        long newest = 0;
        for (Path file : book.files()) {
            newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis() / 1000);
        }
        assertEquals(Instant.ofEpochSecond(newest), pdf.getDocumentInformation().getCreationDate().toInstant());
        assertXmpDates(pdf, Instant.ofEpochSecond(newest));
    }

    @Test
    void sourceDateEpochIsEveryDateInThePdf() throws Exception {
        Instant date = Instant.ofEpochSecond(1_700_000_000L);
        System.setProperty(SourceDate.PROPERTY, "1700000000");
        Path built;
        try {
            built = buildPdfInto(tmp.resolve("epoch"));
        } finally {
            System.clearProperty(SourceDate.PROPERTY);
        }
        try (PDDocument read = Loader.loadPDF(built.toFile())) {
            assertEquals(date, read.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(null, read.getDocumentInformation().getModificationDate());
            assertXmpDates(read, date);
            COSArray id = read.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, id.size());
        }
    }

    @Test
    void aMalformedSourceDateEpochIsRefused() throws Exception {
        var e = org.junit.jupiter.api.Assertions.assertThrows(PdfException.class,
                () -> SourceDate.of("yesterday", List.of()));
        assertTrue(e.getMessage().contains("SOURCE_DATE_EPOCH"), e.getMessage());
        assertEquals(Instant.ofEpochSecond(42), SourceDate.of("42", List.of()));
        assertEquals(Instant.EPOCH, SourceDate.of("", List.of()));
    }

    /** Every date in the XMP metadata is {@code date}. */
    private static void assertXmpDates(PDDocument document, Instant date) throws Exception {
        String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<(xmp:\\w*Date|dc:date)>([^<]+)<").matcher(xmp);
        int dates = 0;
        while (m.find()) {
            assertEquals(date, OffsetDateTime.parse(m.group(2)).toInstant(), m.group(0));
            dates++;
        }
        assertTrue(xmp.contains("xmp:MetadataDate"), xmp);
        assertEquals(3, dates, xmp); // dc:date, xmp:MetadataDate, xmp:CreateDate
    }
}

