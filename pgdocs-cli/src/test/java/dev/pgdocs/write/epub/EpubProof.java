package dev.pgdocs.write.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What the EPUB tests prove of a written EPUB: the W3C's EPUBCheck run on it in this
 * JVM, and every internal reference of its XHTML followed to a zip entry and an id.
 */
public final class EpubProof {

    private EpubProof() {
    }

    /**
     * What EPUBCheck said.
     *
     * @param errors   errors and fatal errors
     * @param warnings warnings
     * @param usages   advice below warnings (not failures; counted for the report)
     * @param messages the errors and warnings, "SEVERITY ID path:line:col: message", the first 50
     */
    public record Verdict(int errors, int warnings, int usages, List<String> messages) {
    }

    /** Runs EPUBCheck (the EPUB 3 profile the package declares) over {@code epub}. */
    public static Verdict epubcheck(Path epub) {
        Collecting report = new Collecting();
        new EpubCheck(epub.toFile(), report).doValidate();
        return new Verdict(report.errors, report.warnings, report.usages, List.copyOf(report.messages));
    }

    /** Collects what EPUBCheck reports, by severity. */
    private static final class Collecting extends MasterReport {
        int errors;
        int warnings;
        int usages;
        final List<String> messages = Collections.synchronizedList(new ArrayList<>());

        @Override
        public synchronized void message(Message message, EPUBLocation at, Object... args) {
            Severity severity = message.getSeverity();
            switch (severity) {
                case FATAL, ERROR -> errors++;
                case WARNING -> warnings++;
                case USAGE -> usages++;
                default -> {
                    return;
                }
            }
            if (severity != Severity.USAGE && messages.size() < 50) {
                messages.add(severity + " " + message.getID() + " " + at.getPath() + ":" + at.getLine() + ":"
                        + at.getColumn() + ": " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features found (language, page count): not findings
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }

    /**
     * What the XHTML entries link to.
     *
     * @param internal every href and src without a scheme, followed
     * @param broken   those that name no entry, or no id in it: "entry: href"
     * @param external every href with a scheme (https://…), as written
     */
    public record Links(int internal, List<String> broken, List<String> external) {
    }

    /** Follows every internal href (a, link) and src (img) of every XHTML entry of {@code epub}. */
    public static Links links(Path epub) throws IOException {
        Map<String, Document> pages = new HashMap<>();
        Set<String> entries = new HashSet<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.add(entry.getName());
                if (entry.getName().endsWith(".html") || entry.getName().endsWith(".xhtml")) {
                    String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    pages.put(entry.getName(), Jsoup.parse(xhtml, "", Parser.xmlParser()));
                }
            }
        }
        int internal = 0;
        List<String> broken = new ArrayList<>();
        List<String> external = new ArrayList<>();
        for (var page : pages.entrySet()) {
            for (Element e : page.getValue().select("a[href], link[href], img[src]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                URI uri;
                try {
                    uri = new URI(ref);
                } catch (URISyntaxException bad) {
                    broken.add(page.getKey() + ": " + ref + " (not a URL)");
                    continue;
                }
                if (uri.getScheme() != null) {
                    external.add(ref);
                    continue;
                }
                internal++;
                String target = uri.getPath().isEmpty() ? page.getKey()
                        : URI.create(page.getKey()).resolve(uri.getRawPath()).getPath();
                if (!entries.contains(target)) {
                    broken.add(page.getKey() + ": " + ref + " (no entry " + target + ")");
                } else if (uri.getFragment() != null && (!pages.containsKey(target)
                        || pages.get(target).getElementById(uri.getFragment()) == null)) {
                    broken.add(page.getKey() + ": " + ref + " (no id " + uri.getFragment() + " in " + target + ")");
                }
            }
        }
        return new Links(internal, broken, external);
    }
}
