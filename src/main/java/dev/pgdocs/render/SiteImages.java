package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.ElementLocator;
import dev.pgdocs.load.RealPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The image files a book's HTML shows, by the name they get in the site: the last
 * segment of the fileref ({@code images/gin.svg} is {@code gin.svg}), the rule of
 * templates/html/media.xsl. The site is one flat directory, as postgresql.org imports
 * it, so two different files with one name cannot both be in it.
 */
public final class SiteImages {

    private static final List<String> IMAGE_ELEMENTS = List.of("imagedata", "graphic", "inlinegraphic");

    private SiteImages() {
    }

    /**
     * Site name to fileref (relative to the master's directory), for every image
     * element of the document; a name two filerefs share is reported to {@code report}.
     */
    public static Map<String, String> of(XdmNode document, Consumer<Diagnostic> report) {
        return of(document, null, report);
    }

    /**
     * As {@link #of(XdmNode, Consumer)}, and also reports, at the element, an image whose
     * file is a link (or lies below a linked directory) leading outside {@code sourceRoot}:
     * its content must not be published. Null {@code sourceRoot} skips that check.
     */
    public static Map<String, String> of(XdmNode document, Path sourceRoot, Consumer<Diagnostic> report) {
        if (sourceRoot != null) {
            linksOutside(document, sourceRoot, "html.image", report);
        }
        Map<String, String> images = new TreeMap<>();
        ElementLocator locator = new ElementLocator();
        document.select(net.sf.saxon.s9api.streams.Steps.descendant()).forEach(node -> {
            if (node.getNodeKind() != XdmNodeKind.ELEMENT
                    || !IMAGE_ELEMENTS.contains(node.getNodeName().getLocalName())) {
                return;
            }
            String fileref = node.getAttributeValue(new net.sf.saxon.s9api.QName("fileref"));
            if (fileref == null || fileref.isBlank() || fileref.contains(":")) {
                return; // no file, or a URL the reader's browser fetches
            }
            String name = siteName(fileref);
            String before = images.putIfAbsent(name, fileref);
            if (before != null && !before.equals(fileref)) {
                report.accept(Diagnostic.error(locator.locate(node), "html.image",
                        "image " + fileref + " and image " + before + " would both be " + name
                                + " in the site, whose images lie flat beside the pages; rename one"));
            }
        });
        return images;
    }

    /**
     * Reports, at the element and under {@code rule}, every image whose file name lies
     * below {@code sourceRoot} but which is a link (or lies below a linked directory)
     * leading outside it: its content must not be published. Returns how many.
     */
    public static int linksOutside(XdmNode document, Path sourceRoot, String rule, Consumer<Diagnostic> report) {
        ElementLocator locator = new ElementLocator();
        int[] found = {0};
        document.select(net.sf.saxon.s9api.streams.Steps.descendant()).forEach(node -> {
            if (node.getNodeKind() != XdmNodeKind.ELEMENT
                    || !IMAGE_ELEMENTS.contains(node.getNodeName().getLocalName())) {
                return;
            }
            String fileref = node.getAttributeValue(new net.sf.saxon.s9api.QName("fileref"));
            if (fileref == null || fileref.isBlank() || fileref.contains(":") || fileref.startsWith("/")) {
                return;
            }
            Path file = sourceRoot.resolve(fileref).normalize();
            if (file.startsWith(sourceRoot) && RealPaths.leaves(sourceRoot, file)) {
                found[0]++;
                report.accept(Diagnostic.error(locator.locate(node), rule,
                        "refusing to read image " + fileref + ": it is a link to " + RealPaths.of(file)
                                + ", outside the source root " + RealPaths.of(sourceRoot)));
            }
        });
        return found[0];
    }

    /** The name an image file has in the site. */
    public static String siteName(String fileref) {
        return fileref.substring(fileref.lastIndexOf('/') + 1);
    }
}
