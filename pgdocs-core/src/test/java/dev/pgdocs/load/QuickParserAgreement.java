package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pgdocs.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.sf.saxon.om.AttributeInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.type.Type;

/**
 * Holds a load that may use the quick parser (Woodstox) to the same load by the JDK's
 * parser alone: the same failure, or the same findings and the same tree, node by node,
 * with every element's file, line and column and every attribute's value and ID-ness.
 */
public final class QuickParserAgreement {

    private QuickParserAgreement() {
    }

    /** The two loads of {@code master} agree; returns what the quick one loaded, null if both failed. */
    static LoadedBook assertAgree(Path master, Supplier<SourceLoader> loaders) {
        return assertAgree(master, loaders, true);
    }

    /**
     * @param quickExpected whether a book with no findings but missing generated files must
     *                      have been Woodstox's (false for books it refuses on purpose)
     */
    public static LoadedBook assertAgree(Path master, Supplier<SourceLoader> loaders, boolean quickExpected) {
        SourceLoader quickLoader = loaders.get();
        Outcome quick = load(quickLoader, master);
        if (quickExpected && quick.book != null && quick.book.diagnostics().stream()
                .allMatch(d -> d.rule().equals(LoadRules.GENERATED_MISSING.name()))) {
            // a book the parser has nothing to say of is Woodstox's to parse: this is no
            // comparison otherwise (files missing from the content are the resolver's to
            // report, at the reference; one missing from the DTD, version.sgml, sends the
            // book to the JDK's parser, which alone knows the reference's place there)
            assertEquals(1, quickLoader.quickLoads.get(), () -> master + ": the quick parser's tree was not kept");
        }
        Outcome jdk = load(loaders.get().jdkParserOnly(), master);
        assertEquals(jdk.findings, quick.findings, () -> master + ": findings");
        if (jdk.book == null || quick.book == null) {
            assertEquals(jdk.book == null, quick.book == null, () -> master + ": one load failed, the other not");
            return null;
        }
        assertEquals(jdk.book.files(), quick.book.files(), () -> master + ": files");
        assertEquals(jdk.book.standIns(), quick.book.standIns(), () -> master + ": stand-ins");
        assertSameTree(master, jdk.book.document(), quick.book.document());
        return quick.book;
    }

    /**
     * The two loads of {@code master} agree and it loads; returns whether Woodstox's tree
     * was kept (false when the quick parser left the book to the JDK's).
     */
    public static boolean woodstoxKept(Path master, Supplier<SourceLoader> loaders) {
        List<SourceLoader> made = new ArrayList<>();
        LoadedBook book = assertAgree(master, () -> {
            made.add(loaders.get());
            return made.get(made.size() - 1);
        }, false);
        if (book == null) {
            fail(master + " does not load");
        }
        return made.get(0).quickLoads.get() > 0;
    }

    /** One processor and catalog for every load: each new one would cost more than a small book's load. */
    private static final Processor PROCESSOR = new Processor(false);
    private static final Catalog CATALOG = Catalog.builtIn();

    public static SourceLoader loader() {
        return new SourceLoader(PROCESSOR, CATALOG);
    }

    private record Outcome(LoadedBook book, List<String> findings) {
    }

    private static Outcome load(SourceLoader loader, Path master) {
        try {
            LoadedBook book = loader.load(master);
            return new Outcome(book, strings(book.diagnostics()));
        } catch (LoadException e) {
            return new Outcome(null, strings(e.diagnostics()));
        }
    }

    private static List<String> strings(List<Diagnostic> found) {
        return found.stream().map(Diagnostic::toString).toList();
    }

    private static void assertSameTree(Path master, XdmNode expectedNode, XdmNode actualNode) {
        NodeInfo expected = expectedNode.getUnderlyingNode();
        NodeInfo actual = actualNode.getUnderlyingNode();
        String where = describe(expectedNode);
        if (expected.getNodeKind() != actual.getNodeKind()
                || !expected.getDisplayName().equals(actual.getDisplayName())) {
            fail(master + ": " + where + " is " + describe(actualNode) + " by the quick parser");
        }
        if (expected.getNodeKind() == Type.ELEMENT) {
            assertEquals(place(expected), place(actual), () -> master + ": place of " + where);
            assertEquals(attributes(expected), attributes(actual), () -> master + ": attributes of " + where);
        } else if (expected.getNodeKind() != Type.DOCUMENT) {
            assertEquals(expected.getStringValue(), actual.getStringValue(), () -> master + ": text of " + where);
        }
        List<XdmNode> expectedChildren = children(expectedNode);
        List<XdmNode> actualChildren = children(actualNode);
        for (int i = 0; i < Math.min(expectedChildren.size(), actualChildren.size()); i++) {
            assertSameTree(master, expectedChildren.get(i), actualChildren.get(i));
        }
        assertEquals(expectedChildren.size(), actualChildren.size(), () -> master + ": children of " + where);
    }

    private static String place(NodeInfo node) {
        return node.getSystemId() + ":" + node.getLineNumber() + ":" + node.getColumnNumber();
    }

    private static String describe(XdmNode node) {
        NodeInfo info = node.getUnderlyingNode();
        XdmNode parent = node.getParent();
        return info.getNodeKind() == Type.ELEMENT ? "<" + info.getDisplayName() + "> at " + place(info)
                : "node of kind " + info.getNodeKind() + " under " + (parent == null ? "nothing"
                : describe(parent));
    }

    private static TreeMap<String, String> attributes(NodeInfo element) {
        TreeMap<String, String> all = new TreeMap<>();
        for (AttributeInfo a : element.attributes()) {
            all.put(a.getNodeName().getDisplayName(), a.getValue() + (a.isId() ? " (ID)" : ""));
        }
        return all;
    }

    private static List<XdmNode> children(XdmNode node) {
        List<XdmNode> children = new ArrayList<>();
        node.children().forEach(children::add);
        return children;
    }
}
