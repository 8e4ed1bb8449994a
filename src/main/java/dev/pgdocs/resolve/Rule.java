package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.Diagnostic;
import java.util.function.Consumer;

/** One family of checks with stable rule names. Rules only read; they never change the book. */
interface Rule {
    void check(CheckContext context, Consumer<Diagnostic> report);
}
