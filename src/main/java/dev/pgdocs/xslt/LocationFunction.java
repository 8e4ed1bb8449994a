package dev.pgdocs.xslt;

import dev.pgdocs.load.ElementLocator;
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
 * The namespace is {@value #NAMESPACE}.
 */
public final class LocationFunction implements ExtensionFunction {

    public static final String NAMESPACE = "urn:pgdocs:extensions";

    private final ElementLocator locator = new ElementLocator();

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
