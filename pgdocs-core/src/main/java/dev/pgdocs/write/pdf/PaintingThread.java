package dev.pgdocs.write.pdf;

import dev.pgdocs.sax.SaxEventQueue;
import dev.pgdocs.threads.DaemonThreads;
import java.io.OutputStream;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFParser;
import org.apache.fop.render.intermediate.IFSerializer;
import org.apache.fop.render.intermediate.IFUtil;

/**
 * FOP's work split over two threads. The layout thread lays out the pages and hands them
 * on in FOP's intermediate format (IF), as SAX events through a bounded queue; this thread
 * paints them into the PDF: the text and graphics of each page, compression, the
 * structure tree and the file. On PostgreSQL 14, painting was half of what FOP's one
 * thread did, and a cold build went from 42.8-43.7 s to 35.9-37.7 s (by turns, two each).
 *
 * <p>The two sides share nothing FOP would need to guard: each has its own user agent
 * (FOP hangs the structure tree's handler on it) and its own fonts, the layout side's set
 * up as the PDF's are, so that it measures text as the PDF will show it. The structure
 * tree travels in the IF with the pages, every element named, so the PDF's is the one
 * FOP builds in one thread: the same elements, in the same order, on the same pages.
 */
final class PaintingThread {

    /** The layout side's work: sends the FO into the FOP set up after {@link #between}. */
    @FunctionalInterface
    interface Layout {
        void run() throws Exception;
    }

    private final SaxEventQueue pages = new SaxEventQueue();
    private final IFDocumentHandler pdf;
    private final FOUserAgent paintingAgent;
    /** The painter's failure, unless it only passed on the layout's. */
    private volatile Throwable failure;
    private volatile boolean layoutFailed;

    private PaintingThread(IFDocumentHandler pdf, FOUserAgent paintingAgent) {
        this.pdf = pdf;
        this.paintingAgent = paintingAgent;
    }

    /**
     * Sets {@code layoutAgent}'s renderer to write IF for a painting thread that writes
     * {@code pdf} to {@code out}, with {@code paintingAgent}. Call before FOP is set up with
     * {@code layoutAgent}: its renderer takes the document handler when it is made.
     */
    static PaintingThread between(FOUserAgent layoutAgent, FOUserAgent paintingAgent, IFDocumentHandler pdf,
                                  OutputStream out) throws FOPException, IFException {
        IFUtil.setupFonts(pdf);
        pdf.setResult(new StreamResult(out));
        PaintingThread painting = new PaintingThread(pdf, paintingAgent);
        IFSerializer serializer = new SequenceReleasingSerializer(new IFContext(layoutAgent));
        serializer.mimicDocumentHandler(
                layoutAgent.getRendererFactory().createDocumentHandler(layoutAgent, MimeConstants.MIME_PDF));
        serializer.setResult(new SAXResult(new AbsoluteLinkTargets(painting.pages)));
        layoutAgent.setDocumentHandlerOverride(serializer);
        return painting;
    }

    /**
     * Runs {@code layout} on this thread and paints its pages on a second one. Returns when
     * both are done; the first failure is thrown.
     */
    void run(Layout layout) throws Exception {
        Thread painter = DaemonThreads.start("pgdocs-pdf-paint", 0, () -> {
            try {
                pages.replayInto(new IFParser().getContentHandler(pdf, paintingAgent));
            } catch (Throwable e) {
                if (!layoutFailed) {
                    failure = e;
                }
            }
        });
        try {
            layout.run();
            pages.finish();
        } catch (Exception | Error e) {
            layoutFailed = failure == null;
            pages.fail(e); // the painter stops at its next batch
            painter.join();
            // a painter that failed first is the cause: the layout then only found it gone
            if (failure != null) {
                throw rethrown(failure);
            }
            throw e;
        }
        painter.join();
        if (failure != null) {
            throw rethrown(failure);
        }
    }

    private static Exception rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }
}
