package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.render.RenderedSite;
import dev.pgdocs.resolve.BookPage;
import dev.pgdocs.resolve.LinkTargets;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.OutputWriteException;
import dev.pgdocs.write.epub.EpubPackage;
import dev.pgdocs.write.html.SiteWriter;
import dev.pgdocs.write.pdf.SourceDate;
import dev.pgdocs.xslt.StylesheetCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The EPUB 3 as an output format: MASTER.epub, whose pages are the HTML site's, rendered
 * in the EPUB style (templates/epub/epub.xsl) and written, with their images, checked
 * links and stylesheet, by the site's own writer into a directory that is then packed
 * ({@link EpubPackage}) and removed. Broken links or images keep it from being
 * published, --keep-going or not: a reading system has no way to show them.
 */
public record EpubOutput() implements OutputFormat {

    /** The language the templates write the pages in (common/params.xsl; no command sets another). */
    private static final String LANGUAGE = "en";
    /** Where the content is written before it is packed, in the staging directory. */
    private static final String CONTENT = "OEBPS";

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public void prepare(StylesheetCache stylesheets) {
        stylesheets.prepare(HtmlStyle.EPUB.stylesheet());
    }

    @Override
    public Written write(Pipeline pipeline, Pipeline.Environment checked, OutputDirectory out) throws Exception {
        LoadedBook book = checked.book();
        String name = book.outputName("epub");
        Path epub = out.target().resolve(name);
        Path content = out.staging().resolve(CONTENT);
        Files.createDirectories(content);

        SiteWriter writer = new SiteWriter(pipeline.source().templates(), HtmlStyle.EPUB);
        SiteWriter.PageSink sink = writer.pages(out, content, epub);
        RenderedSite site = new HtmlRenderer(pipeline.stylesheets(), HtmlStyle.EPUB)
                .render(book, checked.context().inventories(), false, sink);
        Timings.phase("render epub");
        SiteWriter.Result written = writer.finish(sink, book.sourceRoot(), site.images(), epub);
        Timings.phase("write and verify epub content");
        List<Diagnostic> found = new ArrayList<>(site.diagnostics());
        found.addAll(written.diagnostics());
        List<String> resources = resources(written.otherFiles(), content, epub, found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            return new Written(found, List.of());
        }

        List<String> spine = LinkTargets.of(book, pipeline.stylesheets(), true).pages().stream()
                .map(BookPage::name).toList();
        requireEveryPage(spine, site.pages());
        String title = checked.context().targets().bookTitle();
        var metadata = new EpubPackage.Metadata(title, checked.context().targets().bookAuthor(), LANGUAGE,
                identifier(title), SourceDate.of(book.files()));
        try {
            EpubPackage.write(content, spine, resources, metadata, out.staging().resolve(name));
            OutputDirectory.deleteTree(content);
        } catch (IOException e) {
            throw new OutputWriteException(epub, e);
        }
        Timings.phase("pack epub");
        long images = resources.stream().filter(f -> !f.endsWith(".css")).count();
        return new Written(found, List.of(String.format(java.util.Locale.ROOT, "wrote %s (%d pages, %d images, %.1f MB)",
                epub, spine.size(), images, Files.size(out.staging().resolve(name)) / 1048576.0)));
    }

    /**
     * The files besides the pages that the EPUB holds: the stylesheet and the images the
     * pages show. An image that is not in the content (a URL; one that could not be copied
     * has been reported) or of a type reading systems need not show is an error.
     */
    private static List<String> resources(Set<String> files, Path content, Path epub, List<Diagnostic> found) {
        List<String> resources = new ArrayList<>();
        for (String file : files) {
            if (file.contains(":") || file.startsWith("//")) {
                found.add(Diagnostic.error(SourceLocation.of(epub), "epub.image", "image " + file
                        + " is not in the book: an EPUB holds every image it shows; copy it into the sources"));
            } else if (EpubPackage.mediaType(file).isEmpty()) {
                found.add(Diagnostic.error(SourceLocation.of(epub), "epub.image", "image " + file
                        + " is of a type EPUB reading systems need not show; use SVG, PNG, JPEG, GIF or WebP"));
            } else if (Files.isRegularFile(content.resolve(file))) {
                resources.add(file);
            }
        }
        return resources;
    }

    /** The pages rendered are the book's pages: the spine must hold every one, and nothing else. */
    private static void requireEveryPage(List<String> spine, Set<String> rendered) {
        Set<String> extra = new HashSet<>(rendered);
        extra.remove(EpubPackage.NAV);
        spine.forEach(extra::remove);
        Set<String> missing = new HashSet<>(spine);
        missing.removeAll(rendered);
        if (!extra.isEmpty() || !missing.isEmpty()) {
            throw new IllegalStateException("rendered pages " + extra + " are not in the reading order; pages "
                    + missing + " of the reading order were not rendered");
        }
    }

    /**
     * The book's identifier: the same for every build of a book of this title, so that a
     * reading system takes a rebuilt EPUB for the book it has (its dcterms:modified says
     * which is newer), and another for another title ("PostgreSQL 18.3 Documentation"
     * and 17.7's are two books).
     */
    static String identifier(String title) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("pgdocs:" + title).getBytes(StandardCharsets.UTF_8));
    }
}
