package dev.pgdocs.sax;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.AttributesImpl;

/**
 * One SAX event, kept to be played later into other handlers: the loader keeps an entity
 * file's events to build its nodes again without parsing it (serve), and the PDF writer
 * hands the FO stylesheet's events to FOP's thread. The factories copy what a parser may
 * reuse after the call (character arrays, attributes).
 */
public interface SaxEvent {

    /**
     * Plays the event into {@code content}, or into {@code lexical} for comments and CDATA
     * bounds (dropped when it is null).
     */
    void play(ContentHandler content, LexicalHandler lexical) throws SAXException;

    static SaxEvent startDocument() {
        return StartDocument.EVENT;
    }

    static SaxEvent endDocument() {
        return EndDocument.EVENT;
    }

    static SaxEvent startElement(String uri, String localName, String qName, Attributes attributes) {
        return new StartElement(uri, localName, qName, new AttributesImpl(attributes));
    }

    static SaxEvent endElement(String uri, String localName, String qName) {
        return new EndElement(uri, localName, qName);
    }

    /** Text; {@code ignorable} whitespace is played back as such. */
    static SaxEvent characters(char[] chars, int start, int length, boolean ignorable) {
        char[] copy = new char[length];
        System.arraycopy(chars, start, copy, 0, length);
        return new Characters(copy, ignorable);
    }

    static SaxEvent processingInstruction(String target, String data) {
        return new ProcessingInstruction(target, data);
    }

    static SaxEvent comment(char[] chars, int start, int length) {
        char[] copy = new char[length];
        System.arraycopy(chars, start, copy, 0, length);
        return new Comment(copy);
    }

    /** The start ({@code start}) or end of a CDATA section. */
    static SaxEvent cdata(boolean start) {
        return start ? CdataBound.START : CdataBound.END;
    }

    static SaxEvent startPrefixMapping(String prefix, String uri) {
        return new StartPrefix(prefix, uri);
    }

    static SaxEvent endPrefixMapping(String prefix) {
        return new EndPrefix(prefix);
    }

    enum StartDocument implements SaxEvent {
        EVENT;

        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.startDocument();
        }
    }

    enum EndDocument implements SaxEvent {
        EVENT;

        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.endDocument();
        }
    }

    record StartElement(String uri, String localName, String qName, Attributes attributes) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.startElement(uri, localName, qName, attributes);
        }
    }

    record EndElement(String uri, String localName, String qName) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.endElement(uri, localName, qName);
        }
    }

    record Characters(char[] chars, boolean ignorable) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            if (ignorable) {
                content.ignorableWhitespace(chars, 0, chars.length);
            } else {
                content.characters(chars, 0, chars.length);
            }
        }
    }

    record ProcessingInstruction(String target, String data) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.processingInstruction(target, data);
        }
    }

    record Comment(char[] chars) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            if (lexical != null) {
                lexical.comment(chars, 0, chars.length);
            }
        }
    }

    enum CdataBound implements SaxEvent {
        START, END;

        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            if (lexical != null) {
                if (this == START) {
                    lexical.startCDATA();
                } else {
                    lexical.endCDATA();
                }
            }
        }
    }

    record StartPrefix(String prefix, String uri) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.startPrefixMapping(prefix, uri);
        }
    }

    record EndPrefix(String prefix) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            content.endPrefixMapping(prefix);
        }
    }
}
