package dev.pgdocs.load;

import dev.pgdocs.diagnostics.RuleInfo;
import java.util.List;

/**
 * The rule names loading reports under without stopping (a book that cannot be read at
 * all stops with rule {@code load}, which no setting can turn off).
 */
public final class LoadRules {

    public static final RuleInfo DTD = RuleInfo.error("dtd",
            "The book is not valid against the DocBook DTD (an element or attribute where DocBook allows none).");
    public static final RuleInfo VERSION_MISSING = RuleInfo.warning("load.version-missing",
            "version.sgml is missing and no --pg-version was given, so the manual says \"devel\".");
    public static final RuleInfo GENERATED_MISSING = RuleInfo.warning("load.generated-missing",
            "A file PostgreSQL's build generates is missing and its inputs are not there; its content is left out.");

    /** All of them, for the checker's list of rules. */
    public static final List<RuleInfo> ALL = List.of(DTD, VERSION_MISSING, GENERATED_MISSING);

    private LoadRules() {
    }
}
