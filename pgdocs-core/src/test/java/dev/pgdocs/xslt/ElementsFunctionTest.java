package dev.pgdocs.xslt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.om.TreeModel;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import org.junit.jupiter.api.Test;

/**
 * pgdocs:elements gives what {@code //*[local-name() = $names][namespace-uri() = '']}
 * gives, in document order, on the tiny trees books are loaded into and on any other tree.
 */
class ElementsFunctionTest {

    private static final String BOOK = """
            <book><title>B</title>
              <chapter id="c1"><title>One</title>
                <sect1 id="s1"><title>S</title><para>text<table><title>T</title></table></para></sect1>
                <x:sect1 xmlns:x="urn:elsewhere"><title>not DocBook's</title></x:sect1>
                <sect1 id="s2"><title>S2</title><sect2 id="s21"><title>Deeper</title></sect2></sect1>
              </chapter>
              <appendix id="a"><title>A</title><sect1 id="s3"><title>S3</title></sect1></appendix>
            </book>
            """;

    private final Processor processor = new Processor(false);

    private XdmNode parse(TreeModel model) throws Exception {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setTreeModel(model);
        return builder.build(new StreamSource(new StringReader(BOOK)));
    }

    private static List<String> elements(XdmNode from, String... names) {
        List<XdmAtomicValue> wanted = new ArrayList<>();
        for (String name : names) {
            wanted.add(new XdmAtomicValue(name));
        }
        XdmValue found = new ElementsFunction().call(new XdmValue[] {from, new XdmValue(wanted)});
        List<String> out = new ArrayList<>();
        for (XdmItem item : found) {
            XdmNode node = (XdmNode) item;
            String id = node.attribute("id");
            out.add(node.getNodeName().getLocalName() + (id == null ? "" : "#" + id));
        }
        return out;
    }

    private List<String> byXPath(XdmNode document, String... names) throws Exception {
        var compiler = processor.newXPathCompiler();
        compiler.declareVariable(new net.sf.saxon.s9api.QName("names"));
        XPathSelector select = compiler.compile("//*[local-name() = $names][namespace-uri() = '']").load();
        List<XdmAtomicValue> wanted = new ArrayList<>();
        for (String name : names) {
            wanted.add(new XdmAtomicValue(name));
        }
        select.setVariable(new net.sf.saxon.s9api.QName("names"), new XdmValue(wanted));
        select.setContextItem(document);
        List<String> out = new ArrayList<>();
        for (XdmItem item : select.evaluate()) {
            XdmNode node = (XdmNode) item;
            String id = node.attribute("id");
            out.add(node.getNodeName().getLocalName() + (id == null ? "" : "#" + id));
        }
        return out;
    }

    @Test
    void theNamedElementsOfTheWholeDocumentInDocumentOrder() throws Exception {
        for (TreeModel model : List.of(TreeModel.TINY_TREE, TreeModel.LINKED_TREE)) {
            XdmNode document = parse(model);
            assertEquals(List.of("chapter#c1", "sect1#s1", "sect1#s2", "sect2#s21", "appendix#a", "sect1#s3"),
                    elements(document, "sect1", "appendix", "sect2", "chapter"), model.getName());
            assertEquals(byXPath(document, "sect1", "table", "title"), elements(document, "sect1", "table", "title"),
                    model.getName());
            // from any node of it, as key() does
            XdmNode table = document.select(net.sf.saxon.s9api.streams.Steps.descendant("table")).findFirst()
                    .orElseThrow();
            assertEquals(List.of("book", "table"), elements(table, "table", "book"), model.getName());
            assertEquals(List.of(), elements(document, "glossary", "nothing-is-named-so"), model.getName());
            assertEquals(List.of(), elements(document), model.getName());
        }
        assertInstanceOf(TinyNodeImpl.class, parse(TreeModel.TINY_TREE).getUnderlyingNode());
    }
}
