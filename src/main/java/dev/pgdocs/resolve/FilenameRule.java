package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.Optional;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;

/**
 * filename.missing: a {@code <filename>} that names a PostgreSQL source path (below src/
 * or contrib/, or a header, which is looked for below src/include) that the source tree
 * does not have. Runs only when a source tree is given.
 */
final class FilenameRule implements Rule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (context.sourceTree().isEmpty()) {
            return;
        }
        SourceTree tree = context.sourceTree().get();
        for (XdmNode element : context.index().filenames()) {
            String text = element.getStringValue().strip();
            sourcePath(text).filter(path -> !tree.contains(path)).ifPresent(path -> {
                String hint = tree.closest(path).map(c -> "; the closest existing path is " + c).orElse("");
                report.accept(Diagnostic.error(context.book().locate(element), "filename.missing",
                        "<filename>" + text + "</filename> does not exist in the source tree" + hint));
            });
        }
    }

    /** The tree path a filename names, if it names a source path at all. */
    static Optional<String> sourcePath(String text) {
        if (text.isEmpty() || text.contains(" ") || text.contains("*")) {
            return Optional.empty();
        }
        String path = text.startsWith("./") ? text.substring(2) : text;
        if (path.endsWith("/")) {
            return Optional.empty();
        }
        if (path.startsWith("src/") || path.startsWith("contrib/")) {
            return Optional.of(path);
        }
        if (path.endsWith(".h") && !path.startsWith("/")) {
            return Optional.of("src/include/" + path);
        }
        return Optional.empty();
    }
}
