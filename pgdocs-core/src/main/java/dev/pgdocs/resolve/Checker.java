package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.RuleInfo;
import dev.pgdocs.load.LoadRules;
import dev.pgdocs.load.LoadedBook;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs every rule over the whole book, always the whole book (a renamed id breaks links
 * anywhere), and returns the findings sorted by file and line, DTD findings included.
 */
public final class Checker {

    private static final List<Rule> RULES = List.of(new XrefRule(), new IdRule(), new XreflabelRule(), new FilenameRule(), new EmptyBookRule(),
            new TextRule());

    private final Predicate<String> off;

    /** A checker that runs every rule. */
    public Checker() {
        this(name -> false);
    }

    /** A checker that skips the rules all of whose names {@code off} accepts (they would be dropped anyway). */
    public Checker(Predicate<String> off) {
        this.off = off;
    }

    /** Every rule name a check can report, the loader's included. */
    public static List<RuleInfo> rules() {
        List<RuleInfo> all = new ArrayList<>(LoadRules.ALL);
        RULES.forEach(rule -> all.addAll(rule.reports()));
        return List.copyOf(all);
    }

    public List<Diagnostic> check(CheckContext context) {
        return check(context, checkFiles(context.book()));
    }

    /**
     * The findings of the rules that read only the book's files ({@link Rule.OfFiles}):
     * what {@link #check(CheckContext, List)} takes, worked out before the context is made.
     */
    public List<Diagnostic> checkFiles(LoadedBook book) {
        List<Diagnostic> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule instanceof Rule.OfFiles files && runs(rule)) {
                files.check(book, found::add);
            }
        }
        return found;
    }

    /** Every rule's findings, those of the rules of files as {@link #checkFiles} found them. */
    public List<Diagnostic> check(CheckContext context, List<Diagnostic> ofFiles) {
        List<Diagnostic> found = new ArrayList<>(context.book().diagnostics());
        boolean filesAdded = false;
        for (Rule rule : RULES) {
            if (rule instanceof Rule.OfFiles) {
                if (!filesAdded) {
                    found.addAll(ofFiles); // where the rules of files stand, as if they ran here
                    filesAdded = true;
                }
            } else if (runs(rule)) {
                rule.check(context, found::add);
            }
        }
        found.sort(null);
        return List.copyOf(found);
    }

    private boolean runs(Rule rule) {
        return !rule.reports().stream().allMatch(info -> off.test(info.name()));
    }
}
