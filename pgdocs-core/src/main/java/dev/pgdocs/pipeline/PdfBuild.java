package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.render.SiteImages;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.pdf.PdfWriter;
import dev.pgdocs.write.pdf.SourceDate;
import java.util.ArrayList;
import java.util.List;

/** The PDF stage as build and serve run it: FO from the templates, through FOP, into a directory. */
public final class PdfBuild {

    private PdfBuild() {
    }

    /**
     * Writes MASTER.pdf into {@code out}'s staging directory; returns what FOP and the
     * templates found, and adds a line about the file to {@code done}. The pages written
     * so far go to the pipeline's progress.
     */
    public static List<Diagnostic> write(Pipeline pipeline, LoadedBook loaded, CheckContext context, OutputDirectory out,
                                         FoRenderer.Paper paper, List<String> done)
            throws Exception {
        String name = loaded.outputName("pdf");
        List<Diagnostic> found = new ArrayList<>();
        if (SiteImages.refuseOutside(loaded.document(), loaded.sourceRoot(), "pdf.image", found::add) > 0) {
            return found; // FOP would only say "image not found": the PDF is not made, so not published
        }
        pipeline.progress().stage("render pdf");
        PdfWriter writer = new PdfWriter(loaded.sourceRoot());
        FoRenderer renderer = new FoRenderer(pipeline.stylesheets());
        String title = context.targets().bookTitle();
        PdfWriter.Result result = writer.write(out.staging().resolve(name), out.target().resolve(name), title,
                context.targets().bookAuthor(), "en", SourceDate.of(loaded.files()),
                fo -> renderer.render(loaded, context.inventories(), paper, fo, found::add), pipeline.progress());
        Timings.phase("render and write pdf");
        found.addAll(result.diagnostics());
        done.add("wrote " + out.target().resolve(name) + " (" + result.pages() + " pages"
                + result.counts().entrySet().stream().map(e -> ", " + e.getValue() + " " + e.getKey())
                        .reduce("", String::concat) + ")");
        return found;
    }
}
