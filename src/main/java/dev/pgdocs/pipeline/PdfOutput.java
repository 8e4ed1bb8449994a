package dev.pgdocs.pipeline;

import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.xslt.StylesheetCache;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF as an output format (the pages FOP has written go to the pipeline's progress).
 *
 * @param paper the page size
 */
public record PdfOutput(FoRenderer.Paper paper) implements OutputFormat {

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
        var found = PdfBuild.write(pipeline, checked.book(), checked.context(), out, paper, done);
        return new Written(found, done);
    }
}
