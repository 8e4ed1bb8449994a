package dev.pgdocs.write.pdf;

import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.PageSequence;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.RenderPagesModel;
import org.apache.fop.fonts.FontInfo;

/**
 * FOP's page model, writing each page when it is laid out and its page-number citations
 * are resolved, in order, except that a finished page sequence whose pages still cite
 * later pages (the table of contents) is set aside, whole, and written in order when
 * they are resolved, usually at the end. FOP's own model writes in page order (the
 * tagged PDF renderer cannot write out of order), so the contents at the front kept
 * every page of the book in memory until the last one was laid out.
 *
 * <p>The PDF keeps the book's order: FOP files a page under its index in the page tree
 * and the page labels, whenever it is written. The structure tree keeps its reading
 * order too: FOP appends marked content to a structure element in the order pages are
 * written, and only whole sequences are set aside, each written in order, and no
 * element spans two sequences. Pages with a forward citation inside the sequence being
 * laid out wait in order, as in FOP; the stylesheets cite later pages only there
 * (templates/fo/xref.xsl), so such a wait ends with the chapter.
 */
final class DeferringPagesModel extends RenderPagesModel {

    private final Set<PageSequence> setAside = Collections.newSetFromMap(new IdentityHashMap<>());

    DeferringPagesModel(FOUserAgent agent, String outputFormat, FontInfo fonts, OutputStream out)
            throws FOPException {
        super(agent, outputFormat, fonts, out);
        IndexedActionSet.install(renderer); // the renderer FOP made, with its links' actions found by lookup
    }

    @Override
    protected boolean checkPreparedPages(PageViewport newPage, boolean renderUnresolved) {
        setAside.clear();
        for (Iterator<PageViewport> pages = prepared.iterator(); pages.hasNext();) {
            PageViewport page = pages.next();
            PageSequence sequence = page.getPageSequence();
            if (setAside.contains(sequence)) {
                continue;
            }
            if (page.isResolved() || renderUnresolved) {
                if (sequence.isFirstPage(page)) {
                    renderer.startPageSequence(sequence);
                }
                renderPage(page);
                page.clear();
                pages.remove();
            } else if (sequence != getCurrentPageSequence()) {
                setAside.add(sequence);
            } else {
                break;
            }
        }
        return prepared.isEmpty();
    }
}
