package dev.pgdocs.xslt;

import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.ElementLocator;
import java.nio.file.Path;
import net.sf.saxon.s9api.ExtensionFunction;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.OccurrenceIndicator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SequenceType;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;

/**
 * {@code pgdocs:location($node)}: the file:line:col a source node was written at, for
 * messages the stylesheets send about the sources (Saxon-HE has no saxon:line-number).
 * The namespace is {@value #NAMESPACE}; {@link #parse} reads the text back.
 */
public final class LocationFunction implements ExtensionFunction {

    public static final String NAMESPACE = "urn:pgdocs:extensions";

    private final ElementLocator locator = new ElementLocator();

    /**
     * Forgets the source texts read to find start tags. A processor outlives a load in
     * serve, and a text read before an edit would put later messages at the old lines.
     */
    public void forgetSources() {
        locator.forget();
    }

    /** Reads back a location this function wrote; unknown parts come back as 0 / null. */
    public static SourceLocation parse(String text) {
        int col = text.lastIndexOf(':');
        int line = col > 0 ? text.lastIndexOf(':', col - 1) : -1;
        try {
            return new SourceLocation(Path.of(text.substring(0, line)),
                    Integer.parseInt(text.substring(line + 1, col)), Integer.parseInt(text.substring(col + 1)));
        } catch (RuntimeException e) {
            return new SourceLocation(null, 0, 0);
        }
    }

    @Override
    public QName getName() {
        return new QName(NAMESPACE, "location");
    }

    @Override
    public SequenceType getResultType() {
        return SequenceType.makeSequenceType(ItemType.STRING, OccurrenceIndicator.ONE);
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {SequenceType.makeSequenceType(ItemType.ANY_NODE, OccurrenceIndicator.ONE)};
    }

    @Override
    public XdmValue call(XdmValue[] arguments) {
        XdmNode node = (XdmNode) arguments[0].itemAt(0);
        var at = locator.locate(node);
        String file = at.file() == null ? "" : at.file().toAbsolutePath().toString();
        return new XdmAtomicValue(file + ":" + at.line() + ":" + at.column());
    }
}
