package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.render.RenderedSite;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.html.SiteWriter;
import dev.pgdocs.xslt.StylesheetException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTML site as a sink: render, then write, then verify. Pages are written into the
 * output's staging directory as the renderer finishes them; then Jsoup reads every page
 * for broken links and the search index. Publishing is the caller's: it decides whether
 * what was found stops it.
 */
public final class SiteBuild {

    /**
     * What the site stage did.
     *
     * @param diagnostics what the templates and the link check found, in that order
     * @param written     the written site's pages, facts and search index
     */
    public record Result(List<Diagnostic> diagnostics, SiteWriter.Result written) {
    }

    private SiteBuild() {
    }

    /** Renders the whole book (as one page, with {@code singlePage}) into {@code out}, and verifies it. */
    public static Result write(Pipeline pipeline, LoadedBook loaded, CheckContext context, HtmlStyle style,
                               boolean singlePage, OutputDirectory out) throws IOException, StylesheetException {
        SiteWriter writer = new SiteWriter(pipeline.source().templates(), style);
        SiteWriter.PageSink pages = writer.pages(out);
        Progress progress = pipeline.progress();
        progress.stage("render html");
        long total = singlePage ? 1 : context.targets().pageCount();
        AtomicLong done = new AtomicLong();
        RenderedSite site = new HtmlRenderer(pipeline.stylesheets(), style)
                .render(loaded, context.inventories(), singlePage, (name, html) -> {
                    pages.accept(name, html);
                    progress.step(done.incrementAndGet(), total);
                });
        Timings.phase("render html");
        progress.stage("verify html");
        SiteWriter.Result written = writer.finish(pages, loaded.sourceRoot(), site.images(), out.target());
        Timings.phase("write and verify html");
        List<Diagnostic> found = new ArrayList<>(site.diagnostics());
        found.addAll(written.diagnostics());
        return new Result(List.copyOf(found), written);
    }

    /**
     * Writes pages already rendered (and perhaps changed since: diff marks them) into
     * {@code out}, and verifies them as {@link #write} does.
     */
    public static Result write(Pipeline pipeline, HtmlStyle style, Map<String, String> pages, Path sourceRoot,
                               Map<String, String> images, OutputDirectory out) throws IOException {
        SiteWriter writer = new SiteWriter(pipeline.source().templates(), style);
        SiteWriter.PageSink sink = writer.pages(out);
        pages.forEach(sink);
        SiteWriter.Result written = writer.finish(sink, sourceRoot, images, out.target());
        return new Result(written.diagnostics(), written);
    }
}
