package dev.pgdocs.load;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.sax.SaxEvent;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.xml.sax.ext.EntityResolver2;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a master file (or a bare chapter) and everything it includes into one Saxon
 * tree, validating against the DocBook DTD from the jar. Woodstox parses a book first
 * ({@link WoodstoxSaxReader}); a book it has anything to say of is parsed again by the
 * JDK's parser, whose complaints this class turns into diagnostics at the right file and
 * line, and which alone gives the entity boundaries {@code serve} records. With the JDK's
 * parser the tree is built on a thread of its own, beside the parse ({@link TreeBuilderThread}).
 */
public final class SourceLoader {

    /** At most this many entity references may be expanded: PostgreSQL's manual needs a few thousand. */
    static final int ENTITY_EXPANSION_LIMIT = 100_000;
    /**
     * At most this many characters may come from entities in all, and at most this many
     * nodes: both about twenty times PostgreSQL's manual (11 million characters, 0.3
     * million nodes), so that a book ten times its size loads (the JDK's defaults, 50
     * million characters and 3 million nodes, stop one at 5 to 10 times) while an entity
     * bomb is still stopped.
     */
    static final int TOTAL_ENTITY_SIZE_LIMIT = 250_000_000;
    static final int ENTITY_REPLACEMENT_LIMIT = 7_000_000;
    /**
     * One parameter entity, in a DTD, may hold at most this many characters: JDK 17's
     * default. DocBook's largest is a few thousand; JDK 24's new default (15,000) is set
     * here so that the limit does not move with the JDK the tool runs on.
     */
    static final int PARAMETER_ENTITY_SIZE_LIMIT = 1_000_000;
    /** At most this many attributes on one element: JDK 17's default (JDK 24 lowers it to 200). */
    static final int ELEMENT_ATTRIBUTE_LIMIT = 10_000;

    /**
     * Elements may nest at most this deep: the stylesheets recurse once per level or more,
     * and a deeper tree would run HTML and PDF out of stack. PostgreSQL's manuals (14, 18)
     * nest 18 deep.
     */
    static final int MAX_DEPTH = 256;

    /** After this many entity files that cannot be parsed, loading stops looking for more. */
    static final int MAX_BROKEN_FILES = 20;

    /** The rule of everything that keeps the sources from being read into a tree (exit 3). */
    static final String LOAD_RULE = "load";

    private static final String VALIDATION = "http://xml.org/sax/features/validation";
    private static final String JAXP = "http://www.oracle.com/xml/jaxp/properties/";

    /**
     * Validity messages that {@code check} reports better itself: IDREF failures (the parser
     * puts them all at the end of the master file, and knows nothing of inventories) and
     * duplicate ids (the parser names only the second place).
     */
    /**
     * An entity the DTD and the DOCTYPE do not declare: to the parser a validity error
     * (the entity could be declared in a DTD it did not read), but pgdocs reads the whole DTD,
     * so the text is missing from the book.
     */
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("The entity \".*\" was referenced, but not declared\\.");

    /** How the JDK's parser fails, with no message of its own, on a DOCTYPE after the first element. */
    private static final Pattern DOCTYPE_IN_CONTENT = Pattern.compile("Scanner State 24 not Recognized");

    /** Bytes that are not UTF-8 in a file that declares no other encoding. */
    /** Masters' own root elements: a file that starts with one is a book, not a chapter to wrap. */
    private static final Set<String> BOOK_ROOTS = Set.of("book", "set");
    /** How the JDK's parser says that a text declaration (an included file's) lacks its encoding. */
    private static final Pattern TEXT_DECLARATION_WITHOUT_ENCODING = Pattern.compile(
            "More pseudo attributes are expected\\.");
    private static final Pattern NOT_UTF8 = Pattern.compile("Invalid byte \\d+ of \\d+-byte UTF-8 sequence\\.");

    private static final Pattern LEFT_TO_CHECKER = Pattern.compile(
            "An element with the identifier \".*\" must appear in the document\\."
                    + "|Attribute value \".*\" of type ID must be unique within the document\\.");

