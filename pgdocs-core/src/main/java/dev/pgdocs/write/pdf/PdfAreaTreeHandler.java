package dev.pgdocs.write.pdf;

import java.io.OutputStream;
import java.util.List;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.layoutmgr.LayoutManagerMaker;

/**
 * FOP's area tree handler with pgdocs' page model ({@link DeferringPagesModel}) and
 * layout managers ({@link PdfLayoutManagers}; FOP takes a layout manager maker only per
 * factory, and they need the user agent and id tracker of the run).
 */
final class PdfAreaTreeHandler extends AreaTreeHandler {

    private final PdfLayoutManagers layoutManagers;

    PdfAreaTreeHandler(FOUserAgent agent, OutputStream out) throws FOPException {
        super(agent, MimeConstants.MIME_PDF, out);
        this.layoutManagers = new PdfLayoutManagers(agent, getIDTracker());
    }

    @Override
    protected void setupModel(FOUserAgent agent, String outputFormat, OutputStream out) throws FOPException {
        model = new DeferringPagesModel(agent, outputFormat, fontInfo, out);
    }

    /**
     * The links whose target the layout never placed: the FO has no element with that id,
     * so the PDF has nowhere to send them. Read after the document ends.
     */
    List<LaterTarget> linksNeverPlaced() {
        return layoutManagers.forwardLinks().stream().filter(link -> !link.isResolved()).toList();
    }

    @Override
    public LayoutManagerMaker getLayoutManagerMaker() {
        return layoutManagers;
    }
}
