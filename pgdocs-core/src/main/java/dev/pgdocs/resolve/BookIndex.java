package dev.pgdocs.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import net.sf.saxon.type.Type;

/**
 * One walk over the book collecting what the rules look at: ids and the elements that
 * carry them, every IDREF/IDREFS attribute (typed by the DTD, so every kind of link is
 * covered: linkend, endterm, zone, startref, arearefs, ...), xreflabels and filenames.
 */
public final class BookIndex {

    private final Map<String, List<XdmNode>> ids = new HashMap<>();
    private final List<XdmNode> idrefAttributes = new ArrayList<>();
    private final List<XdmNode> xreflabelled = new ArrayList<>();
    private final List<XdmNode> filenames = new ArrayList<>();
    private final List<XdmNode> elementsWithoutId = new ArrayList<>();

    /** Element names that {@link #elementsWithoutId()} collects (what the id rules look at). */
    static final java.util.Set<String> WANTS_ID = java.util.Set.of("chapter", "appendix", "sect1", "sect2", "sect3",
            "sect4", "sect5", "section", "simplesect", "refentry", "varlistentry");

    public BookIndex(XdmNode document) {
        walk(document.getUnderlyingNode());
    }

    private void walk(NodeInfo parent) {
        for (NodeInfo child : parent.children()) {
            if (child.getNodeKind() == Type.ELEMENT) {
                visit(child);
                walk(child);
            }
        }
    }

    private void visit(NodeInfo element) {
        String name = element.getLocalPart();
        boolean hasId = false;
        if (element.attributes().size() > 0) {
            XdmNode node = new XdmNode(element);
            for (XdmNode a : node.select(Steps.attribute()).toList()) {
                String attr = a.getNodeName().getLocalName();
                if (attr.equals("id") && a.getNodeName().getNamespace().isEmpty()) {
                    hasId = true;
                    ids.computeIfAbsent(a.getStringValue(), k -> new ArrayList<>(1)).add(node);
                } else if (attr.equals("xreflabel")) {
                    xreflabelled.add(node);
                }
                if (a.getUnderlyingNode().isIdref()) {
                    idrefAttributes.add(a);
                }
            }
        }
        if (name.equals("filename")) {
            filenames.add(new XdmNode(element));
        }
        if (!hasId && WANTS_ID.contains(name)) {
            elementsWithoutId.add(new XdmNode(element));
        }
    }

    /** Every id and the elements that declare it (more than one means a duplicate). */
    public Map<String, List<XdmNode>> ids() {
        return ids;
    }

    /** Attribute nodes the DTD types IDREF or IDREFS. */
    public List<XdmNode> idrefAttributes() {
        return idrefAttributes;
    }

    /** Elements with an xreflabel attribute. */
    public List<XdmNode> xreflabelled() {
        return xreflabelled;
    }

    /** Every filename element. */
    public List<XdmNode> filenames() {
        return filenames;
    }

    /** Chapters, appendices, sections of every kind, refentries and varlistentries that have no id. */
    public List<XdmNode> elementsWithoutId() {
        return elementsWithoutId;
    }
}