    private final Processor processor;
    private final Catalog catalog;
    private final PgVersion version;
    /** How many loads the quick parser's tree was kept for: for the tests, which must know they tried it. */
    final java.util.concurrent.atomic.AtomicInteger quickLoads = new java.util.concurrent.atomic.AtomicInteger();
    /** Whether Woodstox parses first (see {@link #parse}); off with -Dpgdocs.parser=jdk, to compare. */
    private boolean quickParser = !"jdk".equals(System.getProperty("pgdocs.parser"));

    public SourceLoader(Processor processor, Catalog catalog) {
        this(processor, catalog, null);
    }

    /**
     * @param version the PostgreSQL version the manual is built for (--pg-version); null to
     *                take it from version.sgml or the source tree
     */
    public SourceLoader(Processor processor, Catalog catalog, PgVersion version) {
        this.processor = processor;
        this.catalog = catalog;
        this.version = version;
    }

    /** This loader with the JDK's parser alone: what the quick parser's results are held to. */
    SourceLoader jdkParserOnly() {
        quickParser = false;
        return this;
    }

    /**
     * Loads a book.
     *
     * @throws LoadException when the sources cannot be made into a tree; validity
     *                       problems do not throw, they come back as diagnostics
     */
    public LoadedBook load(Path masterFile) throws LoadException {
        return load(masterFile, null);
    }

    /**
     * Loads a book, playing back the entity files in {@code entities} that have not
     * changed, and keeping there what it parsed (see {@link ParsedEntities}).
     */
    public LoadedBook load(Path masterFile, ParsedEntities entities) throws LoadException {
        Path master = masterFile.toAbsolutePath().normalize();
        LoadedBook book = entities != null && entities.sameDeclarations() ? load(master, entities, true) : null;
        if (book == null) {
            book = load(master, entities, false);
        }
        if (entities != null) {
            entities.loaded(book.files(), book.diagnostics());
            entities.stoodIn(book.standIns(), book.leftOut());
        }
        return book;
    }

    /**
     * One load; with {@code replay}, null when an edited entity file no longer starts
     * with the elements it did (the book must then be parsed whole).
     *
     * <p>The parser stops at the first malformed spot. So that one broken file does not
     * hide the problems of the others, an entity file that stops it is noted and the book
     * is parsed again without it, until the only stop left is in the master (or there is
     * none); then every problem found, in every file, comes out together.
     */
    private LoadedBook load(Path master, ParsedEntities entities, boolean replay) throws LoadException {
        String text = readMaster(master);
        Prolog prolog = Prolog.of(text);
        if (!prolog.hasDoctype() && prolog.rootElement().filter(BOOK_ROOTS::contains).isPresent()
                && !text.contains("<!DOCTYPE")) {
            // a chapter on its own is wrapped in a book; a book cannot be, and without the
            // DTD its entities and validity are nowhere (a DOCTYPE after the first element
            // is told at its own line, by the parser)
            throw new LoadException(new SourceLocation(master, prolog.rootLine(), prolog.rootColumn()),
                    "<" + prolog.rootElement().get() + "> without a DOCTYPE: a master declares the DocBook DTD"
                            + " before its first element, as <!DOCTYPE " + prolog.rootElement().get() + " PUBLIC \""
                            + BareChapterWrapper.DOCBOOK_PUBLIC_ID + "\" \"" + BareChapterWrapper.DOCBOOK_SYSTEM_ID
                            + "\">", null);
        }
        Map<Path, List<Diagnostic>> broken = new LinkedHashMap<>();
        while (true) {
            if (entities != null) {
                entities.starting(); // counts this attempt's playbacks only
            }
            Attempt attempt = parse(master, prolog, entities, replay, broken.keySet());
            if (attempt.stop == null) {
                // a file that could not be read changes the children around its reference as an
                // edit of its first elements does, and its finding is placed in the file that
                // names it, which a replay keeps the old findings of: parse the book whole
                if (replay && (attempt.filter.rootsChanged
                        || attempt.diagnostics.stream().anyMatch(SourceLoader::unreadable))) {
                    return null;
                }
                return loaded(master, entities, replay, attempt, broken);
            }
            Path file = attempt.stop.location().file();
            boolean skippable = file != null && !file.equals(master) && !broken.containsKey(file)
                    && attempt.filter.resolver.contentFiles().contains(file) && !bookWideLimit(attempt.stop);
            if (!skippable) {
                throw failed(attempt.diagnostics, broken, attempt.stop);
            }
            if (broken.size() == MAX_BROKEN_FILES) {
                attempt.diagnostics.add(Diagnostic.error(attempt.stop.location(), LOAD_RULE, "pgdocs stops looking"
                        + " after " + (MAX_BROKEN_FILES + 1) + " files that cannot be parsed; there may be more"));
                throw failed(attempt.diagnostics, broken, attempt.stop);
            }
            // the parse of this file up to its stop counts; the rest of it is unknown
            List<Diagnostic> inFile = new ArrayList<>(List.of(attempt.stop));
            attempt.diagnostics.stream().filter(d -> file.equals(d.location().file())).forEach(inFile::add);
            broken.put(file, inFile);
        }
    }

