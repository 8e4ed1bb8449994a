package dev.pgdocs.write.pdf;

import java.util.List;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.Resolvable;
import org.apache.fop.area.Trait;
import org.xml.sax.Locator;

/**
 * The target of a forward link, waiting in FOP's id tracker to be laid out; then it
 * gives the link trait the key of the target's page. It holds the trait alone, not the
 * link's area, so it keeps no written page in memory.
 */
final class LaterTarget implements Resolvable {

    private final Trait.InternalLink link;
    private final Locator from;
    private boolean resolved;

    /** {@code from}: where the link stands (the source place FoStream gave), or null. */
    LaterTarget(Trait.InternalLink link, Locator from) {
        this.link = link;
        this.from = from;
    }

    /** The id the link goes to. */
    String id() {
        return link.getIDRef();
    }

    /** Where the link stands, or null when FOP kept no place. */
    Locator from() {
        return from;
    }

    @Override
    public boolean isResolved() {
        return resolved;
    }

    @Override
    public String[] getIDRefs() {
        return new String[] {link.getIDRef()};
    }

    @Override
    public void resolveIDRef(String id, List<PageViewport> pages) {
        if (pages != null && !pages.isEmpty()) {
            link.setPVKey(pages.get(0).getKey());
            resolved = true;
        }
    }
}
