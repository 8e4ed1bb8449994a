package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;

/**
 * id.duplicate: an id defined twice, reported at the second place and naming the first.
 * id.missing: a chapter, appendix, section, refentry or varlistentry without an id, whose
 * page or anchor is then named by position and moves when the book is rearranged.
 */
final class IdRule implements Rule {

    /** Elements that are pages of their own; their position-made page name is shown. */
    private static final Set<String> PAGES = Set.of("chapter", "appendix", "sect1", "refentry");

    static final RuleInfo DUPLICATE = RuleInfo.error("id.duplicate", "An id is defined twice.");
    static final RuleInfo MISSING = RuleInfo.warning("id.missing",
            "A chapter, appendix, section, refentry or varlistentry has no id, so its page or anchor is named by"
                    + " position and moves when the book is rearranged.");

    @Override
    public List<RuleInfo> reports() {
        return List.of(DUPLICATE, MISSING);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.index().ids().forEach((id, elements) -> {
            if (elements.size() > 1) {
                XdmNode first = elements.get(0);
                for (XdmNode again : elements.subList(1, elements.size())) {
                    report.accept(DUPLICATE.at(context.book().locate(again),
                            "id \"" + id + "\" is already defined by the <" + first.getNodeName().getLocalName()
                                    + "> at " + context.book().locate(first)));
                }
            }
        });
        List<XdmNode> unnamed = context.index().elementsWithoutId();
        for (XdmNode element : unnamed) {
            String name = element.getNodeName().getLocalName();
            String consequence = PAGES.contains(name)
                    ? "its page is named by position (" + context.targets().pageName(element)
                            + ") and that URL changes when the book is rearranged"
                    : "it gets no stable anchor, so nothing can link to it for long";
            report.accept(MISSING.at(context.book().locate(element),
                    name + " has no id; " + consequence + "; add an id"));
        }
    }
}