    /**
     * Whether a stop is one of the parser's limits on the whole book (entity expansions,
     * characters or nodes from entities, counted across every file): the file it stops in
     * is only where the count ran out, and parsing again without it would stop in the
     * next one, each time reading the whole book.
     */
    private static boolean bookWideLimit(Diagnostic stop) {
        return stop.message().contains("JAXP00010");
    }

    /** The book of a parse that went to the end; an exception if anything could not be read. */
    private LoadedBook loaded(Path master, ParsedEntities entities, boolean replay, Attempt attempt,
                              Map<Path, List<Diagnostic>> broken) throws LoadException {
        List<Diagnostic> found = attempt.diagnostics;
        if (replay) {
            found = entities.merge(found, attempt.filter.parsedFiles);
        }
        if (!broken.isEmpty() || found.stream().anyMatch(SourceLoader::unreadable)) {
            throw failed(found, broken, null);
        }
        if (replay) {
            found.sort(null);
        }
        Path root = master.getParent();
        List<Path> standIns = attempt.filter.resolver.standIns();
        List<Path> leftOut = attempt.filter.resolver.leftOut();
        if (replay) {
            standIns = entities.standIns(standIns);
            leftOut = entities.leftOut(leftOut);
        }
        return new LoadedBook(attempt.document, master, root, List.copyOf(attempt.files), List.copyOf(found),
                attempt.locator, pgVersion(root), List.copyOf(standIns), List.copyOf(leftOut));
    }

    /** Whether a finding means the sources could not all be read (exit 3), not merely that they are invalid. */
    private static boolean unreadable(Diagnostic d) {
        return d.isError() && d.rule().equals(LOAD_RULE);
    }

    /** Everything a failed load found, in file order, the stop and the broken files' stops among it. */
    private static LoadException failed(List<Diagnostic> found, Map<Path, List<Diagnostic>> broken,
                                        Diagnostic stop) {
        List<Diagnostic> all = new ArrayList<>(found);
        broken.values().forEach(all::addAll);
        if (stop != null) {
            all.add(stop);
        }
        all.sort(null);
        return new LoadException(all);
    }

    /**
     * One parse of the book, skipping the {@code broken} entity files: by Woodstox where it
     * may be used and finds nothing to say, else by the JDK's parser. Woodstox is the quick
     * one; the JDK's parser is the one whose messages, places and recovery pgdocs reports
     * (see {@link WoodstoxSaxReader}). A book that records its entity files ({@code serve})
     * needs the entity boundaries only the JDK's parser gives.
     */
    private Attempt parse(Path master, Prolog prolog, ParsedEntities entities, boolean replay, Set<Path> broken)
            throws LoadException {
        if (quickParser && entities == null && broken.isEmpty()) {
            Attempt quick = parse(master, prolog, entities, replay, broken, true);
            // Woodstox stops at anything the parser would say; what the resolver says (a
            // generated file missing) comes the same from either
            if (quick.stop == null && !quick.filter.placeUnknown) {
                quickLoads.incrementAndGet();
                return quick;
            }
            Timings.note("parsed again by the JDK's parser: " + (quick.stop != null ? quick.stop.message()
                    : "a finding in the DTD, whose place only the JDK's parser gives"));
        }
        return parse(master, prolog, entities, replay, broken, false);
    }

