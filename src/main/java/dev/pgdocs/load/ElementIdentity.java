package dev.pgdocs.load;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Names an element without line numbers or positions, so that the name survives edits
 * elsewhere in the file: its id when it has one ({@code sect1 #bgworker}), otherwise its
 * name, attributes and first words, inside the nearest ancestor that has an id
 * ({@code xref linkend="spi" in #xfunc-c}, {@code varlistentry "bgw_name" in #bgworker}).
 * Two elements that this cannot tell apart get the same name; whoever compares names
 * counts them.
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
        for (XdmNode up = element.getParent(); up != null && up.getNodeKind() == XdmNodeKind.ELEMENT; up = up.getParent()) {
            String upId = up.attribute("id");
            if (upId != null) {
                return b.append(" in #").append(upId).toString();
            }
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
