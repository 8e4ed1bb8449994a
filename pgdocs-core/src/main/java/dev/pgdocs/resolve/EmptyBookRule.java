package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * book.empty: a book with nothing in it but its title and metadata. Published, it would
 * replace the last good site with a blank one, so it is an error, at the root element.
 */
final class EmptyBookRule implements Rule {

    static final RuleInfo EMPTY = RuleInfo.alwaysError("book.empty", "The book has no content but its title; nothing is published.",
            "a blank site must never replace the last good one");

    @Override
    public List<RuleInfo> reports() {
        return List.of(EMPTY);
    }

    /** The children of a book that are about it, not in it. */
    private static final Set<String> NOT_CONTENT = Set.of("title", "subtitle", "titleabbrev", "info", "bookinfo",
            "setinfo", "articleinfo", "indexterm");

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        XdmNode root = null;
        for (XdmNode child : context.book().document().children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                root = child;
                break;
            }
        }
        if (root == null) {
            return; // the loader refuses a document without an element
        }
        for (XdmNode child : root.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT
                    && !NOT_CONTENT.contains(child.getNodeName().getLocalName())) {
                return;
            }
        }
        String name = root.getNodeName().getLocalName();
        report.accept(EMPTY.at(context.book().locate(root),
                "the <" + name + "> has no content (" + (hasTitle(root) ? "only a title" : "nothing in it")
                        + "); add a chapter, or nothing is published"));
    }

    private static boolean hasTitle(XdmNode root) {
        for (XdmNode child : root.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && !child.getNodeName().getLocalName().equals("indexterm")) {
                return true;
            }
        }
        return false;
    }
}
