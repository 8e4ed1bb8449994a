package dev.pgdocs.render;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.xslt.LocationFunction;
import java.util.function.Consumer;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * Turns what a rendering stylesheet says (xsl:message from the fallback templates, and
 * Saxon's own warnings) into diagnostics, the same way for every output format.
 */
final class StylesheetReports {

    private static final String NO_TEMPLATE = "pgdocs:no-template|";
    /** pgdocs:error|rule|location|message: something the output cannot be published with. */
    private static final String ERROR = "pgdocs:error|";

    private StylesheetReports() {
    }

    static void attach(Xslt30Transformer transformer, LoadedBook book, String format, Consumer<Diagnostic> report) {
        transformer.setMessageHandler(message -> {
            String text = message.getStringValue();
            if (text.startsWith(NO_TEMPLATE)) {
                String[] fields = text.substring(NO_TEMPLATE.length()).split("\\|", 2);
                report.accept(Diagnostic.warning(LocationFunction.parse(fields[0]), "render.no-template",
                        "<" + fields[1] + "> has no " + format + " template; its content is rendered generically"));
            } else if (text.startsWith(ERROR)) {
                String[] fields = text.substring(ERROR.length()).split("\\|", 3);
                report.accept(Diagnostic.error(LocationFunction.parse(fields[1]), fields[0], fields[2]));
            } else {
                report.accept(Diagnostic.warning(SourceLocation.of(book.master()), "render", text));
            }
        });
        transformer.setErrorReporter(error -> report.accept(Diagnostic.warning(
                SourceLocation.of(book.master()), "render.xslt", error.getMessage().replaceAll("\\s+", " "))));
    }

}
