package dev.pgdocs.write.epub;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Packs a written EPUB content directory into an EPUB 3 file (the OCF zip container):
 * {@code mimetype} first and stored, as reading systems find the type by its first bytes;
 * {@code META-INF/container.xml}; then below {@code OEBPS/} the package document
 * (content.opf: metadata, manifest, spine), the navigation document and every file of
 * the content directory. The zip is the same bytes for the same content and metadata:
 * entries in a fixed order, every one dated with the metadata's modification date.
 */
public final class EpubPackage {

    /** The navigation document templates/epub/epub.xsl writes beside the pages. */
    public static final String NAV = "nav.xhtml";
    private static final String MIMETYPE = "application/epub+zip";
    private static final String CONTENT = "OEBPS/";
    private static final String PACKAGE_DOCUMENT = "content.opf";
    private static final String XHTML = "application/xhtml+xml";
    /** The types EPUB 3 reading systems must show without a fallback (core media types), by file extension. */
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", XHTML, "xhtml", XHTML, "css", "text/css",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp");
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * What the package document says of the book.
     *
     * @param title      dc:title
     * @param creator    dc:creator, who wrote the book; none when empty
     * @param language   dc:language, the language the pages are written in
     * @param identifier dc:identifier, the same for every build of the book
     * @param modified   dcterms:modified (to the second), also the date of every zip entry
     */
    public record Metadata(String title, String creator, String language, String identifier, Instant modified) {
    }

    private EpubPackage() {
    }

    /** The media type of a file the EPUB may hold, by its name; empty for one no reading system need show. */
    public static Optional<String> mediaType(String file) {
        int dot = file.lastIndexOf('.');
        return Optional.ofNullable(dot < 0 ? null : MEDIA_TYPES.get(file.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Writes the EPUB file {@code epub} from {@code content}, which holds the pages, the
     * navigation document and the {@code resources} (the stylesheet and images, by path
     * relative to it, each of a type {@link #mediaType} knows).
     *
     * @param spine the pages in reading order: every page in {@code content}
     */
    public static void write(Path content, List<String> spine, List<String> resources, Metadata metadata, Path epub)
            throws IOException {
        LocalDateTime date = LocalDateTime.ofInstant(metadata.modified(), ZoneOffset.UTC);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(epub), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = entry("mimetype", date);
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            add(zip, first, mimetype);
            add(zip, entry("META-INF/container.xml", date), containerXml().getBytes(StandardCharsets.UTF_8));
            add(zip, entry(CONTENT + PACKAGE_DOCUMENT, date),
                    packageDocument(spine, resources, metadata).getBytes(StandardCharsets.UTF_8));
            add(zip, entry(CONTENT + NAV, date), Files.readAllBytes(content.resolve(NAV)));
            for (String name : spine) {
                add(zip, entry(CONTENT + name, date), Files.readAllBytes(content.resolve(name)));
            }
            for (String name : resources.stream().sorted().toList()) {
                add(zip, entry(CONTENT + name, date), Files.readAllBytes(content.resolve(name)));
            }
        }
    }

    private static ZipEntry entry(String name, LocalDateTime date) {
        ZipEntry entry = new ZipEntry(name);
        // local date-time goes into the zip as it is: no time zone of the machine's in it
        entry.setTimeLocal(date);
        return entry;
    }

    private static void add(ZipOutputStream zip, ZipEntry entry, byte[] bytes) throws IOException {
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String containerXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="%s" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """.formatted(CONTENT + PACKAGE_DOCUMENT);
    }

    /**
     * content.opf. Manifest ids go by position (page-1, file-1): page names are the
     * book's ids, which need not be XML names.
     */
    static String packageDocument(List<String> spine, List<String> resources, Metadata metadata) {
        StringBuilder opf = new StringBuilder(256 + 96 * (spine.size() + resources.size()));
        opf.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="%s">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="book-id">%s</dc:identifier>
                    <dc:title>%s</dc:title>
                %s    <dc:language>%s</dc:language>
                    <meta property="dcterms:modified">%s</meta>
                  </metadata>
                  <manifest>
                """.formatted(xml(metadata.language()), xml(metadata.identifier()), xml(metadata.title()),
                metadata.creator().isEmpty() ? "" : "    <dc:creator>" + xml(metadata.creator()) + "</dc:creator>\n",
                xml(metadata.language()), MODIFIED.format(metadata.modified())));
        item(opf, "nav", NAV, XHTML, " properties=\"nav\"");
        for (int i = 0; i < spine.size(); i++) {
            item(opf, "page-" + (i + 1), spine.get(i), XHTML, "");
        }
        int n = 0;
        for (String file : resources.stream().sorted().toList()) {
            String type = mediaType(file).orElseThrow(() -> new IllegalArgumentException("no media type for " + file));
            item(opf, "file-" + ++n, file, type, "");
        }
        opf.append("  </manifest>\n  <spine>\n");
        for (int i = 0; i < spine.size(); i++) {
            opf.append("    <itemref idref=\"page-").append(i + 1).append("\"/>\n");
        }
        return opf.append("  </spine>\n</package>\n").toString();
    }

    private static void item(StringBuilder opf, String id, String file, String type, String more) {
        opf.append("    <item id=\"").append(id).append("\" href=\"").append(xml(href(file)))
                .append("\" media-type=\"").append(type).append('"').append(more).append("/>\n");
    }

    /** A file's path as a relative URL (a character a URL cannot hold percent-encoded). */
    private static String href(String file) {
        try {
            return new URI(null, null, file, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }

    private static String xml(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
