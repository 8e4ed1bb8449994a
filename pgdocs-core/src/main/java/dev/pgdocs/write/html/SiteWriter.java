package dev.pgdocs.write.html;

import dev.pgdocs.threads.DaemonThreads;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.RealPaths;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.OutputWriteException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes a rendered site into a directory: the pages, the images the pages use (copied
 * from the sources, never from outside them, to where SiteImages places them), and in
 * the default style the site's stylesheet and script (templates/assets, or the
 * --templates override) and the search index; then checks every internal link with Jsoup.
 *
 * <p>The website style writes nothing but pages and images: postgresql.org's importer
 * loads every file of the directory, and anything that is not an SVG as a page. The
 * EPUB style writes the stylesheets, no script and no search index.
 */
public final class SiteWriter {

    /** The site's stylesheet, which the pages link (templates/html/chunk.xsl, templates/epub/epub.xsl). */
    static final String STYLESHEET = "pgdocs.css";
    /** Files every site of the default style gets, from templates/assets. */
    static final List<String> ASSETS = List.of(STYLESHEET, "search.js");
    /** An EPUB's: no script (a reading system has its own search), and what EPUB pages need besides. */
    static final List<String> EPUB_ASSETS = List.of(STYLESHEET, "epub.css");

    private final Optional<Path> templatesDir;
    private final HtmlStyle style;

    /** A writer of the default style's site. */
    public SiteWriter(Optional<Path> templatesDir) {
        this(templatesDir, HtmlStyle.DEFAULT);
    }

    public SiteWriter(Optional<Path> templatesDir, HtmlStyle style) {
        this.templatesDir = templatesDir;
        this.style = style;
    }

    /**
     * What writing found: broken links, missing images, and how much was written; and
     * what a {@link LiveSite} needs to keep the site up to date page by page.
     */
    public record Result(List<Diagnostic> diagnostics, int pages, int searchEntries,
                         Map<String, PageFacts> facts, Set<String> otherFiles) {
    }

    /**
     * Takes pages as they are rendered: writes each into the staging directory and reads
     * it with Jsoup on another thread, while rendering goes on.
     */
    public static final class PageSink implements java.util.function.BiConsumer<String, String> {
        private final Path dir;
        private final Path publishedAs;
        private final ExecutorService pool = Executors.newSingleThreadExecutor(DaemonThreads.named("pgdocs-write"));
        private final List<Future<PageFacts>> pending = java.util.Collections.synchronizedList(new ArrayList<>());

        PageSink(OutputDirectory out, Path dir, Path publishedAs) {
            this.dir = dir;
            this.publishedAs = publishedAs;
            out.onDiscard(this::stop);
        }

        @Override
        public void accept(String page, String html) {
            pending.add(pool.submit(() -> {
                Files.writeString(dir.resolve(page), html, StandardCharsets.UTF_8);
                return PageFacts.read(page, html);
            }));
        }

        Map<String, PageFacts> finish() throws IOException {
            pool.shutdown();
            Map<String, PageFacts> facts = new TreeMap<>();
            try {
                for (Future<PageFacts> f : pending) {
                    PageFacts page = f.get();
                    facts.put(page.page(), page);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing pages");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new OutputWriteException(publishedAs, io);
                }
                throw e.getCause() instanceof RuntimeException bug ? bug : new IllegalStateException(e.getCause());
            }
            return facts;
        }

