package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.xslt.StylesheetCache;
import java.util.List;

/** The chunked (or single-page) HTML site as an output format. */
public record HtmlOutput(HtmlStyle style, boolean singlePage) implements OutputFormat {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void prepare(StylesheetCache stylesheets) {
        stylesheets.prepare(HtmlRenderer.STYLESHEET);
    }

    @Override
    public Written write(Pipeline pipeline, Pipeline.Environment checked, OutputDirectory out) throws Exception {
        SiteBuild.Result built = SiteBuild.write(pipeline, checked.book(), checked.context(), style, singlePage, out);
        String index = style == HtmlStyle.WEBSITE
                ? " (website style)" : " (search index: " + built.written().searchEntries() + " entries)";
        return new Written(built.diagnostics(),
                List.of("wrote " + built.written().pages() + " pages to " + out.target() + index));
    }

    @Override
    public boolean marked() {
        return style != HtmlStyle.WEBSITE;
    }

    @Override
    public boolean publishableDespite(Diagnostic error) {
        return error.rule().equals("html.broken-link");
    }
}
