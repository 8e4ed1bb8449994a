package dev.pgdocs.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.IDTracker;
import org.apache.fop.fo.FONode;
import org.apache.fop.fo.flow.BasicLink;
import org.apache.fop.layoutmgr.LayoutManagerMapping;

/** FOP's layout managers, with {@link LinkLayoutManager} for fo:basic-link. */
final class PdfLayoutManagers extends LayoutManagerMapping {

    private final IDTracker ids;
    private final List<LaterTarget> forward = new ArrayList<>();

    PdfLayoutManagers(FOUserAgent agent, IDTracker ids) {
        super(agent);
        this.ids = ids;
    }

    /** The links whose target was not laid out yet when they were, in book order. */
    List<LaterTarget> forwardLinks() {
        return forward;
    }

    @Override
    protected void initialize() {
        super.initialize();
        registerMaker(BasicLink.class, new Maker() {
            @Override
            public void make(FONode node, List lms, FOUserAgent agent) {
                lms.add(new LinkLayoutManager((BasicLink) node, ids, forward));
            }
        });
    }
}
