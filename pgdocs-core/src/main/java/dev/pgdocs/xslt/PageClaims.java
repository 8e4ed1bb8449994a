package dev.pgdocs.xslt;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.XdmExternalObject;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.value.BooleanValue;
import net.sf.saxon.value.ObjectValue;
import net.sf.saxon.value.SequenceType;

/**
 * {@code pgdocs:claim($share, $page)}: whether the calling transformation is the one to
 * write a page, when several transformations (one per core) render one site. Each goes
 * through the pages in the same order and writes those it reaches first, so one that
 * meets heavy pages leaves more of the rest to the others. A fixed share (every other
 * page) left one of two cores idle for the last part of the rendering of PostgreSQL's
 * manual, while the other finished its heavier half. {@code $share} is what
 * {@link #newShare} made, passed to every transformation as a parameter (Saxon clears
 * a transformation's own data when it starts); with an empty one, every page is the caller's.
 */
public final class PageClaims extends ExtensionFunctionDefinition {

    private static final StructuredQName NAME = new StructuredQName("pgdocs", LocationFunction.NAMESPACE, "claim");

    /**
     * A new share for the transformations of one rendering: the pages claimed so far, by
     * generated id (Saxon's objects for one node are not equal to each other).
     */
    public static XdmValue newShare() {
        return new XdmExternalObject(ConcurrentHashMap.<String>newKeySet());
    }

    @Override
    public StructuredQName getFunctionQName() {
        return NAME;
    }

    @Override
    public SequenceType[] getArgumentTypes() {
        return new SequenceType[] {SequenceType.OPTIONAL_ITEM, SequenceType.SINGLE_NODE};
    }

    @Override
    public SequenceType getResultType(SequenceType[] arguments) {
        return SequenceType.SINGLE_BOOLEAN;
    }

    /** A claim changes what the other transformations get: Saxon must make each call where it is written. */
    @Override
    public boolean hasSideEffects() {
        return true;
    }

    @Override
    public ExtensionFunctionCall makeCallExpression() {
        return new ExtensionFunctionCall() {
            @Override
            @SuppressWarnings("unchecked")
            public Sequence call(XPathContext context, Sequence[] arguments) throws net.sf.saxon.trans.XPathException {
                Item share = arguments[0].head();
                if (!(share instanceof ObjectValue<?> claimed)) {
                    return BooleanValue.TRUE;
                }
                StringBuilder page = new StringBuilder();
                ((NodeInfo) arguments[1].head()).generateId(page);
                return BooleanValue.get(((Set<String>) claimed.getObject()).add(page.toString()));
            }
        };
    }
}
