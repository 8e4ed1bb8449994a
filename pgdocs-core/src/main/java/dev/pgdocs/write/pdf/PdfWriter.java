package dev.pgdocs.write.pdf;

import dev.pgdocs.sax.SaxEventQueue;
import dev.pgdocs.threads.DaemonThreads;
import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.write.OutputWriteException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Runs Apache FOP in-process on FO that arrives as SAX events, into a PDF file. Fonts and
 * images come through {@link OfflineResourceResolver}; the PDF is tagged (accessibility)
 * and carries title, author and language. FOP's events become diagnostics: missing
 * glyphs and overflowing lines get rules of their own, counted.
 */
public final class PdfWriter {

    static {
        // FOP also logs through commons-logging; its events reach users as diagnostics instead.
        Logger.getLogger("org.apache.fop").setLevel(Level.SEVERE);
        Logger.getLogger("org.apache.xmlgraphics").setLevel(Level.SEVERE);
    }

    private final FopFactory factory;

    /** What a PDF run found: FOP's findings, page count. */
    public record Result(List<Diagnostic> diagnostics, int pages, Map<String, Integer> counts) {
    }

    /** Something to produce the FO into FOP's handler. */
    @FunctionalInterface
    public interface FoProducer {
        void produce(ContentHandler fo) throws Exception;
    }

    /**
     * @throws PdfException when the fonts are missing from the class path or FOP cannot be set up
     */
    public PdfWriter(Path sourceRoot) throws PdfException {
        this(sourceRoot, PdfWriter.class.getClassLoader());
    }

    /** With the fonts looked up through {@code fontLoader} (tests give one without them). */
    PdfWriter(Path sourceRoot, ClassLoader fontLoader) throws PdfException {
        var missing = Fonts.missing(fontLoader);
        if (missing.isPresent()) {
            throw new PdfException("font not found: " + missing.get()
                    + " (the jasperreports-fonts jar is missing from pgdocs' class path)");
        }
        try {
            FopConfParser parser = new FopConfParser(
                    new ByteArrayInputStream(Fonts.fopConfiguration().getBytes(StandardCharsets.UTF_8)),
                    sourceRoot.toUri(), new OfflineResourceResolver(sourceRoot));
            FopFactoryBuilder builder = parser.getFopFactoryBuilder();
            builder.setAccessibility(true);
            builder.setStrictFOValidation(false);
            this.factory = builder.build();
        } catch (SAXException | IOException e) {
            throw new PdfException("cannot set up FOP: " + e.getMessage());
        }
    }

