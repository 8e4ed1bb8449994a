package dev.pgdocs.load;

import dev.pgdocs.sax.SaxEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;

/**
 * What the parser made of one external entity file: its SAX events, each start tag with
 * the file, line and column the parser gave it, and a mark where a nested entity file's
 * own events go; the events are {@link SaxEvent}s, as the PDF writer keeps them. Played
 * back into Saxon, it builds the same nodes, at the same source locations, as parsing the
 * file again would, without reading or scanning it.
 */
final class EntityRecording {

    /** Where the next start tag was written: set on the locator Saxon reads as the start is played. */
    private record At(String systemId, int line, int column) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) {
            throw new IllegalStateException("played by EntityRecording.play");
        }
    }

    /** Where a nested entity file's own events go. */
    private record Nested(Path file) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) {
            throw new IllegalStateException("played by EntityRecording.play");
        }
    }

    private final Path file;
    private final FileStamp stamp;
    private final List<SaxEvent> events = new ArrayList<>();
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
        events.add(new At(systemId, line, column));
        events.add(SaxEvent.startElement(uri, local, qName, attributes));
    }

    void endElement(String uri, String local, String qName) {
        depth--;
        events.add(SaxEvent.endElement(uri, local, qName));
    }

    /** Any other event of the file (text, comments, instructions, CDATA bounds, prefix mappings). */
    void add(SaxEvent event) {
        events.add(event);
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
        for (SaxEvent event : events) {
            if (event instanceof At where) {
                at.set(where.systemId(), where.line(), where.column());
            } else if (event instanceof Nested n) {
                played.add(n.file());
                entities.recording(n.file()).orElseThrow().play(content, lexical, at, entities, played);
            } else {
                event.play(content, lexical);
            }
        }
    }
}
