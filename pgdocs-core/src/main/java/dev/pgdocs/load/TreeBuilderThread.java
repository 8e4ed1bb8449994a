package dev.pgdocs.load;

import dev.pgdocs.sax.SaxEventQueue;
import dev.pgdocs.threads.DaemonThreads;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;

/**
 * Saxon's tree builder on a thread of its own, fed the parser's events through a
 * {@link SaxEventQueue}: the validating parse and the building of the tree, a quarter of a
 * load, each take a core instead of taking turns on one. Saxon sees what it would see
 * reading the parser itself: it configures the parser (through {@link #reader}, before the
 * parse starts), gets every event, with the parser's locations, and the parser's failure
 * thrown from its {@code parse}, which it reports as it would its own.
 */
final class TreeBuilderThread {

    private static final String LEXICAL = "http://xml.org/sax/properties/lexical-handler";

    private final XMLReader parser;
    private final SaxEventQueue queue = SaxEventQueue.locating();
    /** Done when Saxon has configured the reader and starts reading events. */
    private final CompletableFuture<Void> reading = new CompletableFuture<>();
    private final CompletableFuture<XdmNode> tree = new CompletableFuture<>();

    /** @param parser the parser Saxon would have read, to be run on the calling thread by {@link #parse} */
    TreeBuilderThread(XMLReader parser) {
        this.parser = parser;
    }

    /**
     * Parses {@code input} on this thread into a tree built by {@code builder} on another;
     * fails as {@code builder.build} would reading the parser itself.
     */
    XdmNode parse(DocumentBuilder builder, InputSource input) throws SaxonApiException {
        DaemonThreads.start("pgdocs-tree", 0, () -> {
            try {
                tree.complete(ParserNoise.quietly(() -> builder.build(new SAXSource(new Reader(), input))));
            } catch (Throwable e) {
                tree.completeExceptionally(e);
            }
        });
        CompletableFuture.anyOf(reading, tree).join();
        if (!tree.isDone()) {
            try {
                parser.setContentHandler(queue);
                parser.setDTDHandler(queue);
                parser.setProperty(LEXICAL, queue);
                ParserNoise.quietly(() -> {
                    parser.parse(input);
                    return null;
                });
                queue.finish();
            } catch (Throwable e) {
                queue.fail(e);
            }
        }
        try {
            return tree.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SaxonApiException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The reader Saxon is given: its settings go to the parser (the parsing thread waits
     * meanwhile), its handlers get the queue's events.
     */
    private final class Reader implements XMLReader {
        private ContentHandler content;
        private DTDHandler dtd;
        private LexicalHandler lexical;

        @Override
        public void parse(InputSource input) throws IOException, SAXException {
            content.setDocumentLocator(queue.locator());
            reading.complete(null);
            try {
                queue.replayInto(content, lexical, dtd);
            } catch (IOException | SAXException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new SAXException(e);
            }
        }

        @Override
        public void parse(String systemId) throws IOException, SAXException {
            parse(new InputSource(systemId));
        }

        @Override
        public boolean getFeature(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
            return parser.getFeature(name);
        }

        @Override
        public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
            parser.setFeature(name, value);
        }

        @Override
        public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
            return LEXICAL.equals(name) ? lexical : parser.getProperty(name);
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (LEXICAL.equals(name)) {
                lexical = (LexicalHandler) value;
            } else {
                parser.setProperty(name, value);
            }
        }

        @Override
        public void setContentHandler(ContentHandler handler) {
            content = handler;
        }

        @Override
        public ContentHandler getContentHandler() {
            return content;
        }

        @Override
        public void setDTDHandler(DTDHandler handler) {
            dtd = handler;
        }

        @Override
        public DTDHandler getDTDHandler() {
            return dtd;
        }

        /** The parser resolves entities its own way, whatever Saxon asks (as it did reading the parser itself). */
        @Override
        public void setEntityResolver(EntityResolver resolver) {
        }

        @Override
        public EntityResolver getEntityResolver() {
            return parser.getEntityResolver();
        }

        /** The parser's errors are the loader's to report, whatever Saxon asks (likewise). */
        @Override
        public void setErrorHandler(ErrorHandler handler) {
        }

        @Override
        public ErrorHandler getErrorHandler() {
            return parser.getErrorHandler();
        }
    }
}
