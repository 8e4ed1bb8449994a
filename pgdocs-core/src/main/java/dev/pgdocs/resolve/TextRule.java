package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadedBook;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.fonts.base14.Symbol;
import org.apache.fop.fonts.base14.TimesRoman;
import org.apache.fop.fonts.base14.ZapfDingbats;

/**
 * The characters rules, over the text of the files as written (not the parsed book):
 * <ul>
 * <li>text.tab and text.nbsp: PostgreSQL's {@code make check} (check-tabs, check-nbsp in
 * doc/src/sgml/Makefile) fails on a tab or a U+00A0 written in *.sgml, ref/*.sgml or *.xsl
 * (and images/*.xsl for nbsp); here, in every file of the book and the stylesheets beside
 * its master. Comments too, as grep sees them. One finding a line.
 * <li>text.non-latin1: README.non-ASCII asks for Latin-1 only, because PostgreSQL's PDF
 * (FOP with its built-in fonts) shows other characters as "#". A character written outside
 * Latin-1, literally or as {@code &#...;}, outside comments, that none of those fonts (Times,
 * Helvetica and Courier in WinAnsi, Symbol, ZapfDingbats) has: "Š" and "—" have glyphs
 * there and are left alone, "ł" has none. Zero-width format characters (&amp;zwsp;) are
 * break hints, not glyphs. Named entities are the DTD's and are not looked at.
 * </ul>
 */
final class TextRule implements Rule.OfFiles {

    static final RuleInfo TAB = RuleInfo.error("text.tab",
            "A tab in a file of the book or a stylesheet beside it (make check's check-tabs).");
    static final RuleInfo NBSP = RuleInfo.error("text.nbsp",
            "A no-break space written as the character U+00A0 (make check's check-nbsp).");
    static final RuleInfo NON_LATIN1 = RuleInfo.warning("text.non-latin1",
            "A character outside Latin-1 that PostgreSQL's PDF fonts cannot show (README.non-ASCII).");

    @Override
    public List<RuleInfo> reports() {
        return List.of(TAB, NBSP, NON_LATIN1);
    }

    /** make check-tabs: $(srcdir)/*.xsl besides the SGML files. */
    private static final List<String> TAB_STYLESHEETS = List.of("*.xsl");
    /** make check-nbsp: the same and $(srcdir)/images/*.xsl. */
    private static final List<String> NBSP_STYLESHEETS = List.of("*.xsl", "images/*.xsl");

    private static final int NO_BREAK_SPACE = 0xA0;
    private static final int LATIN1_END = 0xFF;

    /**
     * The fonts FOP falls back on without a configuration, as PostgreSQL's Makefile runs it;
     * loaded on the first character outside Latin-1, which most books never have.
     */
    private static final class PdfFonts {
        static final List<Typeface> ALL = List.of(new TimesRoman(), new Symbol(), new ZapfDingbats());
    }

