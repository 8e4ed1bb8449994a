package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.sf.saxon.s9api.XdmNode;

/**
 * xref.missing: every IDREF and IDREFS attribute (linkend, endterm, zone, startref, ...)
 * names an id of the book or of a loaded inventory (a warning only when files PostgreSQL's
 * build generates are missing, as they may define it). xref.no-text: an xref with no
 * endterm points at something that has no link text, which DocBook tools print as "???".
 */
final class XrefRule implements Rule {

    static final RuleInfo MISSING = RuleInfo.error("xref.missing",
            "A linkend, endterm or other IDREF names no id of the book or of its inventories.");
    static final RuleInfo NO_TEXT = RuleInfo.error("xref.no-text",
            "An xref without endterm points at something with neither title nor xreflabel (shown as \"???\").");

    @Override
    public List<RuleInfo> reports() {
        return List.of(MISSING, NO_TEXT);
    }

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
                    String message = attr + "=\"" + id + "\" on <" + owner.getNodeName().getLocalName()
                            + "> matches no id in the book or its inventories";
                    List<Path> standIns = context.book().leftOut();
                    // A file PostgreSQL's build generates (a table of wait events, of key words)
                    // defines ids that nothing here can know: without it, a missing id may be
                    // one of them, and an error would be false.
                    report.accept(standIns.isEmpty()
                            ? MISSING.at(context.book().locate(owner),
                                    message + Suggestions.didYouMean(id, known))
                            : Diagnostic.warning(context.book().locate(owner), MISSING.name(),
                                    message + "; it may be defined in a generated file that is missing here ("
                                            + standIns.stream().map(f -> f.getFileName().toString()).sorted()
                                                    .collect(Collectors.joining(", "))
                                            + "), so this is not counted as an error"
                                            + Suggestions.didYouMean(id, known)));
                } else if (isBareXref(owner, attr)) {
                    String text = local ? xreftextOf(context, id) : external.text();
                    if (text.isBlank()) {
                        String element = local ? context.targets().byId().get(id).element() : external.element();
                        report.accept(NO_TEXT.at(context.book().locate(owner),
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
        return context.targets().xreftext(id);
    }
}
