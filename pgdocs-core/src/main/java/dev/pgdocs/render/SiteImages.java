package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.ElementLocator;
import dev.pgdocs.load.RealPaths;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import net.sf.saxon.functions.ResolveURI;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/**
 * The image files a book shows, and where each goes in the HTML site.
 *
 * <p>A fileref is relative to its element's XML base, as for every URI reference in
 * XML: the file the element was written in (a chapter pulled in from {@code sub/} finds
 * {@code images/x.svg} in {@code sub/images/}), or an {@code xml:base} around it. The
 * FO stylesheets resolve it the same way ({@code resolve-uri(@fileref, base-uri(.))}).
 *
 * <p>In the site, a file keeps its path relative to the source root, so that two files
 * never meet under one name, with one exception: the root's {@code images/} directory is
 * the site's top. PostgreSQL keeps its figures in {@code doc/src/sgml/images}, and its
 * build copies them beside the pages, where postgresql.org imports them by their bare
 * names: {@code images/gin.svg} is {@code gin.svg}, {@code sub/images/x.svg} stays
 * {@code sub/images/x.svg}.
 *
 * @param files site path to the file's path relative to the source root: what to copy
 * @param paths the URI each image element's fileref resolves to, as XPath's
 *              {@code resolve-uri} writes it, to its site path: what the pages show
 *              (templates/html/media.xsl)
 */
public record SiteImages(Map<String, String> files, Map<String, String> paths) {

    /**
     * The image elements, in document order. Asked name by name, Saxon finds the elements
     * of a name from an index of the tree, built by a scan of its name array on first use:
     * about 4 ms for these on PostgreSQL 18, where visiting every node took 50-90 ms (on
     * every render, which is most of serve's first look at an edited page).
     */
    private static final String IMAGE_ELEMENTS = "(//imagedata, //graphic, //inlinegraphic)/.";
    private static final QName FILEREF = new QName("fileref");
    /** The directory of the source root whose files lie at the top of the site. */
    private static final String TOP = "images/";

    /**
     * The images of {@code document}, whose sources lie below {@code sourceRoot}. Reports
     * at the element, under html.image, what {@link #refuseOutside} refuses, a file that
     * does not exist, and two files that would have one site path; none of them is placed.
     */
    public static SiteImages of(XdmNode document, Path sourceRoot, Consumer<Diagnostic> report) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        List<Image> images = images(document);
        refuseOutside(images, root, "html.image", report);
        ElementLocator locator = new ElementLocator();
        Map<String, String> files = new TreeMap<>();
        Map<String, String> paths = new HashMap<>();
        for (Image image : images) {
            if (image.file() == null || outside(root, image.file())) {
                continue; // a URL, which the reader's browser fetches; or refused above
            }
            if (!Files.isRegularFile(image.file())) {
                report.accept(Diagnostic.error(locator.locate(image.element()), "html.image",
                        "image " + image.fileref() + " does not exist: no file " + image.file()));
                continue;
            }
            String relative = root.relativize(image.file()).toString().replace('\\', '/');
            String sitePath = sitePath(relative);
            String before = files.putIfAbsent(sitePath, relative);
            if (before != null && !before.equals(relative)) {
                report.accept(Diagnostic.error(locator.locate(image.element()), "html.image",
                        "image files " + relative + " and " + before + " would both be " + sitePath
                                + " in the site (the source root's " + TOP + " is its top); rename one"));
                continue;
            }
            paths.put(image.uri(), sitePath);
        }
        return new SiteImages(files, paths);
    }

    /**
     * Reports, at the element and under {@code rule}, every image whose file lies outside
     * {@code sourceRoot}, by its name or because it is a link (or lies below a linked
     * directory) leading out: its content must not be published. Returns how many.
     */
    public static int refuseOutside(XdmNode document, Path sourceRoot, String rule, Consumer<Diagnostic> report) {
        return refuseOutside(images(document), sourceRoot.toAbsolutePath().normalize(), rule, report);
    }

    private static int refuseOutside(List<Image> images, Path root, String rule, Consumer<Diagnostic> report) {
        ElementLocator locator = new ElementLocator();
        int found = 0;
        for (Image image : images) {
            Path file = image.file();
            if (file == null || !outside(root, file)) {
                continue;
            }
            found++;
            report.accept(Diagnostic.error(locator.locate(image.element()), rule, !file.startsWith(root)
                    ? "refusing to read image " + image.fileref() + ": it is " + file + ", outside the source root "
                            + root
                    : "refusing to read image " + image.fileref() + ": it is a link to " + RealPaths.of(file)
                            + ", outside the source root " + RealPaths.of(root)));
        }
        return found;
    }

    private static boolean outside(Path root, Path file) {
        return !file.startsWith(root) || RealPaths.leaves(root, file);
    }

    /** Where the file at {@code relative} (to the source root, with slashes) lies in the site. */
    static String sitePath(String relative) {
        return relative.startsWith(TOP) ? relative.substring(TOP.length()) : relative;
    }

    /**
     * An image element, its fileref, the URI that resolves to, and the file it names
     * (null for a URL, or a name no file can have).
     */
    private record Image(XdmNode element, String fileref, String uri, Path file) {
    }

    private static List<Image> images(XdmNode document) {
        List<Image> images = new ArrayList<>();
        try {
            XPathSelector select = document.getProcessor().newXPathCompiler().compile(IMAGE_ELEMENTS).load();
            select.setContextItem(document);
            for (XdmItem item : select.evaluate()) {
                XdmNode node = (XdmNode) item;
                String fileref = node.getAttributeValue(FILEREF);
                if (fileref == null || fileref.isBlank()) {
                    continue;
                }
                String uri = resolve(fileref, node.getUnderlyingNode().getBaseURI());
                images.add(new Image(node, fileref, uri, fileOf(fileref, uri)));
            }
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the image elements' path does not evaluate", e); // a fixed, valid path
        }
        return images;
    }

    /** As XPath's resolve-uri($fileref, base-uri($element)), character for character. */
    private static String resolve(String fileref, String base) {
        try {
            return base == null || base.isEmpty() ? fileref : ResolveURI.makeAbsolute(fileref, base).toString();
        } catch (URISyntaxException e) {
            return fileref;
        }
    }

    private static Path fileOf(String fileref, String uri) {
        // "images/a.svg" from a file is a file; "https://…", "/a.svg" (the site's own) are the browser's
        if (fileref.contains(":") || fileref.startsWith("/")) {
            return null;
        }
        try {
            URI resolved = new URI(uri);
            return "file".equals(resolved.getScheme()) ? Path.of(resolved).normalize() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
