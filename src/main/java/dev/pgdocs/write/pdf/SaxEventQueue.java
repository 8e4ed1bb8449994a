package dev.pgdocs.write.pdf;

import dev.pgdocs.sax.SaxEvent;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.ext.LexicalHandler;

/**
 * SAX events handed from one thread to another, so that the FO stylesheet (Saxon) and
 * FOP each run on a core of their own instead of taking turns on one. The producing
 * thread writes events into this handler; the consuming thread replays them, in
 * batches, into the real handler with {@link #replayInto}. The queue is bounded: the
 * stylesheet stays at most a few thousand events ahead, so the FO is never held whole.
 * The events are {@link SaxEvent}s, as the loader keeps an entity file's.
 */
final class SaxEventQueue implements ContentHandler {

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

    private final BlockingQueue<SaxEvent[]> queue = new ArrayBlockingQueue<>(AHEAD);
    private SaxEvent[] batch = new SaxEvent[BATCH];
    private int size;
    private volatile boolean cancelled;

    // ---- producing thread

    @Override
    public void setDocumentLocator(Locator locator) {
        // the consumer has a locator of its own (FoStream)
    }

    @Override
    public void startDocument() throws SAXException {
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
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        add(SaxEvent.processingInstruction(target, data));
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
                    event.play(to, null);
                }
            }
        } catch (Exception | Error e) {
            cancelled = true;
            queue.clear();
            throw e;
        }
    }
}
