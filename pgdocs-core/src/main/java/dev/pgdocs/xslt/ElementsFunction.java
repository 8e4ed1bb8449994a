package dev.pgdocs.xslt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.om.NamePool;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.type.Type;

/**
 * {@code pgdocs:elements($node, $names)}: the elements of the document {@code $node} is in
 * whose local names are among {@code $names} (DocBook's, in no namespace), in document
 * order. The book-wide lists of the stylesheets (pages, numbered chapters and formal
 * objects) start from these.
 *
 * <p>Why not XSLT: asked as {@code //(a|b|c)}, Saxon tests every element against each
 * name in turn; as a key of elements by name, it indexes every element of the book first.
 * On PostgreSQL 18 that key was two thirds of rendering one page on a freshly loaded tree,
 * which serve does on every save. A loaded book is a tiny tree, whose arrays of node
 * kinds and names this reads in one pass.
 */
public final class ElementsFunction implements ExtensionFunction {

    @Override
    public QName getName() {
        return new QName(LocationFunction.NAMESPACE, "elements");
    }

    @Override
    public SequenceType getResultType() {
        return SequenceType.makeSequenceType(ItemType.ELEMENT_NODE, OccurrenceIndicator.ZERO_OR_MORE);
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {
            SequenceType.makeSequenceType(ItemType.ANY_NODE, OccurrenceIndicator.ONE),
            SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ZERO_OR_MORE)};
    }

    @Override
    public XdmValue call(XdmValue[] arguments) {
        XdmNode root = ((XdmNode) arguments[0].itemAt(0)).getRoot();
        Set<String> names = new HashSet<>();
        for (XdmItem name : arguments[1]) {
            names.add(name.getStringValue());
        }
        return new XdmValue(root.getUnderlyingNode() instanceof TinyNodeImpl tiny ? inTinyTree(tiny, names)
                : walking(root, names));
    }

    private static List<XdmNode> inTinyTree(TinyNodeImpl root, Set<String> names) {
        TinyTree tree = root.getTree();
        NamePool pool = tree.getNamePool();
        Set<Integer> fingerprints = new HashSet<>();
        for (String name : names) {
            int fingerprint = pool.getFingerprint(NamespaceUri.NULL, name);
            if (fingerprint >= 0) { // (-1: no node anywhere has that name)
                fingerprints.add(fingerprint);
            }
        }
        boolean[] wanted = new boolean[fingerprints.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        fingerprints.forEach(fp -> wanted[fp] = true);
        byte[] kinds = tree.getNodeKindArray();
        int[] nameCodes = tree.getNameCodeArray();
        short[] depths = tree.getNodeDepthArray();
        List<XdmNode> found = new ArrayList<>();
        int start = root.getNodeNumber();
        int depth = depths[start];
        // the root's subtree: the nodes after it that lie deeper (a tiny tree may hold more than one document)
        for (int node = start + 1, count = tree.getNumberOfNodes(); node < count && depths[node] > depth; node++) {
            // (an element holding text alone is a kind of its own there)
            if (kinds[node] == Type.ELEMENT || kinds[node] == Type.TEXTUAL_ELEMENT) {
                int fingerprint = nameCodes[node] & NamePool.FP_MASK;
                if (fingerprint < wanted.length && wanted[fingerprint]) {
                    found.add(new XdmNode(tree.getNode(node)));
                }
            }
        }
        return found;
    }

    /** Any other tree, node by node. */
    private static List<XdmNode> walking(XdmNode root, Set<String> names) {
        List<XdmNode> found = new ArrayList<>();
        root.axisIterator(Axis.DESCENDANT).forEachRemaining(node -> {
            if (node.getNodeKind() == XdmNodeKind.ELEMENT && names.contains(node.getNodeName().getLocalName())
                    && node.getNodeName().getNamespace().isEmpty()) {
                found.add(node);
            }
        });
        return found;
    }
}