        /** Writes no more pages: the one being written is abandoned, those waiting are dropped. */
        private void stop() {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A sink for the pages of a site being rendered into {@code out}'s staging directory. */
    public PageSink pages(OutputDirectory out) {
        return new PageSink(out, out.staging(), out.target());
    }

    /**
     * A sink for pages written into {@code dir}, a directory in {@code out}'s staging
     * directory, that will be published as {@code publishedAs} (an EPUB packs its pages
     * into one file): what messages name.
     */
    public PageSink pages(OutputDirectory out, Path dir, Path publishedAs) {
        return new PageSink(out, dir, publishedAs);
    }

    /**
     * Completes a site whose pages went to {@code sink}: images ({@code sources}: site
     * path to source file, relative to {@code sourceRoot}, from
     * {@link dev.pgdocs.render.RenderedSite#images()}), link check, the style's assets,
     * and in the default style the search index.
     */
    public Result finish(PageSink sink, Path sourceRoot, Map<String, String> sources, Path publishedAs)
            throws IOException {
        Map<String, PageFacts> facts = sink.finish();
        Path dir = sink.dir;
        List<String> assets = switch (style) {
            case DEFAULT -> ASSETS;
            case WEBSITE -> List.of();
            case EPUB -> EPUB_ASSETS;
        };
        for (String asset : assets) {
            copyAsset(asset, dir.resolve(asset), publishedAs);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Set<String> images = new LinkedHashSet<>();
        facts.values().forEach(p -> images.addAll(p.images()));
        for (String image : images) {
            copyImage(image, sourceRoot, sources, dir, publishedAs).ifPresent(diagnostics::add);
        }
        Set<String> otherFiles = new LinkedHashSet<>(assets);
        otherFiles.addAll(images);
        diagnostics.addAll(LinkVerifier.verify(facts, otherFiles, publishedAs));
        int entries;
        try {
            entries = style == HtmlStyle.DEFAULT ? SearchIndexWriter.write(facts.values(), dir) : 0;
        } catch (IOException e) {
            throw new OutputWriteException(publishedAs, e);
        }
        return new Result(diagnostics, facts.size(), entries, facts, otherFiles);
    }

    private void copyAsset(String name, Path to, Path publishedAs) throws IOException {
        Path own = templatesDir.map(t -> t.resolve("assets").resolve(name)).filter(Files::isRegularFile).orElse(null);
        try (InputStream in = own != null ? Files.newInputStream(own)
                : SiteWriter.class.getResourceAsStream("/templates/assets/" + name)) {
            if (in == null) {
                throw new IOException("asset " + name + " missing from the jar");
            }
            write(in, to, publishedAs);
        }
    }

    /**
     * Copies what {@code in} reads into the new file {@code to} (and the directories it is
     * in: images keep theirs), with the permissions any new file gets (rw-r--r-- under the
     * usual umask), whatever the source's were.
     */
    private static void write(InputStream in, Path to, Path publishedAs) throws OutputWriteException {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(in, to);
        } catch (IOException e) {
            throw new OutputWriteException(publishedAs, e);
        }
    }

    /**
     * Copies the image a page shows as {@code src} from its source file, named (relative to
     * {@code sourceRoot}) in {@code sources}, the book's images by site path
     * ({@link dev.pgdocs.render.SiteImages#files()}).
     */
    static Optional<Diagnostic> copyImage(String src, Path sourceRoot, Map<String, String> sources, Path dir,
                                          Path publishedAs) throws IOException {
        String fileref = sources.get(src);
        if (fileref == null) {
            // a URL, the reader's browser's business; or a file SiteImages refused, saying so at its element
            return Optional.empty();
        }
        Path from = sourceRoot.resolve(fileref).normalize();
        Path to = dir.resolve(src).normalize();
        if (!from.startsWith(sourceRoot) || !to.startsWith(dir) || to.equals(dir)) {
            return Optional.of(Diagnostic.error(SourceLocation.of(publishedAs), "html.image",
                    "image " + fileref + " is outside the source directory; not copied"));
        }
        if (!Files.isRegularFile(from)) {
            return Optional.of(Diagnostic.error(SourceLocation.of(from), "html.image",
                    "image " + fileref + " does not exist"));
        }
        if (RealPaths.leaves(sourceRoot, from)) {
            // SiteImages has said where, at the element; this keeps the file out of the site whatever calls
            return Optional.of(Diagnostic.error(SourceLocation.of(publishedAs), "html.image",
                    "image " + fileref + " is a link to " + RealPaths.of(from)
                            + ", outside the source directory; not copied"));
        }
        try (InputStream in = Files.newInputStream(from)) {
            write(in, to, publishedAs);
        }
        return Optional.empty();
    }
}
