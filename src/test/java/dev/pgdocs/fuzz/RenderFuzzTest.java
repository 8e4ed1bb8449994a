package dev.pgdocs.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pgdocs.cli.CliTest;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.write.OutputDirectory;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the HTML and FO renderers with small valid books made from the fuzzer's data
 * ({@link FuzzedBook}). Every book is built as an HTML site through the command line; a
 * book that builds is also rendered to XSL-FO text in-process. FOP, from FO to PDF, takes
 * seconds, so only one input in 64 builds the PDF too.
 */
@Tag("slow") // fuzz regression inputs: mvn verify
class RenderFuzzTest {

    /** FO rendering compiles its stylesheet once per JVM, as one pgdocs run would: every book goes through this pipeline. */
    private static final Pipeline PIPELINE = new Pipeline(BookSource.of(Path.of("book.sgml")));

    @FuzzTest(maxDuration = "10m")
    void renderHtmlAndFo(FuzzedDataProvider data) throws Exception {
        boolean pdf = data.consumeInt(0, 63) == 0;
        String text = FuzzedBook.from(data);
        Path dir = Files.createTempDirectory("pgdocs-fuzz-render-");
        try {
            Path book = dir.resolve("book.sgml");
            Files.writeString(book, text, StandardCharsets.UTF_8);
            CliTest.Run html = Promises.keptBy(dir, "build", book.toString(), "-o", dir.resolve("html").toString());
            if (html.code() != ExitCode.OK) {
                return;
            }
            if (!Files.isRegularFile(dir.resolve("html/index.html"))) {
                throw new AssertionError("a clean build without html/index.html\n" + html.err() + "\n" + text);
            }
            renderFo(book, dir, text);
            if (pdf) {
                Promises.keptBy(dir, "build", book.toString(), "--format", "pdf", "-o", dir.resolve("pdf").toString());
            }
        } finally {
            OutputDirectory.deleteTree(dir);
        }
    }

    /** The FO text of a book that built: complete, and whatever it reports located in the book. */
    private static void renderFo(Path book, Path dir, String text) throws Exception {
        Pipeline pipeline = PIPELINE.forMaster(book);
        LoadedBook loaded = pipeline.load();
        List<Diagnostic> reported = new ArrayList<>();
        StringWriter fo = new StringWriter();
        TransformerHandler serializer = ((SAXTransformerFactory) SAXTransformerFactory.newInstance()).newTransformerHandler();
        serializer.setResult(new StreamResult(fo));
        new FoRenderer(pipeline.stylesheets()).render(loaded, Map.of(), FoRenderer.Paper.A4, serializer, reported::add);
        if (!fo.toString().contains("</fo:root>")) {
            throw new AssertionError("the FO is incomplete\n" + text);
        }
        for (Diagnostic d : reported) {
            if (d.location() == null || d.location().file() == null || !d.location().file().startsWith(dir)) {
                throw new AssertionError("an FO diagnostic without a location in the book: " + d + "\n" + text);
            }
        }
    }
}
