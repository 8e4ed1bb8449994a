package dev.pgdocs.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * A small, valid DocBook 4.5 book made from the fuzzer's data: chapters and sections with
 * ids, paragraphs of any Unicode text with inline markup, cross-references to ids that
 * exist, lists, tables, notes, program listings and index terms. The fuzzer explores the
 * renderers through it rather than through the parser's error paths.
 */
final class FuzzedBook {

    private static final String DOCTYPE = "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
            + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n";

    private final FuzzedDataProvider data;
    private final StringBuilder out = new StringBuilder();
    /** Sections per chapter, decided first so that cross-references can go forward too. */
    private final int[] sections;

    private FuzzedBook(FuzzedDataProvider data) {
        this.data = data;
        sections = new int[data.consumeInt(1, 3)];
        for (int i = 0; i < sections.length; i++) {
            sections[i] = data.consumeInt(0, 3);
        }
    }

    /** The master file's text. */
    static String from(FuzzedDataProvider data) {
        return new FuzzedBook(data).book();
    }

    private String book() {
        out.append(DOCTYPE).append("<book id=\"fuzz\">\n<title>").append(text(20)).append("</title>\n");
        for (int c = 0; c < sections.length; c++) {
            String kind = c > 0 && data.consumeInt(0, 5) == 0 ? "appendix" : "chapter";
            out.append('<').append(kind).append(" id=\"").append(id(c, -1)).append("\">\n<title>").append(text(30))
                    .append("</title>\n");
            blocks(1, 2);
            for (int s = 0; s < sections[c]; s++) {
                out.append("<sect1 id=\"").append(id(c, s)).append("\">\n<title>").append(text(30)).append("</title>\n");
                blocks(1, 4);
                out.append("</sect1>\n");
            }
            out.append("</").append(kind).append(">\n");
        }
        if (data.consumeBoolean()) {
            out.append("<index id=\"fuzz-index\"/>\n");
        }
        out.append("</book>\n");
        return out.toString();
    }

    private static String id(int chapter, int section) {
        return section < 0 ? "ch" + chapter : "ch" + chapter + "-s" + section;
    }

    private void blocks(int min, int max) {
        int n = data.consumeInt(min, max);
        for (int i = 0; i < n; i++) {
            block(i == 0);
        }
    }

    /** One block element; the first of a chapter or section is always a paragraph. */
    private void block(boolean first) {
        switch (first ? 0 : data.consumeInt(0, 7)) {
            case 1 -> list(data.consumeBoolean() ? "itemizedlist" : "orderedlist");
            case 2 -> {
                out.append("<variablelist>\n");
                for (int i = data.consumeInt(1, 3); i > 0; i--) {
                    out.append("<varlistentry><term>").append(inline()).append("</term><listitem>");
                    para();
                    out.append("</listitem></varlistentry>\n");
                }
                out.append("</variablelist>\n");
            }
            case 3 -> table();
            case 4 -> out.append("<programlisting>").append(text(80)).append("</programlisting>\n");
            case 5 -> {
                String kind = data.consumeBoolean() ? "note" : "tip";
                out.append('<').append(kind).append('>');
                para();
                out.append("</").append(kind).append(">\n");
            }
            default -> para();
        }
    }

    private void para() {
        out.append("<para>").append(inline()).append("</para>\n");
    }

    private void list(String kind) {
        out.append('<').append(kind).append(">\n");
        for (int i = data.consumeInt(1, 4); i > 0; i--) {
            out.append("<listitem>");
            para();
            out.append("</listitem>\n");
        }
        out.append("</").append(kind).append(">\n");
    }

    private void table() {
        int cols = data.consumeInt(1, 4);
        out.append("<table><title>").append(text(20)).append("</title>\n<tgroup cols=\"").append(cols).append("\">\n");
        out.append("<thead>");
        row(cols);
        out.append("</thead>\n<tbody>\n");
        for (int r = data.consumeInt(1, 4); r > 0; r--) {
            row(cols);
        }
        out.append("</tbody>\n</tgroup>\n</table>\n");
    }

    private void row(int cols) {
        out.append("<row>");
        for (int c = 0; c < cols; c++) {
            out.append("<entry>").append(inline()).append("</entry>");
        }
        out.append("</row>\n");
    }

    /** Mixed content: text with inline elements, cross-references and index terms. */
    private String inline() {
        StringBuilder b = new StringBuilder(text(40));
        for (int i = data.consumeInt(0, 4); i > 0; i--) {
            switch (data.consumeInt(0, 6)) {
                case 0 -> b.append("<xref linkend=\"").append(target()).append("\"/>");
                case 1 -> b.append("<link linkend=\"").append(target()).append("\">").append(text(15)).append("</link>");
                case 2 -> {
                    b.append("<indexterm><primary>").append(text(15)).append("</primary>");
                    if (data.consumeBoolean()) {
                        b.append("<secondary>").append(text(15)).append("</secondary>");
                    }
                    b.append("</indexterm>");
                }
                default -> {
                    String tag = data.pickValue(new String[] {"emphasis", "literal", "command", "function", "replaceable"});
                    b.append('<').append(tag).append('>').append(text(15)).append("</").append(tag).append('>');
                }
            }
            b.append(text(20));
        }
        return b.toString();
    }

    /** An id that the book has. */
    private String target() {
        int c = data.consumeInt(0, sections.length - 1);
        return id(c, sections[c] == 0 ? -1 : data.consumeInt(-1, sections[c] - 1));
    }

    /** Up to {@code max} characters of any Unicode the XML can hold, escaped; never blank. */
    private String text(int max) {
        StringBuilder b = new StringBuilder();
        data.consumeString(max).codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> b.append("&lt;");
                case '&' -> b.append("&amp;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString().isBlank() ? "x" + b : b.toString();
    }
}
