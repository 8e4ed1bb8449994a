package dev.pgdocs.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.AttributesImpl;

/**
 * What the parser made of one external entity file: its SAX events, each start tag with
 * the file, line and column the parser gave it, and a mark where a nested entity file's
 * own events go. Played back into Saxon, it builds the same nodes, at the same source
 * locations, as parsing the file again would, without reading or scanning it.
 */
final class EntityRecording {

    /** One recorded event, played back into Saxon's handlers. */
    private interface Event {
        void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException;
    }

    private record Start(String uri, String local, String qName, Attributes attributes, String systemId, int line,
                         int column) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            at.set(systemId, line, column);
            content.startElement(uri, local, qName, attributes);
        }
    }

    private record End(String uri, String local, String qName) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            content.endElement(uri, local, qName);
        }
    }

    private record Text(char[] chars, boolean ignorable) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            if (ignorable) {
                content.ignorableWhitespace(chars, 0, chars.length);
            } else {
                content.characters(chars, 0, chars.length);
            }
        }
    }

    private record Instruction(String target, String data) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            content.processingInstruction(target, data);
        }
    }

    private record Comment(char[] chars) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            if (lexical != null) {
                lexical.comment(chars, 0, chars.length);
            }
        }
    }

    private record Cdata(boolean start) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            if (lexical != null) {
                if (start) {
                    lexical.startCDATA();
                } else {
                    lexical.endCDATA();
                }
            }
        }
    }

    /** A namespace declaration coming into scope (uri) or going out of it (null). */
    private record PrefixMapping(String prefix, String uri) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) throws SAXException {
            if (uri != null) {
                content.startPrefixMapping(prefix, uri);
            } else {
                content.endPrefixMapping(prefix);
            }
        }
    }

    private record Nested(Path file) implements Event {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at) {
            throw new IllegalStateException("played by EntityRecording.play");
        }
    }

    private final Path file;
    private final FileStamp stamp;
    private final List<Event> events = new ArrayList<>();
    private final List<String> roots = new ArrayList<>();
    private final List<Path> nested = new ArrayList<>();
    private int depth;

    EntityRecording(Path file, FileStamp stamp) {
        this.file = file;
        this.stamp = stamp;
    }

    Path file() {
        return file;
    }

    FileStamp stamp() {
        return stamp;
    }

    /** The names of the file's top-level elements: what the element around the reference sees. */
    List<String> roots() {
        return roots;
    }

    /** The entity files referred to inside this one, in order. */
    List<Path> nested() {
        return nested;
    }

    void startElement(String uri, String local, String qName, Attributes attributes, String systemId, int line,
                      int column) {
        if (depth++ == 0) {
            roots.add(qName);
        }
        events.add(new Start(uri, local, qName, new AttributesImpl(attributes), systemId, line, column));
    }

    void endElement(String uri, String local, String qName) {
        depth--;
        events.add(new End(uri, local, qName));
    }

    void characters(char[] chars, int start, int length, boolean ignorable) {
        char[] copy = new char[length];
        System.arraycopy(chars, start, copy, 0, length);
        events.add(new Text(copy, ignorable));
    }

    void processingInstruction(String target, String data) {
        events.add(new Instruction(target, data));
    }

    void comment(char[] chars, int start, int length) {
        char[] copy = new char[length];
        System.arraycopy(chars, start, copy, 0, length);
        events.add(new Comment(copy));
    }

    void cdata(boolean start) {
        events.add(new Cdata(start));
    }

    void prefixMapping(String prefix, String uri) {
        events.add(new PrefixMapping(prefix, uri));
    }

    void nested(Path nestedFile) {
        nested.add(nestedFile);
        events.add(new Nested(nestedFile));
    }

    /**
     * Plays the events into Saxon's handlers, nested files' from their own recordings;
     * every file played goes to {@code played}.
     */
    void play(ContentHandler content, LexicalHandler lexical, ReplayLocator at, ParsedEntities entities,
              List<Path> played) throws SAXException {
        for (Event event : events) {
            if (event instanceof Nested n) {
                played.add(n.file());
                entities.recording(n.file()).orElseThrow().play(content, lexical, at, entities, played);
            } else {
                event.play(content, lexical, at);
            }
        }
    }
}
