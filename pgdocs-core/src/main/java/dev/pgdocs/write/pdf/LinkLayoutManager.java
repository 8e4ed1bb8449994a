package dev.pgdocs.write.pdf;

import java.util.List;
import org.apache.fop.area.IDTracker;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.Trait;
import org.apache.fop.area.inline.BasicLinkArea;
import org.apache.fop.area.inline.InlineArea;
import org.apache.fop.area.inline.InlineParent;
import org.apache.fop.datatypes.URISpecification;
import org.apache.fop.fo.Constants;
import org.apache.fop.fo.flow.BasicLink;
import org.apache.fop.layoutmgr.TraitSetter;
import org.apache.fop.layoutmgr.inline.InlineLayoutManager;

/**
 * Lays out fo:basic-link like FOP's own BasicLinkLayoutManager, except for a link to an
 * id that is not laid out yet (a forward link). FOP registers such a link as an unresolved
 * reference of its page, and a page with one is not written until the target is laid out,
 * and (in order) neither is any page after it: FOP kept up to 2,000 laid-out pages of the
 * manual in memory for that. A link need not wait: FOP's PDF renderer writes the GoTo
 * action of a target it has not rendered yet as an incomplete object and completes it
 * when it renders the target. So a forward link gets its internal-link trait at once,
 * with a page key no rendered page has (which sends the renderer down that path); the
 * {@link LaterTarget} registered with FOP's id tracker puts in the real key when the
 * target is laid out, for a page that is written after its target (the contents).
 * FOP also hangs its resolver on the link area for bidi reordering, which complex-script
 * support does and pgdocs turns off (see Fonts); re-check this class on a FOP upgrade.
 */
final class LinkLayoutManager extends InlineLayoutManager {

    /** The page key of a target that is not laid out yet: matches no rendered page. */
    static final String LATER_PAGE = "pgdocs-later-page";

    private final IDTracker ids;
    private final List<LaterTarget> forward;

    /** {@code forward} collects the forward links, for the report of those never placed. */
    LinkLayoutManager(BasicLink link, IDTracker ids, List<LaterTarget> forward) {
        super(link);
        this.ids = ids;
        this.forward = forward;
    }

    @Override
    protected InlineArea createArea(boolean isInline) {
        InlineArea area = super.createArea(isInline);
        BasicLink link = (BasicLink) fobj;
        TraitSetter.addStructureTreeElement(area, link.getStructureTreeElement());
        if (link.hasInternalDestination()) {
            String id = link.getInternalDestination();
            PageViewport target = getPSLM().getFirstPVWithID(id);
            Trait.InternalLink trait = new Trait.InternalLink(target == null ? LATER_PAGE : target.getKey(), id);
            area.addTrait(Trait.INTERNAL_LINK, trait);
            if (target == null) {
                LaterTarget later = new LaterTarget(trait, link.getLocator());
                ids.addUnresolvedIDRef(id, later);
                forward.add(later);
            }
        } else if (link.hasExternalDestination()) {
            String url = URISpecification.getURL(link.getExternalDestination());
            if (!url.isEmpty()) {
                area.addTrait(Trait.EXTERNAL_LINK, new Trait.ExternalLink(url,
                        link.getShowDestination() == Constants.EN_NEW, link.getAltText()));
            }
        }
        return area;
    }

    @Override
    protected InlineParent createInlineParent() {
        return new BasicLinkArea();
    }
}