    private Attempt parse(Path master, Prolog prolog, ParsedEntities entities, boolean replay, Set<Path> broken,
                          boolean woodstox) throws LoadException {
        Attempt attempt = new Attempt();
        attempt.files.add(master);
        try {
            attempt.filter = newFilter(master.getParent(), attempt.files, attempt.diagnostics, broken, woodstox);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
        attempt.filter.entities = entities;
        attempt.filter.replay = replay;

        InputSource input;
        if (prolog.hasDoctype()) {
            input = new InputSource(master.toUri().toString());
        } else {
            try {
                input = new InputSource(new StringReader(
                        BareChapterWrapper.wrap(master, prolog.rootElement().orElse("chapter"))));
            } catch (IOException e) {
                throw new LoadException(SourceLocation.of(master), "cannot list the directory of " + master
                        + ": " + ReadFailure.reason(e), e);
            }
            input.setSystemId(master.toUri().toString());
        }

        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        try {
            // Woodstox parses quickly enough that handing its events to a tree-building
            // thread costs more than it saves (PostgreSQL 14: load 1.03 s against 1.17 s)
            attempt.document = woodstox ? builder.build(new SAXSource(attempt.filter, input))
                    : new TreeBuilderThread(attempt.filter).parse(builder, input);
        } catch (SaxonApiException e) {
            attempt.stop = attempt.filter.failure(e, master);
        }
        if (attempt.stop == null && attempt.filter.fatal != null) {
            attempt.stop = attempt.filter.failure(null, master);
        }
        return attempt;
    }

    /** What one parse made and found. */
    private static final class Attempt {
        final Set<Path> files = new LinkedHashSet<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final ElementLocator locator = new ElementLocator();
        LocatingFilter filter;
        XdmNode document;
        /** Where the parser stopped, if it did not get to the end. */
        Diagnostic stop;
    }

    /** pg.version for the stylesheets: as given, else as version.sgml or the source tree say. */
    private PgVersion pgVersion(Path root) {
        if (version != null) {
            return version;
        }
        return PgVersion.ofVersionSgml(root).or(() -> PgVersion.ofSourceTree(root)).orElse(PgVersion.DEVEL);
    }

    /**
     * The master's text, for its prolog only (the parser reads it again, in its declared
     * encoding): the markup that decides between a master and a bare chapter is ASCII, so
     * any byte-per-character reading finds it, whatever the encoding and even where the
     * bytes are not valid in it; the parser reports those at their line.
     */
    private static String readMaster(Path master) throws LoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(master);
        } catch (IOException e) {
            throw new LoadException(SourceLocation.of(master), ReadFailure.of(e), e);
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        return new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
    }

    private LocatingFilter newFilter(Path root, Set<Path> files, List<Diagnostic> diagnostics, Set<Path> broken,
                                     boolean woodstox) throws ParserConfigurationException, SAXException {
        WoodstoxSaxReader quick = woodstox ? new WoodstoxSaxReader(ENTITY_EXPANSION_LIMIT) : null;
        LocatingFilter filter = new LocatingFilter(quick != null ? quick : jdkParser(), diagnostics);
        filter.resolver = new OfflineEntityResolver(catalog, root, () -> filter.locator, files, version,
                filter.elements::peek, found -> {
                    // a finding in the DTD (version.sgml missing) would have no true place
                    if (quick != null && quick.placeUnknown()) {
                        filter.placeUnknown = true;
                    }
                    diagnostics.add(found);
                }, broken);
        return filter;
    }

