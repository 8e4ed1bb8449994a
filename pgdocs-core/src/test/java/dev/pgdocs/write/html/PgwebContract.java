package dev.pgdocs.write.html;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What postgresql.org's importer needs of an HTML directory, checked file by file. The
 * facts come from pgweb (github.com/postgres/pgweb): {@code tools/docs/docload.py},
 * which loads a release's {@code doc/src/sgml/html} into the {@code docs} table,
 * {@code pgweb/docs/models.py} (that table) and {@code pgweb/docs/views.py} (how a
 * stored page is served). In our own words:
 *
 * <ol>
 * <li>Every file of the directory is loaded under its base name: a name ending in
 *     {@code .svg} as an image, anything else as a page. So the directory is flat,
 *     and holds nothing but pages and SVGs (a stylesheet or script would become a
 *     "page"). Checked on pgdocs' website build only: PostgreSQL's reference builds
 *     here are of the default style, which writes stylesheet.css.</li>
 * <li>A page is decoded as UTF-8 only when the first 50 bytes begin
 *     {@code <?xml version="1.0" encoding="UTF-8"}; otherwise as Latin-1, which turns
 *     every non-ASCII character into mojibake. The UTF-8 decoding is strict: an invalid
 *     byte fails the import. An SVG is decoded as strict UTF-8 too.</li>
 * <li>The title is the text of the first {@code <title>} matched by
 *     {@code <title\s*>([^<]+)</title\s*>}, stored as it stands (no entity decoding),
 *     in a column of 256 characters; the file name column has 64. So the title must be
 *     there, plain text without markup or references, and at most 256 characters; the
 *     file name at most 64.</li>
 * <li>The page is cleaned by HTML Tidy with show-body-only: what is stored is the
 *     body's content. The page view then takes
 *     {@code ^<div [^>]*class="navheader"[^>]*>.*?</div>(.*)$} to cut the navigation
 *     off for the page's preview text: the body's first element must be a div whose
 *     class is exactly {@code navheader}, with no div inside it. DocBook XSL writes one
 *     page without navigation, the legal notice (its body starts with
 *     div.legalnotice); PostgreSQL's own HTML has no preview there either.</li>
 * <li>An SVG is served at the page's level ({@code /docs/VERSION/NAME.svg}), so every
 *     image a page shows ({@code object data}, {@code img src}) is a bare file name of a
 *     file in the same directory.</li>
 * </ol>
 */
public final class PgwebContract {

    static final int MAX_FILE = 64;
    static final int MAX_TITLE = 256;
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"";
    private static final Pattern TITLE = Pattern.compile("<title\\s*>([^<]+)</title\\s*>", Pattern.CASE_INSENSITIVE);
    /** UTF-8 read as Latin-1 (or CP1252) and encoded again: "Â©", "â€“", "Ã©". */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÂÃ][\\u0080-\\u00BF]|â[\\u0080-\\u00BF€]");

    private final Path dir;
    private final Path imageSources;

    /**
     * Checks {@code dir}; images a page shows must be in it, or (for a reference build
     * made without the Makefile's image copy) in {@code imageSources}.
     */
    public PgwebContract(Path dir, Optional<Path> imageSources) {
        this.dir = dir;
        this.imageSources = imageSources.orElse(dir);
    }

    /** One file's problems; empty when it imports as postgresql.org needs. */
    public record FileReport(String file, List<String> problems) {
        public boolean passes() {
            return problems.isEmpty();
        }
    }

    /** Every file of the directory except those that are neither pages nor SVGs. */
    public List<FileReport> checkPages() throws IOException {
        List<FileReport> reports = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    reports.add(checkPage(file));
                } else if (name.endsWith(".svg")) {
                    reports.add(checkSvg(file));
                }
            }
        }
        return reports;
    }

    /** Files that are neither pages nor SVGs, or are directories: pgweb would load them as pages. */
    public List<String> foreignFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> Files.isDirectory(f)
                            || !(f.toString().endsWith(".html") || f.toString().endsWith(".svg")))
                    .map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    FileReport checkSvg(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        checkName(file, problems);
        if (strictUtf8(Files.readAllBytes(file)).isEmpty()) {
            problems.add("not valid UTF-8");
        }
        return new FileReport(file.getFileName().toString(), problems);
    }

    FileReport checkPage(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        checkName(file, problems);
        byte[] bytes = Files.readAllBytes(file);
        String first = new String(bytes, 0, Math.min(50, bytes.length), StandardCharsets.UTF_8);
        if (!first.startsWith(XML_DECLARATION)) {
            problems.add("does not start with " + XML_DECLARATION + " (pgweb would read it as Latin-1)");
        }
        Optional<String> text = strictUtf8(bytes);
        if (text.isEmpty()) {
            problems.add("not valid UTF-8");
            return new FileReport(file.getFileName().toString(), problems);
        }
        Matcher mojibake = MOJIBAKE.matcher(text.get());
        if (mojibake.find()) {
            problems.add("mojibake: \"" + mojibake.group() + "\"");
        }
        checkTitle(text.get(), problems);
        Document doc = Jsoup.parse(text.get());
        checkNavheader(doc, problems);
        checkImages(doc, problems);
        return new FileReport(file.getFileName().toString(), problems);
    }

    private static void checkName(Path file, List<String> problems) {
        String name = file.getFileName().toString();
        if (name.length() > MAX_FILE) {
            problems.add("file name has " + name.length() + " characters (at most " + MAX_FILE + ")");
        }
    }

    private static void checkTitle(String text, List<String> problems) {
        Matcher title = TITLE.matcher(text);
        if (!title.find()) {
            problems.add("no <title> with plain text");
            return;
        }
        String value = title.group(1);
        if (value.isBlank()) {
            problems.add("empty title");
        }
        if (value.contains("&")) {
            problems.add("title holds a reference, stored as written: " + value);
        }
        if (value.codePointCount(0, value.length()) > MAX_TITLE) {
            problems.add("title has " + value.length() + " characters (at most " + MAX_TITLE + ")");
        }
    }

    private static void checkNavheader(Document doc, List<String> problems) {
        Element first = doc.body().firstElementChild();
        if (first == null) {
            problems.add("empty body");
            return;
        }
        boolean navheader = first.tagName().equals("div") && first.attr("class").equals("navheader");
        if (navheader) {
            if (!first.select("div div").isEmpty()) {
                problems.add("div.navheader has a div inside (pgweb cuts it at the first </div>)");
            }
        } else if (!first.hasClass("legalnotice")) {
            problems.add("the body's first element is <" + first.tagName() + " class=\"" + first.className()
                    + "\">, not div.navheader");
        }
    }

    private void checkImages(Document doc, List<String> problems) {
        List<String> shown = new ArrayList<>(doc.select("object[data]").eachAttr("data"));
        shown.addAll(doc.select("img[src]").eachAttr("src"));
        for (String image : shown) {
            if (image.contains(":")) {
                continue; // a URL
            }
            if (image.contains("/")) {
                problems.add("image " + image + " is not beside the page");
            } else if (!Files.isRegularFile(dir.resolve(image)) && !Files.isRegularFile(imageSources.resolve(image))) {
                problems.add("image " + image + " does not exist");
            }
        }
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
