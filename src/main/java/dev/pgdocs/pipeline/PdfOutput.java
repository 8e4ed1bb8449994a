package dev.pgdocs.pipeline;

import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.xslt.StylesheetCache;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The PDF as an output format.
 *
 * @param paper    the page size
 * @param progress where FOP's progress lines go while the long render runs
 */
public record PdfOutput(FoRenderer.Paper paper, Consumer<String> progress) implements OutputFormat {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public void prepare(StylesheetCache stylesheets) {
        stylesheets.prepare(FoRenderer.STYLESHEET);
    }

    @Override
    public Written write(Pipeline pipeline, Pipeline.Environment checked, OutputDirectory out) throws Exception {
        List<String> done = new ArrayList<>();
        var found = PdfBuild.write(pipeline, checked.book(), checked.context(), out, paper, done, progress);
        return new Written(found, done);
    }
}
