package dev.pgdocs.write.pdf;

import java.awt.Dimension;
import java.util.function.Consumer;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;

/** FOP's PDF output, with a count of the pages written for the progress line. */
final class PageCounter extends IFDocumentHandlerProxy {

    /** Report every this many pages. */
    private static final int EVERY = 250;

    private final Consumer<String> progress;
    private final long start = System.nanoTime();
    private int pages;

    PageCounter(IFDocumentHandler pdf, Consumer<String> progress) {
        super(pdf);
        this.progress = progress;
    }

    @Override
    public void startPage(int index, String name, String pageMasterName, Dimension size) throws IFException {
        super.startPage(index, name, pageMasterName, size);
        pages++;
        if (pages % EVERY == 0) {
            progress.accept(String.format("PDF: %d pages written (%.1f s)", pages, (System.nanoTime() - start) / 1e9));
        }
    }
}
