package dev.pgdocs.write.pdf;

import dev.pgdocs.diagnostics.Progress;
import java.awt.Dimension;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;

/** FOP's PDF output, counting the pages written for the progress line (how many there will be, FOP learns only at the end). */
final class PageCounter extends IFDocumentHandlerProxy {

    private final Progress progress;
    private int pages;

    PageCounter(IFDocumentHandler pdf, Progress progress) {
        super(pdf);
        this.progress = progress;
    }

    @Override
    public void startPage(int index, String name, String pageMasterName, Dimension size) throws IFException {
        super.startPage(index, name, pageMasterName, size);
        progress.step(++pages, 0);
    }
}
