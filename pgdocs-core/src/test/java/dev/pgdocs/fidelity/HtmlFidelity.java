package dev.pgdocs.fidelity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Measures how close a pgdocs HTML site is to the HTML PostgreSQL's own toolchain
 * (xsltproc, DocBook XSL 1.79 and PostgreSQL's customization layer) made of the same
 * sources. What a reader of postgresql.org would notice is what is measured:
 * <ul>
 * <li>page file names, the (page, anchor) pairs of ids written in the sources, and
 * every id of the reference's pages (DocBook XSL's generated ones too);</li>
 * <li>{@code <title>} texts (pgdocs' default style may add " — book title");</li>
 * <li>heading texts with their numbers, in order, per page;</li>
 * <li>the captions of tables, figures, examples and procedures ("Table 9.1. …");</li>
 * <li>the text of every link in the content, paired by target and occurrence;</li>
 * <li>the body text, word by word, per page (2·matching words / all words, as
 * difflib's ratio).</li>
 * </ul>
 * The content of a page is its body without the navigation header and footer and
 * without pgdocs' own chrome, so that the default style and the website style
 * measure the same. "#" self-links next to headings are left out of all texts.
 */
public final class HtmlFidelity {

    /** One figure: how many of the reference's items pgdocs matches. */
    public record Score(String name, long matched, long total) {
        public double ratio() {
            return total == 0 ? 1.0 : (double) matched / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-22s %7d / %-7d %8.4f%%", name, matched, total, 100 * ratio());
        }
    }

    /** Everything measured on one site, with the differences behind each figure. */
    public record Report(Score pages, Score anchors, Score ids, Score titles, Score headings, Score captions,
            Score links, double meanBodySimilarity, Score pagesAt98, Map<String, Double> pageSimilarity,
            Map<String, List<String>> differences) {

        /** The figures, one a line, for the test's output and the README. */
        public void print(PrintStream out, String label) {
            out.println("fidelity of " + label + " against PostgreSQL's toolchain:");
            for (Score s : List.of(pages, anchors, ids, titles, headings, captions, links, pagesAt98)) {
                out.println("  " + s);
            }
            out.printf(Locale.ROOT, "  %-22s %8.4f%n", "mean body similarity", meanBodySimilarity);
            pageSimilarity.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(15)
                    .forEach(e -> out.printf(Locale.ROOT, "    %.4f %s%n", e.getValue(), e.getKey()));
        }

        /** Every difference, grouped by figure, for a person to read. */
        public void writeDifferences(Path file) throws IOException {
            StringBuilder text = new StringBuilder();
            differences.forEach((kind, list) -> {
                text.append("## ").append(kind).append(" (").append(list.size()).append(")\n");
                list.forEach(line -> text.append(line).append('\n'));
            });
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    /**
     * Ids that older PostgreSQL stylesheets made with libxslt's generate-id() (the
     * index's "see" targets of PostgreSQL 14, ientry-id7671): numbers no other XSLT
     * processor gives, so they are left out of the id figure.
     */
    private static final java.util.regex.Pattern MADE_BY_LIBXSLT = java.util.regex.Pattern.compile("ientry-id\\d+");

    private final Map<String, List<String>> differences = new TreeMap<>();

    private HtmlFidelity() {
    }

    /**
     * Compares the site in {@code ours} with the reference site.
     *
     * @param anchors the reference's (page, anchor) list, one tab-separated pair a line
     * @param bookTitle the title pgdocs' default style may append to page titles
     */
    public static Report compare(Path ours, Path reference, Path anchors, String bookTitle) throws IOException {
        return new HtmlFidelity().run(ours, reference, anchors, bookTitle);
    }

    private Report run(Path ours, Path reference, Path anchorList, String bookTitle) throws IOException {
        Map<String, Document> ref = parseAll(reference);
        Map<String, Document> our = parseAll(ours);
        Score pages = new Score("page names", ref.keySet().stream().filter(our::containsKey).count(), ref.size());
        ref.keySet().stream().filter(p -> !our.containsKey(p)).forEach(p -> note("page missing", p));
        our.keySet().stream().filter(p -> !ref.containsKey(p)).forEach(p -> note("page extra", p));

        // the URL contract: (page, anchor) pairs of ids written in the sources, as far as
        // the reference's HTML really has them (the list also caught id="1" text inside a
        // CDATA example, which is no anchor)
        long anchorsFound = 0;
        long anchorsAll = 0;
        for (String pair : Files.readAllLines(anchorList)) {
            String[] cols = pair.split("\t");
            Document theirs = ref.get(cols[0]);
            if (cols.length < 2 || theirs == null || theirs.getElementById(cols[1]) == null) {
                continue;
            }
            anchorsAll++;
            Document page = our.get(cols[0]);
            if (page != null && page.getElementById(cols[1]) != null) {
                anchorsFound++;
            } else {
                note("anchor missing", pair);
            }
        }
        Score anchors = new Score("anchors", anchorsFound, anchorsAll);
        // every id of the reference's pages, those DocBook XSL generates (id-1.2.3) too
        long idsFound = 0;
        long idsAll = 0;
        for (Map.Entry<String, Document> entry : ref.entrySet()) {
            Document page = our.get(entry.getKey());
            for (Element withId : entry.getValue().select("body [id]")) {
                if (MADE_BY_LIBXSLT.matcher(withId.id()).matches()) {
                    continue;
                }
                idsAll++;
                if (page != null && page.getElementById(withId.id()) != null) {
                    idsFound++;
                } else {
                    note("id missing", entry.getKey() + "\t" + withId.id());
                }
            }
        }
        Score ids = new Score("all ids", idsFound, idsAll);

        long titleOk = 0;
        long headingOk = 0;
        long headingAll = 0;
        long captionOk = 0;
        long captionAll = 0;
        long linkOk = 0;
        long linkAll = 0;
        String suffix = " — " + bookTitle;
        Map<String, Double> similarity = new ConcurrentHashMap<>();
        for (Map.Entry<String, Document> entry : ref.entrySet()) {
            String name = entry.getKey();
            Document theirs = entry.getValue();
            Document mine = our.get(name);
            if (mine == null) {
                similarity.put(name, 0.0);
                continue;
            }
            String myTitle = normalize(mine.title());
            if (myTitle.endsWith(suffix)) {
                myTitle = myTitle.substring(0, myTitle.length() - suffix.length());
            }
            if (myTitle.equals(normalize(theirs.title()))) {
                titleOk++;
            } else {
                note("title", name + "\t" + theirs.title() + "\t" + myTitle);
            }
            Element theirContent = content(theirs);
            Element myContent = content(mine);
            long[] h = compareLists("heading", name, texts(theirContent, "h1,h2,h3,h4,h5,h6"),
                    texts(myContent, "h1,h2,h3,h4,h5,h6"));
            headingOk += h[0];
            headingAll += h[1];
            String captions = "div.table > p.title, div.figure > p.title, div.example > p.title,"
                    + " div.procedure > p.title, div.equation > p.title";
            long[] c = compareLists("caption", name, texts(theirContent, captions), texts(myContent, captions));
            captionOk += c[0];
            captionAll += c[1];
            long[] l = compareLinks(name, theirContent, myContent);
            linkOk += l[0];
            linkAll += l[1];
            similarity.put(name, wordSimilarity(name, words(theirContent), words(myContent)));
        }
        double mean = similarity.values().stream().mapToDouble(Double::doubleValue).average().orElse(1);
        long at98 = similarity.values().stream().filter(s -> s >= 0.98).count();
        return new Report(pages, anchors, ids, new Score("titles", titleOk, ref.size()),
                new Score("headings", headingOk, headingAll), new Score("captions", captionOk, captionAll),
                new Score("link texts", linkOk, linkAll), mean, new Score("pages at >= 0.98", at98, ref.size()),
                similarity, differences);
    }

    private static Map<String, Document> parseAll(Path dir) throws IOException {
        Map<String, Document> pages = new ConcurrentHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".html")).parallel().forEach(f -> {
                try {
                    pages.put(f.getFileName().toString(), Jsoup.parse(f.toFile(), "UTF-8"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return pages;
    }

    /** The body without navigation, chrome and self-links; a copy, so the page stays whole. */
    static Element content(Document page) {
        Element main = page.selectFirst("main#content");
        Element body = (main != null ? main : page.body()).clone();
        body.select("div.navheader, div.navfooter, nav.navheader, nav.navfooter, header.site-header,"
                + " script, a.id_link, a.self-link").remove();
        return body;
    }

    private static List<String> texts(Element content, String selector) {
        return content.select(selector).stream().map(e -> normalize(e.text())).toList();
    }

    static String normalize(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private long[] compareLists(String kind, String page, List<String> theirs, List<String> mine) {
        long ok = 0;
        for (int i = 0; i < theirs.size(); i++) {
            String mineText = i < mine.size() ? mine.get(i) : "(none)";
            if (theirs.get(i).equals(mineText)) {
                ok++;
            } else {
                note(kind, page + "\t" + theirs.get(i) + "\t" + mineText);
            }
        }
        if (mine.size() > theirs.size()) {
            note(kind, page + "\t(" + (mine.size() - theirs.size()) + " extra)\t"
                    + mine.subList(theirs.size(), mine.size()));
        }
        return new long[] {ok, theirs.size()};
    }

    /** Links paired by target and by occurrence of that target on the page. */
    private long[] compareLinks(String page, Element theirs, Element mine) {
        Map<String, List<String>> myLinks = new HashMap<>();
        for (Element a : mine.select("a[href]")) {
            myLinks.computeIfAbsent(linkKey(page, a), k -> new ArrayList<>()).add(normalize(a.text()));
        }
        Map<String, Integer> seen = new HashMap<>();
        long ok = 0;
        long all = 0;
        for (Element a : theirs.select("a[href]")) {
            String key = linkKey(page, a);
            int n = seen.merge(key, 1, Integer::sum) - 1;
            List<String> candidates = myLinks.getOrDefault(key, List.of());
            String mineText = n < candidates.size() ? candidates.get(n) : "(no such link)";
            String theirText = normalize(a.text());
            all++;
            if (theirText.equals(mineText)) {
                ok++;
            } else {
                note("link text", page + "\t" + key + "\t" + theirText + "\t" + mineText);
            }
        }
        return new long[] {ok, all};
    }

    /** Where a link goes, as one string: page and fragment, the fragment in the reference's case. */
    private static String linkKey(String page, Element a) {
        String href = a.attr("href");
        int hash = href.indexOf('#');
        String target = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        if (target.isEmpty()) {
            target = page;
        }
        return target + fragment;
    }

    private static List<String> words(Element content) {
        String text = normalize(content.text());
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }

    private double wordSimilarity(String page, List<String> theirs, List<String> mine) {
        if (theirs.isEmpty() && mine.isEmpty()) {
            return 1.0;
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(theirs, mine).getDeltas();
        long changedTheirs = deltas.stream().mapToLong(d -> d.getSource().size()).sum();
        long matched = theirs.size() - changedTheirs;
        double ratio = 2.0 * matched / (theirs.size() + mine.size());
        if (ratio < 0.995) {
            String sample = deltas.stream().limit(6)
                    .map(d -> String.join(" ", d.getSource().getLines()) + " => "
                            + String.join(" ", d.getTarget().getLines()))
                    .map(s -> s.length() > 160 ? s.substring(0, 160) + "…" : s)
                    .collect(Collectors.joining(" | "));
            note("body", String.format(Locale.ROOT, "%.4f\t%s\t%s", ratio, page, sample));
        }
        return ratio;
    }

    private synchronized void note(String kind, String line) {
        differences.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
    }

    /**
     * Compares a built site with a reference from the command line, for people working
     * on the templates: {@code HtmlFidelity OURS REFERENCE ANCHORS BOOK_TITLE [DIFF_FILE]}.
     */
    public static void main(String[] args) throws IOException {
        Report report = compare(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), args[3]);
        report.print(System.out, args[0]);
        if (args.length > 4) {
            report.writeDifferences(Path.of(args[4]));
            Set<String> kinds = new TreeSet<>(report.differences().keySet());
            kinds.forEach(k -> System.out.println("  differences, " + k + ": " + report.differences().get(k).size()));
        }
    }
}
