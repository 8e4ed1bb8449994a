import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One validating SAX parse of a DocBook master and its entity files, with nothing built
 * from it: how long the parser alone takes, the floor under pgdocs' load. Run by
 * bench/parsers.sh. Arguments: jdk|woodstox, the master, the directory of the DocBook
 * 4.5 DTD and its entity files (the DTD's own URLs map there; nothing is fetched).
 * Prints the element count, the validity errors and the parse's milliseconds.
 */
public final class ParserTimes {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        SAXParserFactory factory;
        if (args[0].equals("woodstox")) {
            var stax = new com.ctc.wstx.stax.WstxInputFactory();
            // Woodstox leaves external entities and validation off unless asked
            stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
            stax.setProperty(XMLInputFactory.SUPPORT_DTD, true);
            stax.setProperty(XMLInputFactory.IS_VALIDATING, true);
            factory = new com.ctc.wstx.sax.WstxSAXParserFactory(stax);
        } else {
            factory = SAXParserFactory.newDefaultInstance();
        }
        factory.setNamespaceAware(true);
        factory.setValidating(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        if (args[0].equals("jdk")) { // as pgdocs sets them: PostgreSQL's manual passes the defaults
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "0");
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "0");
        }
        File dtd = new File(args[2]);
        reader.setEntityResolver((publicId, systemId) -> local(dtd, systemId));
        int[] counts = new int[2];
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                counts[0]++;
            }
        });
        reader.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                counts[1]++;
            }
        });
        reader.parse(new InputSource(Path.of(args[1]).toUri().toString()));
        System.out.printf("%s: %d elements, %d validity errors, parsed in %d ms%n", args[0], counts[0], counts[1],
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The DTD's files by name from the local copy (its modules and the ISO entity sets). */
    private static InputSource local(File dtd, String systemId) throws IOException {
        if (systemId == null || !(systemId.endsWith(".dtd") || systemId.endsWith(".mod") || systemId.endsWith(".ent"))) {
            return null; // the book's own files
        }
        String name = systemId.substring(systemId.lastIndexOf('/') + 1);
        File file = new File(dtd, name);
        if (!file.exists()) {
            file = new File(new File(dtd, "ent"), name);
        }
        if (!file.exists()) {
            return null;
        }
        InputSource source = new InputSource(new FileInputStream(file));
        source.setSystemId(file.toURI().toString());
        return source;
    }
}
