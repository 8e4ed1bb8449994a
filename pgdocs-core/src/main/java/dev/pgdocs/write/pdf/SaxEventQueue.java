package dev.pgdocs.write.pdf;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * SAX events handed from one thread to another, so that the FO stylesheet (Saxon) and
 * FOP each run on a core of their own instead of taking turns on one. The producing
 * thread writes events into this handler; the consuming thread replays them, in
 * batches, into the real handler with {@link #replayInto}. The queue is bounded: the
 * stylesheet stays at most a few thousand events ahead, so the FO is never held whole.
 */
final class SaxEventQueue implements ContentHandler {

    /** Events per batch: few enough hand-overs that they cost nothing next to the events. */
    private static final int BATCH = 4096;
    /** Batches the producer may be ahead by. */
    private static final int AHEAD = 16;

    private interface Event {
        void replay(ContentHandler to) throws SAXException;
    }

    private record StartElement(String uri, String localName, String qName, Attributes atts) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.startElement(uri, localName, qName, atts);
        }
    }

    private record EndElement(String uri, String localName, String qName) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.endElement(uri, localName, qName);
        }
    }

    private record Characters(char[] text) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.characters(text, 0, text.length);
        }
    }

    private record StartPrefix(String prefix, String uri) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.startPrefixMapping(prefix, uri);
        }
    }

    private record EndPrefix(String prefix) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.endPrefixMapping(prefix);
        }
    }

    private record ProcessingInstruction(String target, String data) implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.processingInstruction(target, data);
        }
    }

    private record StartDocument() implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.startDocument();
        }
    }

    private record EndDocument() implements Event {
        public void replay(ContentHandler to) throws SAXException {
            to.endDocument();
        }
    }

    /** The last batch: the producer is done, or failed with {@code failure}. */
    private record Finished(Throwable failure) implements Event {
        public void replay(ContentHandler to) {
        }
    }

    private final BlockingQueue<Event[]> queue = new ArrayBlockingQueue<>(AHEAD);
    private Event[] batch = new Event[BATCH];
    private int size;
    private volatile boolean cancelled;

    // ---- producing thread

    @Override
    public void setDocumentLocator(Locator locator) {
        // the consumer has a locator of its own (FoStream)
    }

    @Override
    public void startDocument() throws SAXException {
        add(new StartDocument());
    }

    @Override
    public void endDocument() throws SAXException {
        add(new EndDocument());
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        add(new StartPrefix(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        add(new EndPrefix(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        add(new StartElement(uri, localName, qName, new AttributesImpl(atts)));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        add(new EndElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        char[] text = new char[length];
        System.arraycopy(ch, start, text, 0, length);
        add(new Characters(text));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        add(new ProcessingInstruction(target, data));
    }

    @Override
    public void skippedEntity(String name) {
        // the stylesheet's output has no entities
    }

    /** The producer is done: hands over what is left. */
    void finish() throws SAXException {
        add(new Finished(null));
        flush();
    }

    /** The producer failed: the consumer throws {@code failure}. */
    void fail(Throwable failure) {
        try {
            add(new Finished(failure));
            flush();
        } catch (SAXException e) {
            // the consumer has given up already
        }
    }

    private void add(Event event) throws SAXException {
        batch[size++] = event;
        if (size == BATCH) {
            flush();
        }
    }

    private void flush() throws SAXException {
        if (size == 0) {
            return;
        }
        Event[] full = batch;
        if (size < BATCH) {
            full = java.util.Arrays.copyOf(batch, size);
        }
        batch = new Event[BATCH];
        size = 0;
        try {
            while (!queue.offer(full, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new SAXException("the PDF writer stopped reading the FO");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SAXException("interrupted while handing over FO", e);
        }
    }

    // ---- consuming thread

    /**
     * Replays every event into {@code to} until the producer is done; throws what the
     * producer failed with. If {@code to} throws, the producer is stopped at its next batch.
     */
    void replayInto(ContentHandler to) throws Exception {
        try {
            while (true) {
                for (Event event : queue.take()) {
                    if (event instanceof Finished done) {
                        if (done.failure() instanceof Exception e) {
                            throw e;
                        }
                        if (done.failure() instanceof Error e) {
                            throw e;
                        }
                        return;
                    }
                    event.replay(to);
                }
            }
        } catch (Exception | Error e) {
            cancelled = true;
            queue.clear();
            throw e;
        }
    }
}