    /**
     * Writes a PDF: {@code producer} sends the FO into FOP. The pages written so far go
     * to {@code progress}; findings name {@code publishedAs}, where the file ends up.
     * Every date in the file is {@code date} ({@link SourceDate}), and the file identifier
     * comes from the file's contents ({@link ReproducibleStamp}): the same book, built
     * twice, gives the same bytes.
     */
    public Result write(Path pdf, Path publishedAs, String title, String author, String language, Instant date,
                        FoProducer producer, Progress progress) throws PdfException, OutputWriteException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        EventListener findings = event -> {
            String rule = ruleOf(event);
            if (rule == null) {
                return;
            }
            String message = EventFormatter.format(event).replaceFirst("\\s*\\(See position [^)]*\\)", "");
            SourceLocation at = placeOf(event.getParam("loc") instanceof Locator loc ? loc : null, publishedAs);
            synchronized (diagnostics) { // from the layout and the painting thread alike
                counts.merge(rule, 1, Integer::sum);
                diagnostics.add(event.getSeverity() == EventSeverity.ERROR
                        || event.getSeverity() == EventSeverity.FATAL
                        ? Diagnostic.error(at, rule, message) : Diagnostic.warning(at, rule, message));
            }
        };
        FOUserAgent layout = newAgent(title, author, date, findings);
        FOUserAgent painting = newAgent(title, author, date, findings);
        Result result;
        try {
            result = render(layout, painting, pdf, publishedAs, producer, progress, diagnostics, counts);
        } finally {
            SharedPdfNames.release(); // or this document stays reachable until the next one
        }
        try {
            ReproducibleStamp.apply(pdf, date);
        } catch (IOException e) {
            throw new OutputWriteException(publishedAs, e);
        }
        return result;
    }

    /** A user agent with the book's metadata, its events going to {@code findings}. */
    private FOUserAgent newAgent(String title, String author, Instant date, EventListener findings) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setTitle(title);
        if (!author.isEmpty()) {
            agent.setAuthor(author); // a book that names nobody gets no author, not a made-up one
        }
        agent.setCreator("pgdocs");
        agent.setProducer("pgdocs (Apache FOP)");
        agent.setCreationDate(Date.from(date));
        agent.getEventBroadcaster().addEventListener(findings);
        return agent;
    }

    private Result render(FOUserAgent layout, FOUserAgent painting, Path pdf, Path publishedAs, FoProducer producer,
                          Progress progress, List<Diagnostic> diagnostics, Map<String, Integer> counts)
            throws PdfException, OutputWriteException {
        FailureRecordingStream file;
        try {
            file = new FailureRecordingStream(Files.newOutputStream(pdf));
        } catch (IOException e) {
            throw new OutputWriteException(publishedAs, e);
        }
        try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
            IFDocumentHandler written = new PageCounter(
                    painting.getRendererFactory().createDocumentHandler(painting, MimeConstants.MIME_PDF), progress);
            PaintingThread painter = PaintingThread.between(layout, painting, written, out);
            // the layout's renderer writes to the painting thread, not to a stream
            PdfAreaTreeHandler areas = new PdfAreaTreeHandler(layout, null);
            layout.setFOEventHandlerOverride(areas);
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, layout, null);
            painter.run(() -> produceAlongside(producer, new FoStream(fop.getDefaultHandler())));
            int pages = fop.getResults() == null ? 0 : fop.getResults().getPageCount();
            synchronized (diagnostics) {
                for (LaterTarget link : areas.linksNeverPlaced()) {
                    diagnostics.add(Diagnostic.warning(placeOf(link.from(), publishedAs), "pdf.link-target",
                            "the link to id \"" + link.id() + "\" has no target in the PDF (the element with"
                                    + " that id left no place in the page layout); it goes to the first page"));
                    counts.merge("pdf.link-target", 1, Integer::sum);
                }
                return new Result(List.copyOf(diagnostics), pages, new TreeMap<>(counts));
            }
        } catch (Exception e) {
            if (file.failure != null) {
                // FOP wraps it in its own exceptions ("I/O error in endPage()"), or another follows from it
                throw new OutputWriteException(publishedAs, file.failure);
            }
            if (e instanceof PdfException pdfException) {
                throw pdfException;
            }
            throw new PdfException((e instanceof FOPException ? "FOP failed: " : "PDF not written: ") + e.getMessage());
        }
    }

    /** The PDF file, remembering the first failure to write it, whatever FOP makes of it. */
    private static final class FailureRecordingStream extends FilterOutputStream {
        private volatile IOException failure;

        FailureRecordingStream(OutputStream file) {
            super(file);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /**
     * Runs the producer (the FO stylesheet) on a thread of its own, its events handed to
     * FOP on this one: the two overlap on two cores. The thread gets a large stack, as
     * the main thread has, for the stylesheet's recursion over deeply nested books.
     */
    private static void produceAlongside(FoProducer producer, ContentHandler fop) throws Exception {
        SaxEventQueue queue = new SaxEventQueue();
        Thread thread = DaemonThreads.start("pgdocs-fo", 256L << 20, () -> {
            try {
                producer.produce(queue);
                queue.finish();
            } catch (Throwable e) {
                queue.fail(e);
            }
        });
        try {
            queue.replayInto(fop);
        } finally {
            thread.join();
        }
    }

    /** The source place FoStream gave FOP, else the PDF itself. */
    private static SourceLocation placeOf(Locator loc, Path publishedAs) {
        return loc != null && loc.getSystemId() != null
                ? new SourceLocation(Path.of(loc.getSystemId()), loc.getLineNumber(), loc.getColumnNumber())
                : SourceLocation.of(publishedAs);
    }

    /** The rule name of a FOP event worth reporting, or null for those that are not. */
    static String ruleOf(Event event) {
        if (event.getSeverity() == EventSeverity.INFO) {
            return null;
        }
        String id = event.getEventKey();
        if (id.contains("glyphNotAvailable")) {
            return "pdf.glyph";
        }
        if (id.contains("verflow") || id.contains("overconstrained") || id.contains("Overflow")) {
            return "pdf.overflow";
        }
        return "pdf";
    }
}
