package dev.pgdocs.fidelity;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Measures how far a pgdocs PDF says what an HTML build of the same sources says: the
 * rules both outputs take from templates/common (xref text, numbering, titles, "→"
 * before return values, table-of-contents entries). Each HTML page is matched to the
 * PDF pages of the outline entry with the same title ("48.1. Background Worker …",
 * "CREATE TABLE"), and there:
 * <ul>
 * <li>link texts: every internal link of the HTML content (a.xref and a.link) has a PDF
 * link (a GoTo annotation) whose text, read under its rectangles, is the same;</li>
 * <li>headings and captions ("Table 9.5. Mathematical Functions") appear in the pages'
 * text;</li>
 * <li>"→": as many on the PDF pages as in the HTML page (PDF pages shared with the
 * neighbouring sections may hold more, so the smaller count is what matches);</li>
 * <li>reference pages: the name line ("CREATE TABLE — define a new table") is there,
 * and no "Name" heading before it.</li>
 * </ul>
 * And the tables of contents: every entry of the HTML's tables of contents of the book,
 * parts and chapters ("I. Tutorial", "1. Getting Started", "48.1. Background Worker …",
 * a reference page's title) is a line of one of the PDF's (the book's, a chapter's),
 * label and title alike.
 * Texts are compared with whitespace removed: the PDF breaks and justifies lines.
 */
public final class PdfFidelity {

    /** The figures and the differences behind them. */
    public record Report(Map<String, HtmlFidelity.Score> scores, Map<String, List<String>> differences) {

        public void print(PrintStream out, String label) {
            out.println("PDF against HTML, " + label + ":");
            scores.values().forEach(s -> out.println("  " + s));
        }

        public void writeDifferences(Path file) throws IOException {
            StringBuilder text = new StringBuilder();
            differences.forEach((kind, list) -> {
                text.append("## ").append(kind).append(" (").append(list.size()).append(")\n");
                list.forEach(line -> text.append(line).append('\n'));
            });
            Files.writeString(file, text);
        }

        public HtmlFidelity.Score score(String name) {
            return scores.get(name);
        }
    }

    private record OutlineEntry(String title, int page, int depth, int end) {
    }

    private record Link(int page, String text) {
    }

    private final Map<String, List<String>> differences = new TreeMap<>();

    private void note(String kind, String line) {
        differences.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0\\u200b]+", "");
    }

    public static Report compare(Path html, Path pdfFile) throws IOException {
        return new PdfFidelity().run(html, pdfFile);
    }

    private Report run(Path html, Path pdfFile) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            int pageCount = pdf.getNumberOfPages();
            Map<COSDictionary, Integer> pageIndex = new IdentityHashMap<>();
            for (int i = 0; i < pageCount; i++) {
                pageIndex.put(pdf.getPage(i).getCOSObject(), i);
            }
            List<OutlineEntry> outline = new ArrayList<>();
            flatten(pdf, pdf.getDocumentCatalog().getDocumentOutline(), 0, pageIndex, outline);

            String[] pageText = new String[pageCount];
            List<List<Link>> links = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 0; i < pageCount; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pageText[i] = stripper.getText(pdf);
                links.add(links(pdf.getPage(i), i));
            }

            Map<String, HtmlFidelity.Score> scores = new LinkedHashMap<>();
            Map<String, List<OutlineEntry>> byTitle = new HashMap<>();
            outline.forEach(e -> byTitle.computeIfAbsent(squeeze(e.title()), k -> new ArrayList<>()).add(e));

            long pagesOk = 0, pagesAll = 0, linkOk = 0, linkAll = 0, headOk = 0, headAll = 0, capOk = 0, capAll = 0,
                    arrowOk = 0, arrowAll = 0, nameOk = 0, nameAll = 0;
            List<String> tocEntries = new ArrayList<>();
            List<Path> files;
            try (Stream<Path> list = Files.list(html)) {
                files = list.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                Element content = HtmlFidelity.content(doc);
                collectToc(content, tocEntries);
                Element heading = content.selectFirst("div.titlepage h1, div.titlepage h2, div.titlepage h3,"
                        + " div.refnamediv h2, div.refnamediv h1");
                if (heading == null) {
                    continue;
                }
                pagesAll++;
                List<OutlineEntry> candidates = byTitle.getOrDefault(squeeze(heading.text()), List.of());
                if (candidates.isEmpty()) {
                    note("page not in the outline", name + "\t" + HtmlFidelity.normalize(heading.text()));
                    continue;
                }
                pagesOk++;
                OutlineEntry entry = candidates.size() == 1 ? candidates.get(0) : candidates.remove(0);
                int from = entry.page();
                int to = Math.min(pageCount - 1, entry.end());
                StringBuilder range = new StringBuilder();
                List<Link> rangeLinks = new ArrayList<>();
                for (int p = from; p <= to; p++) {
                    range.append(pageText[p]);
                    rangeLinks.addAll(links.get(p));
                }
                String text = squeeze(range.toString());

                // Internal links: paired by text, each PDF link used once.
                List<String> pdfLinkTexts = new ArrayList<>(rangeLinks.stream().map(l -> squeeze(l.text())).toList());
                for (Element a : content.select("a.xref[href], a.link[href]")) {
                    String href = a.attr("href");
                    if (href.startsWith("http") || a.text().isBlank()) {
                        continue;
                    }
                    linkAll++;
                    String want = squeeze(a.text());
                    if (pdfLinkTexts.remove(want)) {
                        linkOk++;
                    } else {
                        note("link text", name + "\t" + HtmlFidelity.normalize(a.text()) + "\t"
                                + nearest(want, pdfLinkTexts));
                    }
                }
                for (Element h : content.select("h1, h2, h3, h4, h5")) {
                    if (h.closest("div.toc") != null) {
                        continue;
                    }
                    headAll++;
                    if (text.contains(squeeze(h.text()))) {
                        headOk++;
                    } else {
                        note("heading", name + "\t" + HtmlFidelity.normalize(h.text()));
                    }
                }
                for (Element c : content.select("div.table > p.title, div.figure > p.title, div.example > p.title,"
                        + " div.procedure > p.title, div.table-contents + p.title")) {
                    capAll++;
                    if (text.contains(squeeze(c.text()))) {
                        capOk++;
                    } else {
                        note("caption", name + "\t" + HtmlFidelity.normalize(c.text()));
                    }
                }
                long htmlArrows = content.text().chars().filter(ch -> ch == '→').count();
                long pdfArrows = text.chars().filter(ch -> ch == '→').count();
                arrowAll += htmlArrows;
                arrowOk += Math.min(htmlArrows, pdfArrows);
                if (pdfArrows < htmlArrows) {
                    note("→", name + "\t" + htmlArrows + " in HTML, " + pdfArrows + " on the PDF pages");
                }
                Element refname = content.selectFirst("div.refnamediv > p");
                if (refname != null) {
                    nameAll++;
                    String line = squeeze(refname.text());
                    int at = text.indexOf(line);
                    String before = at < 0 ? "" : text.substring(Math.max(0, at - 4), at);
                    if (at >= 0 && !before.equals("Name")) {
                        nameOk++;
                    } else {
                        note("reference page name line", name + "\t" + HtmlFidelity.normalize(refname.text())
                                + (at < 0 ? "\tmissing" : "\tafter a Name heading"));
                    }
                }
            }
            scores.put("pages", new HtmlFidelity.Score("pages in the outline", pagesOk, pagesAll));
            scores.put("links", new HtmlFidelity.Score("link texts", linkOk, linkAll));
            scores.put("headings", new HtmlFidelity.Score("headings", headOk, headAll));
            scores.put("captions", new HtmlFidelity.Score("captions", capOk, capAll));
            scores.put("arrows", new HtmlFidelity.Score("→", arrowOk, arrowAll));
            scores.put("names", new HtmlFidelity.Score("reference name lines", nameOk, nameAll));

            // The contents (the book's, and each chapter's): one PDF line per entry,
            // "label. title" then the dot leader and the page.
            StringBuilder front = new StringBuilder();
            for (String t : pageText) {
                front.append(t);
            }
            List<String> pdfToc = tocLines(front.toString());
            java.util.Set<String> pdfTocSet = new java.util.HashSet<>(pdfToc.stream().map(PdfFidelity::squeeze).toList());
            long tocOk = 0;
            for (String entry : tocEntries) {
                if (pdfTocSet.contains(squeeze(entry))) {
                    tocOk++;
                } else {
                    note("contents entry", entry);
                }
            }
            scores.put("toc", new HtmlFidelity.Score("contents entries", tocOk, tocEntries.size()));
            return new Report(scores, differences);
        }
    }

    private static String nearest(String want, List<String> texts) {
        String prefix = want.substring(0, Math.min(4, want.length()));
        return texts.stream().filter(t -> t.startsWith(prefix)).findFirst().orElse("(none)");
    }

    /** Entries of the HTML's tables of contents of the book, parts and components. */
    private static void collectToc(Element content, List<String> entries) {
        for (Element dt : content.select("div.toc > dl.toc > dt, div.toc > dl.toc > dd > dl > dt")) {
            Element span = dt.selectFirst("> span");
            if (span == null) {
                continue;
            }
            Element toc = dt.closest("div.toc");
            if (toc.selectFirst("> p") == null) {
                continue; // a section's untitled contents: the PDF's stop at sect1
            }
            entries.add(HtmlFidelity.normalize((span.hasClass("refentrytitle") ? span : span.selectFirst("a")).text()));
        }
    }

    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)\\s*\\.{3,}\\s*([0-9ivxlcdm]+)\\s*$");

    private static List<String> tocLines(String text) {
        List<String> entries = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : text.split("\\R")) {
            Matcher m = TOC_LINE.matcher(line);
            if (m.matches()) {
                entries.add(pending + " " + m.group(1));
                entries.add(m.group(1)); // the first line of a page follows the running header
                pending.setLength(0);
            } else if (!line.isBlank()) {
                pending.append(' ').append(line);
            } else {
                pending.setLength(0);
            }
        }
        return entries;
    }

    private static void flatten(PDDocument pdf, PDOutlineNode node, int depth, Map<COSDictionary, Integer> pageIndex,
            List<OutlineEntry> out) throws IOException {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(pdf);
            int index = page == null ? -1 : pageIndex.getOrDefault(page.getCOSObject(), -1);
            int at = out.size();
            out.add(null);
            flatten(pdf, item, depth + 1, pageIndex, out);
            out.set(at, new OutlineEntry(item.getTitle(), index, depth, Integer.MAX_VALUE));
        }
        // each entry ends on the page where the next entry not below it starts
        if (depth == 0) {
            for (int i = 0; i < out.size(); i++) {
                OutlineEntry e = out.get(i);
                int end = Integer.MAX_VALUE;
                for (int j = i + 1; j < out.size(); j++) {
                    if (out.get(j).depth() <= e.depth()) {
                        end = out.get(j).page();
                        break;
                    }
                }
                out.set(i, new OutlineEntry(e.title(), e.page(), e.depth(), end));
            }
        }
    }

    /** The internal links of a page with the text under their rectangles; a link FOP split
     *  over lines (one annotation a line) is joined into one. */
    private static List<Link> links(PDPage page, int index) throws IOException {
        List<PDAnnotationLink> annotations = new ArrayList<>();
        for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink link && (link.getAction() instanceof PDActionGoTo
                    || link.getDestination() != null)) {
                annotations.add(link);
            }
        }
        if (annotations.isEmpty()) {
            return List.of();
        }
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        float height = page.getCropBox().getHeight();
        float width = page.getCropBox().getWidth();
        for (int i = 0; i < annotations.size(); i++) {
            PDRectangle r = annotations.get(i).getRectangle();
            area.addRegion("r" + i, new Rectangle2D.Float(r.getLowerLeftX() - 0.2f, height - r.getUpperRightY() + 0.5f,
                    r.getWidth() - 0.4f, r.getHeight() - 1f));
        }
        area.extractRegions(page);
        List<Link> result = new ArrayList<>();
        String lastDest = null;
        PDRectangle lastRect = null;
        for (int i = 0; i < annotations.size(); i++) {
            PDAnnotationLink link = annotations.get(i);
            String text = area.getTextForRegion("r" + i).strip();
            String dest = destination(link);
            PDRectangle r = link.getRectangle();
            // FOP writes one annotation per line of a link that breaks: the next one, on a
            // lower line and further left, to the same place, continues it
            boolean continues = lastRect != null && dest.equals(lastDest)
                    && r.getUpperRightY() <= lastRect.getLowerLeftY() + 1
                    && r.getUpperRightY() >= lastRect.getLowerLeftY() - lastRect.getHeight()
                    && lastRect.getUpperRightX() > 0.7f * width && r.getLowerLeftX() < 0.3f * width;
            if (continues) {
                Link last = result.remove(result.size() - 1);
                result.add(new Link(index, last.text() + " " + text));
            } else {
                result.add(new Link(index, text));
            }
            lastDest = dest;
            lastRect = r;
        }
        return result;
    }

    private static String destination(PDAnnotationLink link) throws IOException {
        Object dest = link.getAction() instanceof PDActionGoTo go ? go.getDestination() : link.getDestination();
        return dest == null ? "" : ((org.apache.pdfbox.pdmodel.common.COSObjectable) dest).getCOSObject().toString();
    }

    public static void main(String[] args) throws IOException {
        Report report = compare(Path.of(args[0]), Path.of(args[1]));
        report.print(System.out, args[1]);
        if (args.length > 2) {
            report.writeDifferences(Path.of(args[2]));
        }
    }
}
