package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.xslt.StylesheetCache;
import java.util.List;

/**
 * One output of the checked book (the HTML site, the PDF, man pages, EPUB): a sink that
 * writes into the staging directory of an {@link OutputDirectory}. Whether the result is
 * published is {@link Publication}'s decision, the same for every format.
 */
public interface OutputFormat {

    /**
     * What one format wrote.
     *
     * @param diagnostics what its templates and its own checks found
     * @param summary     lines for the user about the files written ("wrote 14 pages to …")
     */
    record Written(List<Diagnostic> diagnostics, List<String> summary) {
    }

    /** Its name in {@code --format}, and its subdirectory of {@code -o} when several formats are built. */
    String name();

    /** Starts compiling its stylesheets, so that they are ready when the book is checked. */
    void prepare(StylesheetCache stylesheets);

    /** Renders the checked book into {@code out}'s staging directory. */
    Written write(Pipeline pipeline, Pipeline.Environment checked, OutputDirectory out) throws Exception;

    /**
     * Whether the published directory carries pgdocs' marker, which lets a later build
     * replace it. A format whose every file is read by someone else (postgresql.org's
     * importer reads every file of a website-style site) says no.
     */
    default boolean marked() {
        return true;
    }

    /**
     * Whether an error this format found may still be published under {@code --keep-going}:
     * only errors that leave the rest of the output sound (a link the written site's check
     * found broken is marked on its page).
     */
    default boolean publishableDespite(Diagnostic error) {
        return false;
    }
}
