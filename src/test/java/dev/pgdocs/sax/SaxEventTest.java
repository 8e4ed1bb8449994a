package dev.pgdocs.sax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.AttributesImpl;

/** Events kept and played back are the events given, whatever the parser does with its buffers afterwards. */
class SaxEventTest {

    /** Writes down what it is played, one line per event. */
    private static final class Transcript extends DefaultHandler2 {
        final List<String> lines = new ArrayList<>();

        @Override
        public void startDocument() {
            lines.add("start document");
        }

        @Override
        public void endDocument() {
            lines.add("end document");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            lines.add("<" + qName + (atts.getLength() > 0 ? " " + atts.getQName(0) + "=" + atts.getValue(0) : "") + ">");
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            lines.add("</" + qName + ">");
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            lines.add("text " + new String(ch, start, length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            lines.add("ignorable " + length);
        }

        @Override
        public void processingInstruction(String target, String data) {
            lines.add("<?" + target + " " + data + "?>");
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            lines.add("<!--" + new String(ch, start, length) + "-->");
        }

        @Override
        public void startCDATA() {
            lines.add("<![CDATA[");
        }

        @Override
        public void endCDATA() {
            lines.add("]]>");
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            lines.add("xmlns:" + prefix + "=" + uri);
        }

        @Override
        public void endPrefixMapping(String prefix) {
            lines.add("end xmlns:" + prefix);
        }
    }

    @Test
    void eventsPlayBackInOrderFromCopiesOfWhatTheParserLent() throws Exception {
        char[] buffer = "xxhello".toCharArray();
        AttributesImpl atts = new AttributesImpl();
        atts.addAttribute("", "id", "id", "CDATA", "a");
        List<SaxEvent> kept = new ArrayList<>();
        kept.add(SaxEvent.startDocument());
        kept.add(SaxEvent.startPrefixMapping("x", "urn:x"));
        kept.add(SaxEvent.startElement("", "para", "para", atts));
        kept.add(SaxEvent.characters(buffer, 2, 5, false));
        kept.add(SaxEvent.characters(buffer, 0, 2, true));
        kept.add(SaxEvent.comment(buffer, 2, 5));
        kept.add(SaxEvent.cdata(true));
        kept.add(SaxEvent.cdata(false));
        kept.add(SaxEvent.processingInstruction("pi", "data"));
        kept.add(SaxEvent.endElement("", "para", "para"));
        kept.add(SaxEvent.endPrefixMapping("x"));
        kept.add(SaxEvent.endDocument());
        // what a parser does with its buffers once the call returns
        java.util.Arrays.fill(buffer, '!');
        atts.setValue(0, "changed");

        Transcript played = new Transcript();
        for (SaxEvent event : kept) {
            event.play(played, played);
        }
        assertEquals(List.of("start document", "xmlns:x=urn:x", "<para id=a>", "text hello", "ignorable 2",
                "<!--hello-->", "<![CDATA[", "]]>", "<?pi data?>", "</para>", "end xmlns:x", "end document"),
                played.lines);
    }

    @Test
    void withoutALexicalHandlerCommentsAndCdataBoundsAreDropped() throws Exception {
        Transcript played = new Transcript();
        for (SaxEvent event : List.of(SaxEvent.comment("c".toCharArray(), 0, 1), SaxEvent.cdata(true),
                SaxEvent.characters("t".toCharArray(), 0, 1, false), SaxEvent.cdata(false))) {
            event.play(played, null);
        }
        assertEquals(List.of("text t"), played.lines);
    }
}
