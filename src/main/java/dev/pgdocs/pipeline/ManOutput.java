package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.render.ManRenderer;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.man.ManWriter;
import dev.pgdocs.xslt.StylesheetCache;
import java.util.List;

/**
 * Man pages as an output format: one file per refentry in man1/, man3/, man7/ (or the
 * SQL section asked for), as PostgreSQL's {@code make man} writes them.
 *
 * @param sqlSection the section of the SQL command pages (PostgreSQL's sqlmansect)
 */
public record ManOutput(String sqlSection) implements OutputFormat {

    @Override
    public String name() {
        return "man";
    }

    @Override
    public void prepare(StylesheetCache stylesheets) {
        stylesheets.prepare(ManRenderer.STYLESHEET);
    }

    @Override
    public Written write(Pipeline pipeline, Pipeline.Environment checked, OutputDirectory out) throws Exception {
        ManWriter writer = new ManWriter(out.staging(), out.target());
        var found = new ManRenderer(pipeline.stylesheets())
                .render(checked.book(), checked.context().inventories(), sqlSection, writer);
        writer.finish();
        Timings.phase("render and write man");
        return new Written(found, List.of("wrote " + writer.pages() + " man pages (" + writer.stubs()
                + " .so stubs) to " + out.target()));
    }
}
