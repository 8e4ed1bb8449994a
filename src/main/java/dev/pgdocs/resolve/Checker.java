package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule over the whole book, always the whole book (a renamed id breaks links
 * anywhere), and returns the findings sorted by file and line, DTD findings included.
 */
public final class Checker {

    private final List<Rule> rules = List.of(new XrefRule(), new IdRule(), new XreflabelRule(), new FilenameRule(), new EmptyBookRule(),
            new TextRule());

    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> found = new ArrayList<>(context.book().diagnostics());
        for (Rule rule : rules) {
            rule.check(context, found::add);
        }
        found.sort(null);
        return List.copyOf(found);
    }
}
