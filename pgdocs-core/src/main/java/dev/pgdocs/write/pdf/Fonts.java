package dev.pgdocs.write.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fonts of the PDF: DejaVu Serif (text), Sans (headings) and Sans Mono (code), with
 * bold and italic, from the jasperreports-fonts jar, embedded (subset) in the PDF. Wide
 * Unicode coverage, so FOP finds a glyph for what PostgreSQL's manual writes.
 *
 * <p>Every other family name FOP knows is one of these three too ({@link #ALIASES}):
 * the SVG figures name Helvetica, Times and Courier, and the generic families, which
 * FOP would otherwise write as the PDF's standard fonts, not embedded, drawn by
 * whatever font the reader's viewer substitutes.
 */
final class Fonts {

    /** Where the TrueType files are on the class path. */
    static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";

    record Face(String family, String file, String style, String weight) {
    }

    static final List<Face> FACES = List.of(
            new Face("DejaVu Serif", "DejaVuSerif.ttf", "normal", "normal"),
            new Face("DejaVu Serif", "DejaVuSerif-Bold.ttf", "normal", "bold"),
            new Face("DejaVu Serif", "DejaVuSerif-Italic.ttf", "italic", "normal"),
            new Face("DejaVu Serif", "DejaVuSerif-BoldItalic.ttf", "italic", "bold"),
            new Face("DejaVu Sans", "DejaVuSans.ttf", "normal", "normal"),
            new Face("DejaVu Sans", "DejaVuSans-Bold.ttf", "normal", "bold"),
            new Face("DejaVu Sans", "DejaVuSans-Oblique.ttf", "italic", "normal"),
            new Face("DejaVu Sans", "DejaVuSans-BoldOblique.ttf", "italic", "bold"),
            new Face("DejaVu Sans Mono", "DejaVuSansMono.ttf", "normal", "normal"),
            new Face("DejaVu Sans Mono", "DejaVuSansMono-Bold.ttf", "normal", "bold"),
            new Face("DejaVu Sans Mono", "DejaVuSansMono-Oblique.ttf", "italic", "normal"),
            new Face("DejaVu Sans Mono", "DejaVuSansMono-BoldOblique.ttf", "italic", "bold"));

    /**
     * The family names, besides its own, each family answers to: PDF's standard fonts,
     * the common fonts standing for them, CSS's generic families, and FOP's own names for
     * its standard fonts ("any" is what it falls back on for a family it does not know).
     * Declared after the standard fonts, these triplets replace them.
     */
    static final Map<String, List<String>> ALIASES = Map.of(
            "DejaVu Serif", List.of("serif", "Times", "Times-Roman", "Times Roman", "Times New Roman",
                    "ui-serif", "math", "fangsong", "any"),
            "DejaVu Sans", List.of("sans-serif", "Helvetica", "Arial", "Liberation Sans", "SansSerif",
                    "system-ui", "ui-sans-serif", "ui-rounded", "cursive", "fantasy", "emoji", "Symbol",
                    "ZapfDingbats"),
            "DejaVu Sans Mono", List.of("monospace", "Courier", "Courier New", "Monospaced", "ui-monospace",
                    "Computer-Modern-Typewriter"));

    private Fonts() {
    }

    /** The first font file a class loader lacks, if any: a broken build, reported before FOP starts. */
    static java.util.Optional<String> missing(ClassLoader loader) {
        for (Face face : FACES) {
            if (loader.getResource(DIRECTORY + face.file()) == null) {
                return java.util.Optional.of(DIRECTORY + face.file());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * FOP's configuration: the fonts, under their own family names and their aliases; no
     * font cache on disk; complex-script shaping off (the manual is written in left-to-right
     * scripts, and shaping costs a fifth of the run).
     */
    static String fopConfiguration() {
        StringBuilder b = new StringBuilder("<fop version=\"1.0\"><use-cache>false</use-cache>"
                + "<complex-scripts disabled=\"true\"/><renderers>"
                + "<renderer mime=\"application/pdf\"><fonts>");
        for (Face face : FACES) {
            b.append("<font kerning=\"yes\" embed-url=\"").append(OfflineResourceResolver.CLASSPATH).append(':')
                    .append(DIRECTORY).append(face.file()).append("\">");
            List<String> names = new ArrayList<>(List.of(face.family()));
            names.addAll(ALIASES.get(face.family()));
            for (String name : names) {
                b.append("<font-triplet name=\"").append(name).append("\" style=\"").append(face.style())
                        .append("\" weight=\"").append(face.weight()).append("\"/>");
            }
            b.append("</font>");
        }
        return b.append("</fonts></renderer></renderers></fop>").toString();
    }
}
