package dev.pgdocs.write.pdf;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text inside SVG figures names Helvetica, Times, Courier or a generic family; in the
 * PDF it is set in the embedded DejaVu families, so every font of the PDF is embedded
 * (a reader's viewer would otherwise draw it with whatever it substitutes).
 */
class SvgFontsTest {

    @Test
    void figuresNamingHelveticaTimesAndCourierEmbedEveryFont(@TempDir Path tmp) throws Exception {
        try (PDDocument pdf = buildPdf(Fixtures.fixture("images/book.sgml"), tmp)) {
            String text = new PDFTextStripper().getText(pdf);
            for (String figure : List.of("MASTERFIGURE", "CHAPTERFIGURE", "BASEFIGURE")) {
                assertTrue(text.contains(figure), "the figure's text is drawn as text: " + text);
            }
            Map<String, Boolean> fonts = fonts(pdf);
            assertEquals(Map.of(), notEmbedded(fonts), "fonts not embedded, of " + fonts.keySet());
            for (String standard : List.of("Helvetica", "Times", "Courier")) {
                assertTrue(fonts.keySet().stream().noneMatch(f -> f.contains(standard)), fonts.keySet().toString());
            }
            assertTrue(fonts.keySet().containsAll(Set.of("DejaVuSans", "DejaVuSerif", "DejaVuSansMono-Bold")),
                    "Helvetica is Sans, Times Serif, bold Courier Mono Bold: " + fonts.keySet());
        }
    }

    /** PostgreSQL's own figures (Times,serif, sans-serif and Courier), all of them in one book. */
    @Tag("slow")
    @Test
    void postgresqlFiguresEmbedEveryFont(@TempDir Path tmp) throws Exception {
        Path images = Fixtures.corpus().resolve("pg18-docs/images");
        Path root = Files.createDirectories(tmp.resolve("book/images"));
        StringBuilder figures = new StringBuilder();
        try (Stream<Path> svgs = Files.list(images)) {
            for (Path svg : svgs.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                Files.copy(svg, root.resolve(svg.getFileName()));
                figures.append("<figure><title>").append(svg.getFileName()).append("</title><mediaobject><imageobject>")
                        .append("<imagedata fileref=\"images/").append(svg.getFileName())
                        .append("\" format=\"SVG\"/></imageobject></mediaobject></figure>\n");
            }
        }
        Path master = Files.writeString(tmp.resolve("book/book.sgml"), """
                <?xml version="1.0"?>
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN"
                  "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
                <book id="b"><title>Figures</title><chapter id="c"><title>Figures</title>
                %s</chapter></book>
                """.formatted(figures));
        try (PDDocument pdf = buildPdf(master, tmp)) {
            Map<String, Boolean> fonts = fonts(pdf);
            assertEquals(Map.of(), notEmbedded(fonts), "fonts not embedded, of " + fonts.keySet());
            assertTrue(fonts.containsKey("DejaVuSansMono"), "the figures' Courier: " + fonts.keySet());
        }
    }

    @Test
    void everyStandardAndGenericFamilyIsADejaVuFamily() {
        Map<String, String> familyOf = new TreeMap<>();
        Fonts.ALIASES.forEach((family, aliases) -> aliases.forEach(a -> familyOf.put(a, family)));
        assertEquals("DejaVu Sans", familyOf.get("Helvetica"));
        assertEquals("DejaVu Sans", familyOf.get("Arial"));
        assertEquals("DejaVu Sans", familyOf.get("sans-serif"));
        assertEquals("DejaVu Serif", familyOf.get("Times"));
        assertEquals("DejaVu Serif", familyOf.get("Times New Roman"));
        assertEquals("DejaVu Serif", familyOf.get("serif"));
        assertEquals("DejaVu Serif", familyOf.get("any"), "FOP's fallback for a family it does not know");
        assertEquals("DejaVu Sans Mono", familyOf.get("Courier"));
        assertEquals("DejaVu Sans Mono", familyOf.get("monospace"));
        for (String generic : List.of("cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif", "ui-monospace")) {
            assertTrue(familyOf.containsKey(generic), generic);
        }
        String conf = Fonts.fopConfiguration();
        assertTrue(conf.contains("DejaVuSansMono-Bold.ttf\"><font-triplet name=\"DejaVu Sans Mono\" style=\"normal\""
                + " weight=\"bold\"/><font-triplet name=\"monospace\" style=\"normal\" weight=\"bold\"/>"), conf);
    }

    private static PDDocument buildPdf(Path master, Path tmp) throws IOException {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        Path out = tmp.resolve("pdf");
        int code = cli.execute("build", master.toString(), "--format", "pdf", "-o", out.toString());
        assertEquals(0, code, err.toString());
        assertFalse(err.toString().contains("not found. Substituting"), err.toString());
        try (Stream<Path> files = Files.list(out)) {
            return Loader.loadPDF(files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow().toFile());
        }
    }

    /** Every font the PDF uses, by name without its subset tag, and whether it is embedded. */
    static Map<String, Boolean> fonts(PDDocument pdf) throws IOException {
        Map<String, Boolean> fonts = new TreeMap<>();
        List<PDResources> pending = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            if (page.getResources() != null) {
                pending.add(page.getResources());
            }
        }
        // SVG figures are drawn in form XObjects (and their patterns), each with resources of its own
        Set<Object> visited = new HashSet<>();
        while (!pending.isEmpty()) {
            PDResources resources = pending.remove(pending.size() - 1);
            if (!visited.add(resources.getCOSObject())) {
                continue;
            }
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.merge(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), font.isEmbedded(), Boolean::logicalAnd);
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form && form.getResources() != null) {
                    pending.add(form.getResources());
                }
            }
            for (COSName name : resources.getPatternNames()) {
                PDAbstractPattern pattern = resources.getPattern(name);
                if (pattern instanceof PDTilingPattern tiling && tiling.getResources() != null) {
                    pending.add(tiling.getResources());
                }
            }
        }
        return fonts;
    }

    private static Map<String, Boolean> notEmbedded(Map<String, Boolean> fonts) {
        Map<String, Boolean> not = new TreeMap<>(fonts);
        not.values().removeIf(embedded -> embedded);
        return not;
    }
}
