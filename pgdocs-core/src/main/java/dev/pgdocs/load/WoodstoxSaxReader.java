package dev.pgdocs.load;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.dtd.DTDSubset;
import com.ctc.wstx.ent.EntityDecl;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import org.codehaus.stax2.DTDInfo;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamLocation2;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.validation.XMLValidationException;
import org.codehaus.stax2.validation.XMLValidationProblem;
import org.codehaus.stax2.validation.XMLValidator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;

/**
 * A SAX reader over Woodstox's validating stream parser: the loader's quick way in. It
 * validates against the DTD as the JDK's parser does, in well under half the time (see
 * bench/parsers.sh), and gives the same events, locations and entity resolution.
 *
 * <p>It is only ever used for a book it finds nothing wrong with. At its first complaint,
 * of any kind, it gives up with {@link Refused}, and the loader parses again with the
 * JDK's parser, whose messages, recovery and places are what pgdocs reports. The only
 * complaints it lets pass are those the JDK's parser makes too and the loader leaves to
 * {@code check}: links to ids that are not in the book, and ids used twice. It also gives
 * up where the two parsers would make different trees of a valid book (each place says
 * why): a namespace declaration, an element from an internal entity, a CDATA section of
 * white space, an unparsed entity. QuickParserTest and its kin hold the two to the same
 * findings and the same tree.
 *
 * <p>It gives no entity boundaries (Woodstox expands entities out of sight), so it serves
 * loads that do not record entity files (everything but {@code serve}).
 */
final class WoodstoxSaxReader implements XMLReader, Locator {

    private static final String LEXICAL = "http://xml.org/sax/properties/lexical-handler";

    /** Woodstox's wording for the two complaints that {@code check} reports better itself. */
    private static final Pattern LEFT_TO_CHECKER = Pattern.compile("(Undefined|Duplicate) id '.*",
            Pattern.DOTALL);

    /** Why Woodstox gave up: the loader parses again with the JDK's parser, which says it properly. */
    static final class Refused extends SAXException {
        // the message only: Saxon throws a SAX exception's embedded runtime exception as it is
        Refused(Exception why) {
            super(why.getClass().getSimpleName() + ": " + why.getMessage());
        }
    }

    private final int entityExpansionLimit;
    private ContentHandler content;
    private DTDHandler dtd;
    private EntityResolver resolver;
    private ErrorHandler errors;
    private LexicalHandler lexical;
    private XMLStreamReader2 stream;
    private final StreamAttributes attributes = new StreamAttributes();
    /** Until the root's start tag: Woodstox reads the DTD, and its places then are not the references'. */
    private boolean inDtd = true;
    /** What the place fields hold: the place itself, or which place of the current event to work out. */
    private enum Place { KNOWN, AFTER_TAG, AT_EVENT }
    private Place placed = Place.KNOWN;
    /** How many inputs are open where the current event is (see {@link #depth}). */
    private int inputs = 1;
    /**
     * The content's external entities, each as its depth and system identifier: an element
     * whose place is none of these nor the master is written in an internal entity.
     */
    private final Set<String> externalEntities = new HashSet<>();
    /** The elements the DTD allows only elements in (white space between them is ignorable). */
    private final Set<String> elementOnlyNames = new HashSet<>();
    /** By depth (the root is 1): whether the element open there allows only elements. */
    private final BitSet elementOnly = new BitSet();
    // the place of the current event, as the JDK's parser gives it (after a start tag's '>')
    private String systemId;
    private int line;
    private int column;
    // the last system identifier as Woodstox gave it, and as the loader gave it (see systemId())
    private String lastWoodstoxId;
    private String lastSystemId;

    /** @param entityExpansionLimit at most this many entity references expanded, as the JDK's parser is told */
    WoodstoxSaxReader(int entityExpansionLimit) {
        this.entityExpansionLimit = entityExpansionLimit;
    }