    private static XMLReader jdkParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setProperty(JAXP + "entityExpansionLimit", String.valueOf(ENTITY_EXPANSION_LIMIT));
        reader.setProperty(JAXP + "totalEntitySizeLimit", String.valueOf(TOTAL_ENTITY_SIZE_LIMIT));
        reader.setProperty(JAXP + "entityReplacementLimit", String.valueOf(ENTITY_REPLACEMENT_LIMIT));
        // JDK 24 and later ship stricter defaults in conf/jaxp.properties: one entity at most
        // 100,000 characters (PostgreSQL 14's syntax.sgml has 100,019), at most 2,500
        // expansions, elements at most 100 deep. Every limit is therefore set here, so that a
        // book loads the same on every JDK; one file may be as large as the whole book, and
        // depth is ours to limit (MAX_DEPTH, with a message that says why).
        reader.setProperty(JAXP + "maxGeneralEntitySizeLimit", String.valueOf(TOTAL_ENTITY_SIZE_LIMIT));
        reader.setProperty(JAXP + "maxParameterEntitySizeLimit", String.valueOf(PARAMETER_ENTITY_SIZE_LIMIT));
        reader.setProperty(JAXP + "elementAttributeLimit", String.valueOf(ELEMENT_ATTRIBUTE_LIMIT));
        reader.setProperty(JAXP + "maxElementDepth", "0");
        reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
        return reader;
    }

    /**
     * Sits between the JDK parser and Saxon: keeps the parser's locator for messages, and
     * keeps entity resolution and error handling ours even if Saxon installs its own.
     */
    private static final class LocatingFilter extends XMLFilterImpl
            implements ErrorHandler, LexicalHandler, EntityResolver2 {
        private static final String LEXICAL = "http://xml.org/sax/properties/lexical-handler";
        private final List<Diagnostic> diagnostics;
        private OfflineEntityResolver resolver;
        private Locator locator;
        private final ReplayLocator saxonLocator = new ReplayLocator();
        /** The names of the elements open, innermost first: what a missing generated file's stand-in must fit. */
        private final java.util.ArrayDeque<String> elements = new java.util.ArrayDeque<>();
        /** The depths (elements open) at which an entity was left out: that element's content is not whole. */
        private final java.util.BitSet leftOutAt = new java.util.BitSet();
        private LexicalHandler saxonLexical;
        // keeping and playing back entity files (pgdocs serve); both off for a plain load
        private ParsedEntities entities;
        private boolean replay;
        private boolean rootsChanged;
        private final Set<Path> parsedFiles = new java.util.HashSet<>();
        private Path pendingReplay;
        private Path pendingRecord;
        /** Per open entity: its recording, or null for one that is not recorded. */
        private final java.util.ArrayDeque<Optional<EntityRecording>> open = new java.util.ArrayDeque<>();
        private EntityRecording recording;
        private SAXParseException fatal;
        /** Whether the quick parser could not give a finding's place (the book is parsed again). */
        private boolean placeUnknown;
        private String lastSystemId;
        private int lastLine;
        private int lastColumn;
        /** Whether the parse is past the prolog: a load held after it waits there (PrologGate). */
        private boolean pastProlog;

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
            if (!pastProlog) {
                prologRead(); // a book without a DOCTYPE has no endDTD
            }
            if (locator != null && locator.getSystemId() != null) {
                // plain fields: this runs for every element, a Path per element would cost
                lastSystemId = locator.getSystemId();
                lastLine = locator.getLineNumber();
                lastColumn = locator.getColumnNumber();
            }
            if (recording != null && locator != null) {
                recording.startElement(uri, localName, qName, atts, locator.getSystemId(), locator.getLineNumber(),
                        locator.getColumnNumber());
            }
            if (elements.size() == MAX_DEPTH) {
                fatal = new SAXParseException("<" + qName + "> would be element " + (MAX_DEPTH + 1) + " in a chain"
                        + " of nested elements: pgdocs allows " + MAX_DEPTH + " levels, which no manual needs and"
                        + " beyond which HTML and PDF would run out of stack", locator);
                throw fatal;
            }
            elements.push(qName);
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            saxonLocator.parser(locator);
            super.setDocumentLocator(saxonLocator);
        }

        /** Saxon's lexical handler is kept, and this filter stands in for it, to see entity boundaries. */
        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (LEXICAL.equals(name)) {
                saxonLexical = (LexicalHandler) value;
                super.setProperty(name, this);
            } else {
                super.setProperty(name, value);
            }
        }

        @Override
        public void startEntity(String name) throws SAXException {
            if (saxonLexical != null) {
                saxonLexical.startEntity(name);
            }
            Path replayed = pendingReplay;
            Path recorded = pendingRecord;
            pendingReplay = null;
            pendingRecord = null;
            if (name.startsWith("%") || name.equals("[dtd]")) {
                open.push(Optional.empty());
            } else if (replayed != null) {
                open.push(Optional.empty());
                List<Path> played = new ArrayList<>();
                entities.recording(replayed).orElseThrow().play(getContentHandler(), saxonLexical, saxonLocator,
                        entities, played);
                saxonLocator.done();
                resolver.read(played);
                entities.played(1 + played.size());
            } else if (recorded != null && entities != null) {
                FileStamp stamp = FileStamp.of(recorded).orElse(null);
                EntityRecording next = new EntityRecording(recorded, stamp);
                if (recording != null) {
                    recording.nested(recorded);
                }
                open.push(Optional.of(next));
                recording = next;
                parsedFiles.add(recorded);
            } else {
                open.push(Optional.empty()); // an internal entity: its text belongs to the file around it
            }
        }

        @Override
        public void endEntity(String name) throws SAXException {
            Optional<EntityRecording> closed = open.isEmpty() ? Optional.empty() : open.pop();
            if (closed.isPresent()) {
                EntityRecording done = closed.get();
                EntityRecording before = entities.recording(done.file()).orElse(null);
                boolean topLevel = open.stream().noneMatch(Optional::isPresent);
                if (replay && topLevel && (before == null || !before.roots().equals(done.roots()))) {
                    rootsChanged = true;
                }
                if (done.stamp() != null) {
                    entities.keep(done);
                }
                recording = open.stream().flatMap(Optional::stream).findFirst().orElse(null);
            }
            if (saxonLexical != null) {
                saxonLexical.endEntity(name);
            }
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            if (saxonLexical != null) {
                saxonLexical.startDTD(name, publicId, systemId);
            }
        }

        @Override
        public void endDTD() throws SAXException {
            if (saxonLexical != null) {
                saxonLexical.endDTD();
            }
            prologRead();
        }

        private void prologRead() throws SAXException {
            pastProlog = true;
            if (entities != null) {
                entities.prologRead();
            }
        }

        @Override
        public void startCDATA() throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.cdata(true));
            }
            if (saxonLexical != null) {
                saxonLexical.startCDATA();
            }
        }

        @Override
        public void endCDATA() throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.cdata(false));
            }
            if (saxonLexical != null) {
                saxonLexical.endCDATA();
            }
        }

        @Override
        public void comment(char[] ch, int start, int length) throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.comment(ch, start, length));
            }
            if (saxonLexical != null) {
                saxonLexical.comment(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (recording != null) {
                recording.endElement(uri, localName, qName);
            }
            leftOutAt.clear(elements.size());
            elements.poll();
            super.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.characters(ch, start, length, false));
            }
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.characters(ch, start, length, true));
            }
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.startPrefixMapping(prefix, uri));
            }
            super.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.endPrefixMapping(prefix));
            }
            super.endPrefixMapping(prefix);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (recording != null) {
                recording.add(SaxEvent.processingInstruction(target, data));
            }
            super.processingInstruction(target, data);
        }

        /**
         * As the JDK's parser asks: the system identifier as written, and the base of the
         * entity that declared it, made absolute as Woodstox's reader makes it
         * ({@link SystemIds#absolute}). The JDK's own expansion gives up on a name beyond
         * ASCII ("kapitel-ü.sgml") and passed it on relative, which the resolver took for
         * a remote identifier and refused.
         */
        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId)
                throws SAXException {
            return resolveEntity(publicId, SystemIds.absolute(systemId, baseURI));
        }

        /** None: a book without a DOCTYPE gets no DTD it did not ask for. */
        @Override
        public InputSource getExternalSubset(String name, String baseURI) {
            return null;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            try {
                InputSource source = resolver.resolveEntity(publicId, systemId);
                Path file = entities == null || source.getPublicId() != null ? null
                        : SystemIds.toPath(source.getSystemId());
                if (file != null && replay && recording == null && entities.replayable(file)) {
                    // unchanged since it was recorded: its events are played back at startEntity
                    pendingReplay = file;
                    InputSource empty = new InputSource(new StringReader(""));
                    empty.setSystemId(source.getSystemId());
                    return empty;
                }
                pendingRecord = file;
                if (OfflineEntityResolver.leftOut(source)) {
                    leftOutAt.set(elements.size());
                }
                return source;
            } catch (SAXParseException e) {
                if (fatal == null) {
                    fatal = e;
                }
                throw e;
            }
        }

        @Override
        public void warning(SAXParseException e) {
            diagnostics.add(Diagnostic.warning(locationOf(e), LoadRules.DTD.name(), e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            String message = String.valueOf(e.getMessage());
            if (UNDECLARED_ENTITY.matcher(message).matches()) {
                // a validity error to the parser, but its text is lost: the book cannot be read
                diagnostics.add(Diagnostic.error(locationOf(e), LOAD_RULE, message));
            } else if (!LEFT_TO_CHECKER.matcher(message).matches() && !aboutLeftOut(message)) {
                diagnostics.add(LoadRules.DTD.at(locationOf(e), message));
            }
        }

        /**
         * Whether a content-model error is about the element closing now, which lost an
         * entity that was left out (and reported): its content is unknown, not wrong.
         */
        private boolean aboutLeftOut(String message) {
            return leftOutAt.get(elements.size())
                    && message.startsWith("The content of element type \"" + elements.peek() + "\"");
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            if (fatal == null) {
                fatal = e;
            }
            throw e;
        }

        /** Where and why the parse stopped, as a diagnostic. */
        Diagnostic failure(Exception thrown, Path master) {
            if (fatal != null) {
                return Diagnostic.error(locationOf(fatal), LOAD_RULE, explained(fatal.getMessage()));
            }
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof SAXParseException p) {
                    return Diagnostic.error(locationOf(p), LOAD_RULE, explained(p.getMessage()));
                }
                if (t instanceof IOException io) {
                    return Diagnostic.error(here(master), LOAD_RULE, ReadFailure.of(io));
                }
            }
            String message = thrown == null ? "unknown failure" : String.valueOf(thrown.getMessage());
            if (DOCTYPE_IN_CONTENT.matcher(message).find()) {
                message = "a DOCTYPE is allowed only at the start of the master file, before its first element";
            } else {
                message = "the XML parser stopped: " + message.replaceFirst("^[\\w.]+Exception: ", "");
            }
            return Diagnostic.error(here(master), LOAD_RULE, message);
        }

        private static String explained(String message) {
            if (message != null && TEXT_DECLARATION_WITHOUT_ENCODING.matcher(message).matches()) {
                return "this file is read as an included part of a book (as a chapter without a DOCTYPE is too),"
                        + " and there an XML declaration must name the encoding, e.g. <?xml version=\"1.0\""
                        + " encoding=\"UTF-8\"?>, or be left out";
            }
            if ("InvalidCharInLiteral".equals(message)) {
                // the JDK's parser has no text for this one, and says only its key
                return "An invalid XML character was found in a quoted value in the DTD, such as an entity's"
                        + " replacement text.";
            }
            if (message != null && NOT_UTF8.matcher(message).matches()) {
                return message + " The file is not UTF-8: declare its encoding in an XML declaration at its top,"
                        + " e.g. <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>";
            }
            return message;
        }

        /** Where the parser is: for failures that come without a place of their own. */
        private SourceLocation here(Path master) {
            if (locator != null && locator.getSystemId() != null) {
                return new SourceLocation(SystemIds.toPath(locator.getSystemId()),
                        Math.max(locator.getLineNumber(), 0), Math.max(locator.getColumnNumber(), 0));
            }
            return SourceLocation.of(master);
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
