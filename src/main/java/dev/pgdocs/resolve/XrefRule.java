package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;

/**
 * xref.missing: every IDREF and IDREFS attribute (linkend, endterm, zone, startref, ...)
 * names an id of the book or of a loaded inventory. xref.no-text: an xref with no
 * endterm points at something that has no link text, which DocBook tools print as "???".
 */
final class XrefRule implements Rule {

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        Set<String> known = null;
        for (XdmNode attribute : context.index().idrefAttributes()) {
            XdmNode owner = attribute.getParent();
            String attr = attribute.getNodeName().getLocalName();
            for (String id : attribute.getStringValue().trim().split("\\s+")) {
                if (id.isEmpty()) {
                    continue;
                }
                boolean local = context.index().ids().containsKey(id);
                InventoryEntry external = local ? null : context.inventories().get(id);
                if (!local && external == null) {
                    if (known == null) {
                        known = new HashSet<>(context.index().ids().keySet());
                        known.addAll(context.inventories().keySet());
                    }
                    report.accept(Diagnostic.error(context.book().locate(owner), "xref.missing",
                            attr + "=\"" + id + "\" on <" + owner.getNodeName().getLocalName()
                                    + "> matches no id in the book or its inventories"
                                    + Suggestions.didYouMean(id, known)));
                } else if (isBareXref(owner, attr)) {
                    String text = local ? xreftextOf(context, id) : external.text();
                    if (text.isBlank()) {
                        String element = local ? context.targets().byId().get(id).element() : external.element();
                        report.accept(Diagnostic.error(context.book().locate(owner), "xref.no-text",
                                "xref to \"" + id + "\" has no text to show: the " + element
                                        + " has neither a title nor an xreflabel (DocBook tools print \"???\");"
                                        + " add an xreflabel to it or an endterm to the xref"));
                    }
                }
            }
        }
    }

    private static boolean isBareXref(XdmNode owner, String attr) {
        return attr.equals("linkend") && owner.getNodeName().getLocalName().equals("xref")
                && owner.attribute("endterm") == null;
    }

    private static String xreftextOf(CheckContext context, String id) {
        LinkTarget target = context.targets().byId().get(id);
        return target == null ? "" : target.xreftext();
    }
}