    @Override
    public void parse(InputSource input) throws SAXException {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, true);
        factory.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, entityExpansionLimit);
        // every entity, the DTD's included, goes through the loader's resolver: nothing is fetched
        factory.setXMLResolver(this::resolve);
        try {
            stream = (XMLStreamReader2) factory.createXMLStreamReader(streamSource(input));
            stream.setValidationProblemHandler(WoodstoxSaxReader::judge);
            systemId = input.getSystemId();
            externalEntities.add("1 " + systemId);
            content.setDocumentLocator(this);
            content.startDocument();
            events();
            content.endDocument();
            stream.close();
        } catch (XMLStreamException e) {
            throw refused(e);
        } catch (RuntimeException e) {
            // Woodstox wraps what a handler threw; a handler's own failure is the parse's
            Throwable cause = e.getCause();
            if (cause instanceof SAXException s) {
                throw s;
            }
            throw refused(e);
        }
    }

    /**
     * Whether the place this reader gives now is not where the JDK's parser would be: in
     * the DTD, where an entity reference's place is known to Woodstox alone.
     */
    boolean placeUnknown() {
        return inDtd;
    }

    private static Refused refused(Exception e) {
        return new Refused(e);
    }

    /** A complaint from the validator: left to {@code check}, or the end of this parser's part. */
    private static void judge(XMLValidationProblem problem) throws XMLValidationException {
        String message = String.valueOf(problem.getMessage());
        if (problem.getSeverity() < XMLValidationProblem.SEVERITY_FATAL && LEFT_TO_CHECKER.matcher(message).matches()) {
            return;
        }
        throw XMLValidationException.createException(problem);
    }

    private void events() throws XMLStreamException, SAXException {
        int depth = 0;
        while (stream.hasNext()) {
            int event = stream.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    inDtd = false;
                    placed = Place.AFTER_TAG;
                    fix();
                    if (!externalEntities.contains(inputs + " " + systemId)) {
                        // written in an internal entity: the JDK's parser places it in the file
                        // the entity is used in, Woodstox in the one that declares it
                        throw new Refused(new XMLStreamException("<" + stream.getLocalName()
                                + "> from an internal entity"));
                    }
                    if (stream.getNamespaceCount() > 0) {
                        // to the DTD a namespace declaration is an attribute like any other, which
                        // the JDK's parser validates and Woodstox does not; DocBook 4 has none
                        throw new Refused(new XMLStreamException("a namespace declaration on <"
                                + stream.getLocalName() + ">"));
                    }
                    attributes.of(stream);
                    elementOnly.set(depth + 1, elementOnlyNames.contains(qName(stream.getPrefix(),
                            stream.getLocalName())));
                    content.startElement(orEmpty(stream.getNamespaceURI()), stream.getLocalName(),
                            qName(stream.getPrefix(), stream.getLocalName()), attributes);
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    placed = Place.AT_EVENT;
                    content.endElement(orEmpty(stream.getNamespaceURI()), stream.getLocalName(),
                            qName(stream.getPrefix(), stream.getLocalName()));
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS -> {
                    placed = Place.AT_EVENT;
                    if (elementOnly.get(depth) && blank()) {
                        // white space written as character references: Woodstox gives it as text,
                        // the JDK's parser, where only elements may be, as ignorable like any other
                        content.ignorableWhitespace(stream.getTextCharacters(), stream.getTextStart(),
                                stream.getTextLength());
                    } else {
                        content.characters(stream.getTextCharacters(), stream.getTextStart(),
                                stream.getTextLength());
                    }
                }
                case XMLStreamConstants.SPACE -> {
                    if (depth > 0) { // outside the root the JDK's parser reports no white space either
                        placed = Place.AT_EVENT;
                        content.ignorableWhitespace(stream.getTextCharacters(), stream.getTextStart(),
                                stream.getTextLength());
                    }
                }
                case XMLStreamConstants.CDATA -> {
                    placed = Place.AT_EVENT;
                    if (blank()) {
                        // where only elements may be, the JDK's parser rejects a CDATA section of
                        // white space and Woodstox lets it pass (elsewhere it is merely rare)
                        throw new Refused(new XMLStreamException("a CDATA section of white space only"));
                    }
                    if (lexical != null) {
                        lexical.startCDATA();
                    }
                    content.characters(stream.getTextCharacters(), stream.getTextStart(), stream.getTextLength());
                    if (lexical != null) {
                        lexical.endCDATA();
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    placed = Place.AT_EVENT;
                    if (lexical != null) {
                        lexical.comment(stream.getTextCharacters(), stream.getTextStart(), stream.getTextLength());
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    placed = Place.AT_EVENT;
                    content.processingInstruction(stream.getPITarget(), orEmpty(stream.getPIData()));
                }
                case XMLStreamConstants.DTD -> {
                    placed = Place.AT_EVENT;
                    if (!stream.getText().codePoints().allMatch(WoodstoxSaxReader::isXmlChar)) {
                        // Woodstox does not look at the characters of a comment or processing
                        // instruction in the internal subset; the JDK's parser rejects a NUL there
                        throw new Refused(new XMLStreamException("a character XML does not allow in the internal subset"));
                    }
                    if (stream.getDTDInfo().getProcessedDTDSchema() instanceof DTDSubset subset) {
                        if (subset.getGeneralEntityList().stream().anyMatch(e -> !e.isParsed())) {
                            // the JDK's parser tells the tree of unparsed entities (NDATA);
                            // this reader does not
                            throw new Refused(new XMLStreamException("an unparsed entity declared"));
                        }
                        for (EntityDecl entity : subset.getGeneralEntityList()) {
                            refuseIllegal(entity.getPublicId(), entity.getSystemId());
                        }
                        subset.getElementMap().forEach((name, element) -> {
                            if (element.getAllowedContent() == XMLValidator.CONTENT_ALLOW_WS) {
                                elementOnlyNames.add(qName(name.getPrefix(), name.getLocalName()));
                            }
                        });
                    }
                    if (lexical != null) {
                        DTDInfo info = stream.getDTDInfo();
                        lexical.startDTD(info.getDTDRootName(), info.getDTDPublicId(), info.getDTDSystemId());
                        lexical.endDTD();
                    }
                }
                default -> {
                    // START_DOCUMENT and END_DOCUMENT are sent around the loop; entity
                    // references do not come, Woodstox expands them
                }
            }
        }
    }

    /** The place of the current event's end: where the JDK's parser is when it reports a start tag. */
    /**
     * Works out the current event's place, the first time it is asked for: Woodstox makes
     * a new location object for each, and most events' places are never read.
     */
    private void fix() {
        if (placed == Place.KNOWN) {
            return;
        }
        XMLStreamLocation2 at;
        try {
            // where the JDK's parser is when it reports a start tag: after its '>'
            at = placed == Place.AFTER_TAG ? stream.getLocationInfo().getEndLocation()
                    : stream.getLocationInfo().getStartLocation();
        } catch (XMLStreamException e) {
            at = stream.getLocationInfo().getStartLocation();
        }
        systemId = systemId(at.getSystemId());
        line = at.getLineNumber();
        column = at.getColumnNumber();
        inputs = depth(at);
        placed = Place.KNOWN;
    }

    /** Whether the current event's text is XML white space only. */
    private boolean blank() {
        char[] text = stream.getTextCharacters();
        for (int i = stream.getTextStart(), end = i + stream.getTextLength(); i < end; i++) {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** How many inputs are open at a place: 1 in the master, one more per entity it is in. */
    private static int depth(XMLStreamLocation2 at) {
        int n = 0;
        for (XMLStreamLocation2 l = at; l != null; l = l.getContext()) {
            n++;
        }
        return n;
    }

    /**
     * A system identifier as it was given: Woodstox hands them back as {@link URL}s print
     * them, {@code file:/x} for the {@code file:///x} the loader gave (and the JDK's parser
     * keeps). The last one is kept, so that a file's events share one string.
     */
    private String systemId(String woodstox) {
        if (woodstox == null || woodstox.equals(lastWoodstoxId)) {
            return woodstox == null ? null : lastSystemId;
        }
        lastWoodstoxId = woodstox;
        lastSystemId = woodstox.startsWith("file:/") && !woodstox.startsWith("file://")
                ? "file://" + woodstox.substring("file:".length()) : woodstox;
        return lastSystemId;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String qName(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /**
     * An entity, by the loader's resolver (as the JDK's parser would ask it: the system
     * identifier made absolute against the file that declared it).
     */
    private Object resolve(String publicId, String systemId, String base, String namespace) throws XMLStreamException {
        refuseIllegal(publicId, systemId);
        String absolute = SystemIds.absolute(systemId, base);
        if (stream != null && !inDtd) {
            // the resolver reports a missing file at the reference: just after its ';', where
            // Woodstox's input is now and the JDK's parser is when it asks
            XMLStreamLocation2 at = stream.getLocationInfo().getCurrentLocation();
            this.systemId = systemId(at.getSystemId());
            line = at.getLineNumber();
            column = at.getColumnNumber();
            inputs = depth(at);
            placed = Place.KNOWN;
        }
        InputSource source;
        try {
            source = resolver.resolveEntity(publicId, absolute);
        } catch (SAXException | IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
        if (source == null) {
            throw new XMLStreamException("no source for " + absolute);
        }
        if (stream != null && !inDtd) {
            externalEntities.add((inputs + 1) + " " + systemId(source.getSystemId()));
        }
        return streamSource(source);
    }

    /**
     * Refuses an identifier with characters XML does not allow there: Woodstox lets them
     * through (to a file that cannot be read, when the entity is used), where the JDK's
     * parser stops at the declaration and says why (found by QuickParserFuzzTest).
     */
    private static void refuseIllegal(String publicId, String systemId) throws XMLStreamException {
        if (systemId != null && !systemId.codePoints().allMatch(WoodstoxSaxReader::isXmlChar)) {
            throw new XMLStreamException("a character XML does not allow in a system identifier");
        }
        if (publicId != null && !publicId.chars().allMatch(WoodstoxSaxReader::isPubidChar)) {
            throw new XMLStreamException("a character XML does not allow in a public identifier");
        }
    }

    /** XML 1.0's PubidChar production. */
    private static boolean isPubidChar(int c) {
        return c == 0x20 || c == 0xD || c == 0xA || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || "-'()+,./:=?;!*#@$_%".indexOf(c) >= 0;
    }

    /** XML 1.0's Char production. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }

    private static StreamSource streamSource(InputSource source) {
        Reader chars = source.getCharacterStream();
        InputStream bytes = source.getByteStream();
        StreamSource stream = chars != null ? new StreamSource(chars) : bytes != null ? new StreamSource(bytes)
                : new StreamSource();
        stream.setSystemId(source.getSystemId());
        stream.setPublicId(source.getPublicId());
        return stream;
    }

    // ---- Locator

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        fix();
        return systemId;
    }

    @Override
    public int getLineNumber() {
        fix();
        return line;
    }

    @Override
    public int getColumnNumber() {
        fix();
        return column;
    }

    // ---- XMLReader: handlers, and settings it accepts and does without

    @Override
    public void parse(String systemId) throws SAXException {
        parse(new InputSource(systemId));
    }

    /** Every feature the tree builder asks for is what this reader does anyway (namespaces on, prefixes off). */
    @Override
    public boolean getFeature(String name) {
        return name.equals("http://xml.org/sax/features/namespaces")
                || name.equals("http://xml.org/sax/features/validation");
    }

    @Override
    public void setFeature(String name, boolean value) {
    }

    @Override
    public Object getProperty(String name) {
        return LEXICAL.equals(name) ? lexical : null;
    }

    @Override
    public void setProperty(String name, Object value) {
        if (LEXICAL.equals(name)) {
            lexical = (LexicalHandler) value;
        }
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public EntityResolver getEntityResolver() {
        return resolver;
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        dtd = handler;
    }

    @Override
    public DTDHandler getDTDHandler() {
        return dtd;
    }

    @Override
    public void setContentHandler(ContentHandler handler) {
        content = handler;
    }

    @Override
    public ContentHandler getContentHandler() {
        return content;
    }

    /** Kept for the loader's sake only: this reader reports nothing, it refuses (see the class). */
    @Override
    public void setErrorHandler(ErrorHandler handler) {
        errors = handler;
    }

    @Override
    public ErrorHandler getErrorHandler() {
        return errors;
    }

    /** The attributes of the stream's current start tag, DTD defaults among them, with their DTD types. */
    private static final class StreamAttributes implements Attributes {
        private XMLStreamReader2 stream;
        private int length;

        void of(XMLStreamReader2 current) {
            stream = current;
            length = current.getAttributeCount();
        }

        @Override
        public int getLength() {
            return length;
        }

        @Override
        public String getURI(int index) {
            return index < 0 || index >= length ? null : orEmpty(stream.getAttributeNamespace(index));
        }

        @Override
        public String getLocalName(int index) {
            return index < 0 || index >= length ? null : stream.getAttributeLocalName(index);
        }

        @Override
        public String getQName(int index) {
            return index < 0 || index >= length ? null
                    : qName(stream.getAttributePrefix(index), stream.getAttributeLocalName(index));
        }

        /** SAX's names for the types: an enumeration is NMTOKEN there. */
        @Override
        public String getType(int index) {
            if (index < 0 || index >= length) {
                return null;
            }
            String type = stream.getAttributeType(index);
            return type == null ? "CDATA" : type.equals("ENUMERATED") || type.equals("ENUMERATION") ? "NMTOKEN" : type;
        }

        @Override
        public String getValue(int index) {
            return index < 0 || index >= length ? null : stream.getAttributeValue(index);
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < length; i++) {
                if (orEmpty(stream.getAttributeNamespace(i)).equals(uri)
                        && stream.getAttributeLocalName(i).equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < length; i++) {
                if (getQName(i).equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getType(getIndex(uri, localName));
        }

        @Override
        public String getType(String qName) {
            return getType(getIndex(qName));
        }

        @Override
        public String getValue(String uri, String localName) {
            return getValue(getIndex(uri, localName));
        }

        @Override
        public String getValue(String qName) {
            return getValue(getIndex(qName));
        }
    }
}
