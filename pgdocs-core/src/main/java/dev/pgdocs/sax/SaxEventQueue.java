package dev.pgdocs.sax;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;

/**
 * SAX events handed from one thread to another, so that producer and consumer each run
 * on a core of their own instead of taking turns on one: the FO stylesheet (Saxon) and
 * FOP, the parser and Saxon's tree builder. The producing thread writes events into this
 * handler; the consuming thread replays them, in batches, into the real handlers with
 * {@link #replayInto}. The queue is bounded: the producer stays at most a few thousand
 * events ahead, so the events are never held whole.
 *
 * <p>A queue made {@link #locating()} also carries where the producer's locator was at
 * each start tag, comment and processing instruction (all the builder reads it for), and
 * sets {@link #locator()} to it as each is replayed.
 */
public final class SaxEventQueue implements ContentHandler, LexicalHandler, DTDHandler {

    /** Events per batch: few enough hand-overs that they cost nothing next to the events. */
    private static final int BATCH = 4096;
    /** Batches the producer may be ahead by. */
    private static final int AHEAD = 16;

    /** The last batch: the producer is done, or failed with {@code failure}. */
    private record Finished(Throwable failure) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) {
        }
    }

    /** Where the producer's locator was at the next event. */
    private record At(String systemId, String publicId, int line, int column) implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) {
            throw new IllegalStateException("played by SaxEventQueue.replayInto");
        }
    }

    /** The lexical events that only bracket others (DTD, entities): rare, so one record. */
    private record Bound(int kind, String name, String publicId, String systemId) implements SaxEvent {
        static final int START_DTD = 0;
        static final int END_DTD = 1;
        static final int START_ENTITY = 2;
        static final int END_ENTITY = 3;

        @Override
        public void play(ContentHandler content, LexicalHandler lexical) throws SAXException {
            if (lexical == null) {
                return;
            }
            switch (kind) {
                case START_DTD -> lexical.startDTD(name, publicId, systemId);
                case END_DTD -> lexical.endDTD();
                case START_ENTITY -> lexical.startEntity(name);
                default -> lexical.endEntity(name);
            }
        }
    }

    /** A notation or unparsed entity declared in the DTD. */
    private record Declared(boolean notation, String name, String publicId, String systemId, String notationName)
            implements SaxEvent {
        @Override
        public void play(ContentHandler content, LexicalHandler lexical) {
            throw new IllegalStateException("played by SaxEventQueue.replayInto");
        }

        void play(DTDHandler dtd) throws SAXException {
            if (notation) {
                dtd.notationDecl(name, publicId, systemId);
            } else {
                dtd.unparsedEntityDecl(name, publicId, systemId, notationName);
            }
        }
    }

    private final BlockingQueue<SaxEvent[]> queue = new ArrayBlockingQueue<>(AHEAD);
    private final boolean locating;
    private SaxEvent[] batch = new SaxEvent[BATCH];
    private int size;
    private volatile boolean cancelled;
    /** The producer's locator, for a locating queue. */
    private Locator from;
    private final PlayedLocator played = new PlayedLocator();

    private SaxEventQueue(boolean locating) {
        this.locating = locating;
    }

    /** A queue of the events alone: the consumer has a locator of its own. */
    public SaxEventQueue() {
        this(false);
    }

    /** A queue that carries the producer's locations too, for {@link #locator()}. */
    public static SaxEventQueue locating() {
        return new SaxEventQueue(true);
    }

    // ---- producing thread

    @Override
    public void setDocumentLocator(Locator locator) {
        if (locating) {
            from = locator;
        }
    }

    @Override
    public void startDocument() throws SAXException {
        stamp();
        add(SaxEvent.startDocument());
    }

    @Override
    public void endDocument() throws SAXException {
        add(SaxEvent.endDocument());
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        add(SaxEvent.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        add(SaxEvent.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        stamp();
        add(SaxEvent.startElement(uri, localName, qName, atts));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        add(SaxEvent.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        add(SaxEvent.characters(ch, start, length, false));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        add(SaxEvent.characters(ch, start, length, true));
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        stamp();
        add(SaxEvent.processingInstruction(target, data));
    }

    @Override
    public void skippedEntity(String name) {
        // neither consumer keeps a trace of an entity the parser did not read
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        stamp();
        add(SaxEvent.comment(ch, start, length));
    }

    @Override
    public void startCDATA() throws SAXException {
        add(SaxEvent.cdata(true));
    }

    @Override
    public void endCDATA() throws SAXException {
        add(SaxEvent.cdata(false));
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
        add(new Bound(Bound.START_DTD, name, publicId, systemId));
    }

    @Override
    public void endDTD() throws SAXException {
        add(new Bound(Bound.END_DTD, null, null, null));
    }

    @Override
    public void startEntity(String name) throws SAXException {
        add(new Bound(Bound.START_ENTITY, name, null, null));
    }

    @Override
    public void endEntity(String name) throws SAXException {
        add(new Bound(Bound.END_ENTITY, name, null, null));
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) throws SAXException {
        add(new Declared(true, name, publicId, systemId, null));
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName)
            throws SAXException {
        add(new Declared(false, name, publicId, systemId, notationName));
    }

    /** The producer is done: hands over what is left. */
    public void finish() throws SAXException {
        add(new Finished(null));
        flush();
    }

    /** The producer failed: the consumer throws {@code failure}. */
    public void fail(Throwable failure) {
        try {
            add(new Finished(failure));
            flush();
        } catch (SAXException e) {
            // the consumer has given up already
        }
    }

    private void stamp() throws SAXException {
        if (from != null) {
            add(new At(from.getSystemId(), from.getPublicId(), from.getLineNumber(), from.getColumnNumber()));
        }
    }

    private void add(SaxEvent event) throws SAXException {
        batch[size++] = event;
        if (size == BATCH) {
            flush();
        }
    }

    private void flush() throws SAXException {
        if (size == 0) {
            return;
        }
        SaxEvent[] full = batch;
        if (size < BATCH) {
            full = java.util.Arrays.copyOf(batch, size);
        }
        batch = new SaxEvent[BATCH];
        size = 0;
        try {
            // the consumer that gave up stops the producer at its next batch, queue full or not
            while (cancelled || !queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new SAXException("the consumer of the SAX events stopped reading them");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SAXException("interrupted while handing over SAX events", e);
        }
    }

    // ---- consuming thread

    /** Where the event being replayed was, for a locating queue: the locator to give the consumer. */
    public Locator locator() {
        return played;
    }

    /** {@link #replayInto(ContentHandler, LexicalHandler, DTDHandler)} with no lexical or DTD handler. */
    public void replayInto(ContentHandler to) throws Exception {
        replayInto(to, null, null);
    }

    /**
     * Replays every event into the handlers (lexical and DTD events are dropped where
     * there is none) until the producer is done; throws what the producer failed with.
     * If a handler throws, the producer is stopped at its next batch.
     */
    public void replayInto(ContentHandler to, LexicalHandler lexical, DTDHandler dtd) throws Exception {
        try {
            while (true) {
                for (SaxEvent event : queue.take()) {
                    if (event instanceof Finished done) {
                        if (done.failure() instanceof Exception e) {
                            throw e;
                        }
                        if (done.failure() instanceof Error e) {
                            throw e;
                        }
                        return;
                    }
                    if (event instanceof At at) {
                        played.at = at;
                    } else if (event instanceof Declared declared) {
                        if (dtd != null) {
                            declared.play(dtd);
                        }
                    } else {
                        event.play(to, lexical);
                    }
                }
            }
        } catch (Exception | Error e) {
            cancelled = true;
            queue.clear();
            throw e;
        }
    }

    /** The location of the last event replayed that carried one. */
    private static final class PlayedLocator implements Locator {
        private At at = new At(null, null, 0, 0);

        @Override
        public String getPublicId() {
            return at.publicId();
        }

        @Override
        public String getSystemId() {
            return at.systemId();
        }

        @Override
        public int getLineNumber() {
            return at.line();
        }

        @Override
        public int getColumnNumber() {
            return at.column();
        }
    }
}
