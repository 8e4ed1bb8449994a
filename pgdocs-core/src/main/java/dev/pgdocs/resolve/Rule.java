package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.diagnostics.RuleInfo;
import java.util.List;
import java.util.function.Consumer;

/** One family of checks with stable rule names. Rules only read; they never change the book. */
interface Rule {
    void check(CheckContext context, Consumer<Diagnostic> report);

    /**
     * Every rule name this reports findings under: what pgdocs.json and --rule may set,
     * and what SARIF output describes. A rule whose names are all off is not run.
     */
    List<RuleInfo> reports();

    /**
     * A rule that reads only the book's files as written, not its tree, index or link
     * targets: it can run before those are made, beside them.
     */
    interface OfFiles extends Rule {
        void check(LoadedBook book, Consumer<Diagnostic> report);

        @Override
        default void check(CheckContext context, Consumer<Diagnostic> report) {
            check(context.book(), report);
        }
    }
}
