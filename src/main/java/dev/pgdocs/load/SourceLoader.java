package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a master file (or a bare chapter) and everything it includes into one Saxon
 * tree, validating against the DocBook DTD from the jar. The JDK's parser does the
 * parsing and the entity limits; this class decides what may be read and turns its
 * complaints into diagnostics at the right file and line.
 */
public final class SourceLoader {

    /** At most this many entity references may be expanded: PostgreSQL's manual needs a few thousand. */
    static final int ENTITY_EXPANSION_LIMIT = 100_000;
    /** At most this many characters may come from entities in all: ten times the manual. */
    static final int TOTAL_ENTITY_SIZE_LIMIT = 100_000_000;

    private static final String VALIDATION = "http://xml.org/sax/features/validation";
    private static final String JAXP = "http://www.oracle.com/xml/jaxp/properties/";

    /**
     * Validity messages that {@code check} reports better itself: IDREF failures (the parser
     * puts them all at the end of the master file, and knows nothing of inventories) and
     * duplicate ids (the parser names only the second place).
     */
    private static final Pattern LEFT_TO_CHECKER = Pattern.compile(
            "An element with the identifier \".*\" must appear in the document\\."
                    + "|Attribute value \".*\" of type ID must be unique within the document\\.");

    private final Processor processor;
    private final Catalog catalog;

    public SourceLoader(Processor processor, Catalog catalog) {
        this.processor = processor;
        this.catalog = catalog;
    }

    /**
     * Loads a book.
     *
     * @throws LoadException when the sources cannot be made into a tree; validity
     *                       problems do not throw, they come back as diagnostics
     */
    public LoadedBook load(Path masterFile) throws LoadException {
        Path master = masterFile.toAbsolutePath().normalize();
        Path root = master.getParent();
        String text = readMaster(master);

        Set<Path> files = new LinkedHashSet<>();
        files.add(master);
        List<Diagnostic> diagnostics = new ArrayList<>();
        ElementLocator locator = new ElementLocator();

        LocatingFilter filter;
        try {
            filter = newFilter(root, files, diagnostics);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }

        Prolog prolog = Prolog.of(text);
        InputSource input;
        if (prolog.hasDoctype()) {
            input = new InputSource(master.toUri().toString());
        } else {
            try {
                input = new InputSource(new StringReader(
                        BareChapterWrapper.wrap(master, prolog.rootElement().orElse("chapter"))));
            } catch (IOException e) {
                throw new LoadException(SourceLocation.of(master), "cannot list the directory of " + master, e);
            }
            input.setSystemId(master.toUri().toString());
        }

        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        XdmNode document;
        try {
            document = builder.build(new SAXSource(filter, input));
        } catch (SaxonApiException e) {
            throw filter.failure(e, master);
        }
        if (filter.fatal != null) {
            throw filter.failure(null, master);
        }
        return new LoadedBook(document, master, root, List.copyOf(files), List.copyOf(diagnostics), locator);
    }

    private static String readMaster(Path master) throws LoadException {
        try {
            return Files.readString(master, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LoadException(SourceLocation.of(master), "file not found", e);
        } catch (IOException | RuntimeException e) {
            throw new LoadException(SourceLocation.of(master), "cannot read file: " + e.getMessage(), e);
        }
    }

    private LocatingFilter newFilter(Path root, Set<Path> files, List<Diagnostic> diagnostics)
            throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setProperty(JAXP + "entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
        reader.setProperty(JAXP + "totalEntitySizeLimit", String.valueOf(TOTAL_ENTITY_SIZE_LIMIT));
        reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
        LocatingFilter filter = new LocatingFilter(reader, diagnostics);
        filter.resolver = new OfflineEntityResolver(catalog, root, () -> filter.locator, files);
        return filter;
    }

    /**
     * Sits between the JDK parser and Saxon: keeps the parser's locator for messages, and
     * keeps entity resolution and error handling ours even if Saxon installs its own.
     */
    private static final class LocatingFilter extends XMLFilterImpl implements ErrorHandler {
        private final List<Diagnostic> diagnostics;
        private OfflineEntityResolver resolver;
        private Locator locator;
        private SAXParseException fatal;
        private String lastSystemId;
        private int lastLine;
        private int lastColumn;

        LocatingFilter(XMLReader parent, List<Diagnostic> diagnostics) {
            super(parent);
            this.diagnostics = diagnostics;
        }

        /** Saxon switches validation off to match its own settings; pgdocs always validates. */
        @Override
        public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (!VALIDATION.equals(name)) {
                super.setFeature(name, value);
            }
        }

        /**
         * Remembers where the last start tag was: limit errors raised inside an internal
         * entity come with no file, and this is the nearest place a user can look at.
         */
        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
                throws SAXException {
            if (locator != null && locator.getSystemId() != null) {
                // plain fields: this runs for every element, a Path per element would cost
                lastSystemId = locator.getSystemId();
                lastLine = locator.getLineNumber();
                lastColumn = locator.getColumnNumber();
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            try {
                return resolver.resolveEntity(publicId, systemId);
            } catch (SAXParseException e) {
                if (fatal == null) {
                    fatal = e;
                }
                throw e;
            }
        }

        @Override
        public void warning(SAXParseException e) {
            diagnostics.add(Diagnostic.warning(locationOf(e), "dtd", e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            if (!LEFT_TO_CHECKER.matcher(String.valueOf(e.getMessage())).matches()) {
                diagnostics.add(Diagnostic.error(locationOf(e), "dtd", e.getMessage()));
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            if (fatal == null) {
                fatal = e;
            }
            throw e;
        }

        LoadException failure(Exception thrown, Path master) {
            if (fatal != null) {
                return new LoadException(locationOf(fatal), fatal.getMessage(), thrown == null ? fatal : thrown);
            }
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof SAXParseException p) {
                    return new LoadException(locationOf(p), p.getMessage(), thrown);
                }
                if (t instanceof IOException io) {
                    return new LoadException(SourceLocation.of(master), "cannot read: " + io.getMessage(), thrown);
                }
            }
            String message = thrown == null ? "unknown failure" : thrown.getMessage();
            return new LoadException(SourceLocation.of(master), message, thrown);
        }

        private SourceLocation locationOf(SAXParseException e) {
            if (e.getSystemId() == null || e.getSystemId().isEmpty()) {
                if (locator != null && locator.getSystemId() != null) {
                    return new SourceLocation(SystemIds.toPath(locator.getSystemId()),
                            Math.max(locator.getLineNumber(), 0), Math.max(locator.getColumnNumber(), 0));
                }
                if (lastSystemId != null) {
                    return new SourceLocation(SystemIds.toPath(lastSystemId), lastLine, lastColumn);
                }
            }
            Path file = SystemIds.toPath(e.getSystemId());
            return new SourceLocation(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0));
        }

    }
}
