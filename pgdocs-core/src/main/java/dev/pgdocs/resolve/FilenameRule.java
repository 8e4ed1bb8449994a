package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;

/**
 * filename.missing: a {@code <filename>} that names a PostgreSQL source path (below src/
 * or contrib/, or a header, which is looked for below src/include) that the source tree
 * does not have. Runs only when a source tree is given. A file the build makes or a test
 * writes counts as present when what it is made from, or the test's directory, is there
 * ({@link FilenameConventions}); placeholders (pg_xxx.h) are not names; a bare file name
 * the tree has nothing like (test_mod.h, the reader's own header in an example) cannot be
 * shown wrong and is left alone.
 */
final class FilenameRule implements Rule {

    private static final String HEADER_ROOT = "src/include/";

    static final RuleInfo MISSING = RuleInfo.error("filename.missing",
            "A <filename> names a source path that the --source-tree does not have, and that PostgreSQL's build"
                    + " does not make nor its tests write.");

    @Override
    public List<RuleInfo> reports() {
        return List.of(MISSING);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        if (context.sourceTree().isEmpty()) {
            return;
        }
        SourceTree tree = context.sourceTree().get();
        for (XdmNode element : context.index().filenames()) {
            String text = element.getStringValue().strip();
            sourcePath(text).filter(path -> isWrong(tree, text, path)).ifPresent(path -> {
                String hint = tree.closest(path).map(c -> "; the closest existing path is " + c).orElse("");
                report.accept(MISSING.at(context.book().locate(element),
                        "<filename>" + text + "</filename> does not exist in the source tree" + hint));
            });
        }
    }

    /** Whether the tree shows that {@code path}, written as {@code text}, names no file. */
    private static boolean isWrong(SourceTree tree, String text, String path) {
        if (FilenameConventions.isPlaceholder(path) || exists(tree, path)) {
            return false;
        }
        if (FilenameConventions.inputsOf(path).stream().anyMatch(input -> exists(tree, input))) {
            return false;
        }
        if (FilenameConventions.testDirectoryOf(path).filter(dir -> dir.isEmpty() || tree.contains(dir)).isPresent()) {
            return false;
        }
        return text.contains("/") || tree.hasNearName(text);
    }

    /**
     * A header named without src/include (elog.h, utils/elog.h) may live below it or
     * anywhere else in the tree (libpq's headers); other paths must exist as written.
     */
    private static boolean exists(SourceTree tree, String path) {
        if (tree.contains(path)) {
            return true;
        }
        return path.startsWith(HEADER_ROOT) && tree.containsSuffix(path.substring(HEADER_ROOT.length()));
    }

    /** The tree path a filename names, if it names a source path at all. */
    static Optional<String> sourcePath(String text) {
        if (text.isEmpty() || text.contains(" ") || text.contains("*")) {
            return Optional.empty();
        }
        String path = text.startsWith("./") ? text.substring(2) : text;
        int member = path.indexOf("::");
        if (member > 0) {
            path = path.substring(0, member); // numeric.c::numeric_send() names a function in a file
        }
        if (path.endsWith("/")) {
            return Optional.empty();
        }
        if (path.startsWith("src/") || path.startsWith("contrib/")) {
            return Optional.of(path);
        }
        if (path.endsWith(".h") && !path.startsWith("/")) {
            return Optional.of(HEADER_ROOT + path);
        }
        return Optional.empty();
    }
}
