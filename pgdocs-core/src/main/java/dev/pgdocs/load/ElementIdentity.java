package dev.pgdocs.load;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Names an element without line numbers, positions or ancestors, so that the name
 * survives edits around it: its id when it has one ({@code sect1 #bgworker}), otherwise
 * its name, attributes and first words ({@code xref linkend="spi"},
 * {@code varlistentry "bgw_name"}). Not its ancestors: giving a section the id it lacked
 * must not rename everything inside it. Elements this cannot tell apart in one file get
 * the same name; whoever compares names counts them.
 */
final class ElementIdentity {

    /** Enough words to tell a list entry or a section by its term or title. */
    private static final int WORDS = 40;

    private ElementIdentity() {
    }

    static String of(XdmNode element) {
        if (element.getNodeKind() != XdmNodeKind.ELEMENT) {
            return null;
        }
        String name = element.getNodeName().getLocalName();
        String id = element.attribute("id");
        if (id != null) {
            return name + " #" + id;
        }
        StringBuilder b = new StringBuilder(name);
        List<XdmNode> attributes = new ArrayList<>();
        element.axisIterator(Axis.ATTRIBUTE).forEachRemaining(attributes::add);
        attributes.stream()
                .sorted((x, y) -> x.getNodeName().toString().compareTo(y.getNodeName().toString()))
                .forEach(a -> b.append(' ').append(a.getNodeName()).append("=\"").append(a.getStringValue()).append('"'));
        String words = firstWords(element);
        if (!words.isEmpty()) {
            b.append(" \"").append(words).append('"');
        }
        return b.toString();
    }

    /** The start of the element's text, spaces collapsed; read only as far as needed. */
    private static String firstWords(XdmNode element) {
        StringBuilder b = new StringBuilder();
        var texts = element.axisIterator(Axis.DESCENDANT);
        while (texts.hasNext()) {
            XdmNode node = texts.next();
            if (node.getNodeKind() == XdmNodeKind.TEXT) {
                for (String word : node.getStringValue().trim().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    if (!b.isEmpty() && b.length() + 1 + word.length() > WORDS) {
                        return b.toString(); // whole words only, so that the name reads as the text does
                    }
                    b.append(b.isEmpty() ? "" : " ").append(word);
                }
            }
        }
        return b.toString();
    }
}