    @Override
    public void check(LoadedBook book, Consumer<Diagnostic> report) {
        Set<Path> bookFiles = new LinkedHashSet<>();
        for (Path file : book.files()) {
            if (file.toAbsolutePath().normalize().startsWith(book.sourceRoot())) {
                bookFiles.add(file);
            }
        }
        Set<Path> tabFiles = new LinkedHashSet<>(bookFiles);
        tabFiles.addAll(BesideMaster.matching(book.master(), TAB_STYLESHEETS));
        Set<Path> nbspFiles = new LinkedHashSet<>(bookFiles);
        nbspFiles.addAll(BesideMaster.matching(book.master(), NBSP_STYLESHEETS));
        Set<Path> all = new LinkedHashSet<>(tabFiles);
        all.addAll(nbspFiles);
        for (Path file : all) {
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                continue; // the loader read every book file; a stylesheet it cannot read is not the book's
            }
            scan(file, text, tabFiles.contains(file), nbspFiles.contains(file), bookFiles.contains(file), report);
        }
    }

    /**
     * The Latin-1 characters the scan must look at; every other one below U+0100 it passes
     * over at the cost of one table look-up (most of a manual is such text, and the scan
     * runs over all of it).
     */
    private static final boolean[] NOTICED = new boolean[LATIN1_END + 1];

    static {
        for (char c : new char[] {'\t', '\n', '<', '&', '-', NO_BREAK_SPACE}) {
            NOTICED[c] = true;
        }
    }

    private static void scan(Path file, String text, boolean tabs, boolean nbsp, boolean content,
                             Consumer<Diagnostic> report) {
        int line = 1;
        int lineStart = 0;
        int tabLine = 0;
        int nbspLine = 0;
        boolean inComment = false;
        for (int i = 0; i < text.length(); i++) {
            char unit = text.charAt(i);
            if (unit <= LATIN1_END && !NOTICED[unit]) {
                continue;
            }
            if (unit == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            int c = text.codePointAt(i);
            if (c == '\t' && tabs && tabLine != line) {
                tabLine = line;
                report.accept(TAB.at(new SourceLocation(file, line, column(text, lineStart, i)),
                        "tab character; PostgreSQL's make check (check-tabs) fails on tabs in its SGML and XSL"
                                + " files; indent with spaces"));
            } else if (c == NO_BREAK_SPACE && nbsp && nbspLine != line) {
                nbspLine = line;
                report.accept(NBSP.at(new SourceLocation(file, line, column(text, lineStart, i)),
                        "no-break space (U+00A0) written as a character; PostgreSQL's make check (check-nbsp)"
                                + " fails on it; write &nbsp; or a plain space"));
            } else if (content && !inComment) {
                if (c == '<' && text.startsWith("<!--", i)) {
                    inComment = true;
                } else if (c > LATIN1_END || c == '&') {
                    int shown = c == '&' ? characterReference(text, i) : c;
                    if (shown > LATIN1_END && !pdfCanShow(shown)) {
                        report.accept(NON_LATIN1.at(new SourceLocation(file, line, column(text, lineStart, i)),
                                describe(shown) + " is outside Latin-1 and PostgreSQL's PDF fonts have no glyph"
                                        + " for it: its PDF shows \"#\" instead (README.non-ASCII); write it in"
                                        + " Latin-1"));
                    }
                }
            } else if (inComment && c == '-' && text.startsWith("-->", i)) {
                inComment = false;
            }
            i += Character.charCount(c) - 1;
        }
    }

    /** The 1-based column, in characters (code points), of offset {@code at} on the line starting at {@code lineStart}. */
    private static int column(String text, int lineStart, int at) {
        return text.codePointCount(lineStart, at) + 1;
    }

    /** The code point a {@code &#...;} at {@code at} stands for, or -1 for anything else. */
    private static int characterReference(String text, int at) {
        if (!text.startsWith("&#", at)) {
            return -1;
        }
        int end = text.indexOf(';', at);
        if (end < 0 || end - at > 10) {
            return -1;
        }
        String digits = text.substring(at + 2, end);
        try {
            return digits.startsWith("x") || digits.startsWith("X")
                    ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1; // not a character reference: the parser has said so already
        }
    }

    static boolean pdfCanShow(int c) {
        if (c <= LATIN1_END || Character.getType(c) == Character.FORMAT) {
            return true;
        }
        return Character.isBmpCodePoint(c) && PdfFonts.ALL.stream().anyMatch(font -> font.hasChar((char) c));
    }

    private static String describe(int c) {
        String name = Character.getName(c);
        return String.format("character U+%04X%s (%s)", c, name == null ? "" : " " + name, Character.toString(c));
    }

    /**
     * The file's text: UTF-8, as XML files are unless they say otherwise, else Latin-1 (the
     * other encoding PostgreSQL's older files used), in which every byte is a character.
     */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // the lenient decoding is the JDK's fast one; it marks bytes that are not UTF-8 with
        // U+FFFD, so only a text holding one needs the strict decoder's verdict
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
