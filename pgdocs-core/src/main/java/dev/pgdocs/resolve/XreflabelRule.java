package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * xreflabel.empty: an xreflabel with no text makes links that say nothing.
 * xreflabel.no-id: an xreflabel on an element without an id; nothing can link to it.
 * xreflabel.duplicate: two targets in the same chapter, appendix or reference page with
 * the same xreflabel; readers cannot tell their links apart. Across those units PostgreSQL
 * names different things alike on purpose (the server setting "port" and libpq's "port"
 * parameter; a table's storage parameter after the setting it overrides; a "Notes" section
 * in every reference page), and a reader knows which is meant from the context.
 */
final class XreflabelRule implements Rule {

    /** The units within which one label should name one thing. */
    private static final Set<String> UNITS = Set.of("chapter", "appendix", "preface", "refentry", "article",
            "glossary", "bibliography", "index");

    static final RuleInfo EMPTY = RuleInfo.error("xreflabel.empty", "An xreflabel has no text.");
    static final RuleInfo NO_ID = RuleInfo.warning("xreflabel.no-id", "An xreflabel on an element without an id.");
    static final RuleInfo DUPLICATE = RuleInfo.warning("xreflabel.duplicate",
            "Two link targets in the same chapter, appendix or reference page share an xreflabel.");

    @Override
    public List<RuleInfo> reports() {
        return List.of(EMPTY, NO_ID, DUPLICATE);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Map<XdmNode, Map<String, XdmNode>> firstByLabel = new HashMap<>();
        for (XdmNode element : context.index().xreflabelled()) {
            String label = element.attribute("xreflabel").strip().replaceAll("\\s+", " ");
            String name = element.getNodeName().getLocalName();
            if (label.isEmpty()) {
                report.accept(EMPTY.at(context.book().locate(element),
                        "empty xreflabel on <" + name + ">: links to it would have no text"));
                continue;
            }
            if (element.attribute("id") == null) {
                report.accept(NO_ID.at(context.book().locate(element),
                        "xreflabel \"" + label + "\" on <" + name + "> has no id beside it, so no link can use it"));
                continue;
            }
            XdmNode first = firstByLabel.computeIfAbsent(unitOf(element), u -> new HashMap<>())
                    .putIfAbsent(label, element);
            if (first != null) {
                report.accept(DUPLICATE.at(context.book().locate(element),
                        "xreflabel \"" + label + "\" is also used by the <" + first.getNodeName().getLocalName()
                                + " id=\"" + first.attribute("id") + "\"> at " + context.book().locate(first)
                                + "; links to the two read the same"));
            }
        }
    }

    /** The chapter, appendix, reference page, ... an element is in; the root outside them. */
    private static XdmNode unitOf(XdmNode element) {
        XdmNode unit = element;
        for (XdmNode at = element; at != null && at.getNodeKind() == XdmNodeKind.ELEMENT; at = at.getParent()) {
            unit = at;
            if (UNITS.contains(at.getNodeName().getLocalName())) {
                break;
            }
        }
        return unit;
    }
}
