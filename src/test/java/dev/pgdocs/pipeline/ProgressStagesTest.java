package dev.pgdocs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.write.OutputDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages report where they are, and the output stages every page, to the pipeline's progress. */
class ProgressStagesTest {

    /** What a progress was told, in order: stage names, and "done/total" steps. */
    private static final class Recorded implements Progress {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<Long> done = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void stage(String name) {
            events.add(name);
        }

        @Override
        public void step(long done, long total) {
            this.done.add(done);
            events.add("step of " + total);
        }
    }

    @Test
    void theHtmlSiteCountsEveryPageOutOfTheTotalTheTargetsGave(@TempDir Path tmp) throws Exception {
        Recorded progress = new Recorded();
        Pipeline pipeline = new Pipeline(BookSource.of(Fixtures.docsSrc())).reportingTo(progress);
        Pipeline.Environment checked = pipeline.loadAndCheck(Optional.empty());
        SiteBuild.Result built;
        try (OutputDirectory out = OutputDirectory.prepare(tmp.resolve("html"), false)) {
            built = SiteBuild.write(pipeline, checked.book(), checked.context(), HtmlStyle.DEFAULT, false, out);
        }
        int pages = built.written().pages();
        assertEquals(pages, checked.context().targets().pageCount(), "the total is the pages written");
        List<String> expected = new ArrayList<>(List.of("load", "check", "render html"));
        expected.addAll(Collections.nCopies(pages, "step of " + pages));
        expected.add("verify html");
        assertEquals(expected, progress.events);
        assertEquals(pages, progress.done.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Tag("slow") // a PDF build
    @Test
    void thePdfCountsItsPagesAsFopWritesThem(@TempDir Path tmp) throws Exception {
        Recorded progress = new Recorded();
        Pipeline pipeline = new Pipeline(BookSource.of(Fixtures.docsSrc())).reportingTo(progress);
        Pipeline.Environment checked = pipeline.loadAndCheck(Optional.empty());
        List<String> done = new ArrayList<>();
        try (OutputDirectory out = OutputDirectory.prepare(tmp.resolve("pdf"), false)) {
            PdfBuild.write(pipeline, checked.book(), checked.context(), out, FoRenderer.Paper.A4, done);
        }
        assertEquals("render pdf", progress.events.get(2));
        assertTrue(progress.events.subList(3, progress.events.size()).stream().allMatch("step of 0"::equals),
                "FOP does not know how many pages there will be: " + progress.events);
        long pages = progress.done.get(progress.done.size() - 1);
        assertTrue(done.get(0).contains("(" + pages + " pages"), done + " after " + pages + " pages counted");
    }
}
