package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The id rules.
 * <ul>
 * <li>id.duplicate: an id defined twice, reported at the second place and naming the first.
 * <li>id.required: what PostgreSQL's own HTML build stops on (pg.id.link, 17 and later): a
 * section without an id, or a varlistentry without one in a list where another entry has
 * one. On where the book's stylesheets enforce it ({@link IdEnforcement}), else only when
 * asked for by name.
 * <li>id.missing: an element whose page is then named by position (ch48s01.html, a URL
 * that moves when the book is rearranged). The rest it covers (sections inside a page,
 * varlistentries: thousands in PostgreSQL 14, whose toolchain accepts them and gives them
 * generated anchors) only when asked for by name; what id.required reports, it does not
 * repeat.
 * </ul>
 */
final class IdRule implements Rule {

    static final RuleInfo DUPLICATE = RuleInfo.error("id.duplicate", "An id is defined twice.");
    static final RuleInfo REQUIRED = RuleInfo.error("id.required",
            "A section, or a varlistentry among entries with ids, has no id: PostgreSQL's HTML build (17 and later)"
                    + " stops on it. On where the book's stylesheets enforce it, elsewhere when set by name.");
    static final RuleInfo MISSING = RuleInfo.warning("id.missing",
            "A chapter, appendix, sect1 or refentry has no id, so its page is named by position and moves when the"
                    + " book is rearranged; set by name, every section and varlistentry without an id too.");

    /** Elements that are pages of their own; their position-made page name is shown. */
    private static final Set<String> PAGES = Set.of("chapter", "appendix", "sect1", "refentry");

    /** The elements whose headings PostgreSQL's section.heading gives a "#" link, which needs an id. */
    private static final Set<String> SECTIONS = Set.of("sect1", "sect2", "sect3", "sect4", "sect5", "section",
            "simplesect");

    @Override
    public List<RuleInfo> reports() {
        return List.of(DUPLICATE, REQUIRED, MISSING);
    }

    @Override
    public void check(CheckContext context, Consumer<Diagnostic> report) {
        context.index().ids().forEach((id, elements) -> {
            if (elements.size() > 1) {
                XdmNode first = elements.get(0);
                for (XdmNode again : elements.subList(1, elements.size())) {
                    report.accept(DUPLICATE.at(context.book().locate(again),
                            "id \"" + id + "\" is already defined by the <" + first.getNodeName().getLocalName()
                                    + "> at " + context.book().locate(first)));
                }
            }
        });
        IdEnforcement enforcement = IdEnforcement.of(context.book());
        boolean required = enforcement.enforced() || context.requested(REQUIRED.name());
        String stops = enforcement.enforced()
                ? "the book's HTML build stops on that (" + enforcement.reason() + ")"
                : "PostgreSQL " + IdEnforcement.FIRST_ENFORCING_MAJOR + " and later stop their HTML build on that";
        boolean allMissing = context.requested(MISSING.name());
        Map<XdmNode, Optional<XdmNode>> entryWithId = new HashMap<>();
        for (XdmNode element : context.index().elementsWithoutId()) {
            String name = element.getNodeName().getLocalName();
            Optional<XdmNode> sibling = name.equals("varlistentry")
                    ? entryWithId.computeIfAbsent(element.getParent(), IdRule::firstEntryWithId)
                    : Optional.empty();
            boolean stopsPostgres = SECTIONS.contains(name) || sibling.isPresent();
            if (required && stopsPostgres) {
                report.accept(REQUIRED.at(context.book().locate(element),
                        name + " has no id" + siblingNote(context, sibling)
                                + "; " + stops + "; add an id"));
            } else if (allMissing || PAGES.contains(name)) {
                report.accept(MISSING.at(context.book().locate(element),
                        name + " has no id" + siblingNote(context, sibling) + "; " + consequence(context, element)
                                + "; add an id"));
            }
        }
    }

    private static String consequence(CheckContext context, XdmNode element) {
        return PAGES.contains(element.getNodeName().getLocalName())
                ? "its page is named by position (" + context.targets().pageName(element)
                        + ") and that URL changes when the book is rearranged"
                : "it gets no stable anchor, so nothing can link to it for long";
    }

    private static String siblingNote(CheckContext context, Optional<XdmNode> sibling) {
        return sibling.map(s -> " while another entry of its list has one (\"" + s.attribute("id") + "\" at "
                + context.book().locate(s) + ")").orElse("");
    }

    /** The first entry of a variablelist that has an id, as pg.id.link's varlistentry[@id] asks. */
    private static Optional<XdmNode> firstEntryWithId(XdmNode list) {
        if (list == null || !list.getNodeName().getLocalName().equals("variablelist")) {
            return Optional.empty();
        }
        return list.select(Steps.child("varlistentry").where(e -> e.attribute("id") != null)).findFirst();
    }
}
