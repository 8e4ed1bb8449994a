package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.pipeline.BookCheck;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pgdocs check}: runs every rule over the whole book. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Check that every cross-reference of the book resolves.",
            "",
            "Loads the book offline, validates it against the DocBook DTD, and checks every id, "
                    + "linkend, endterm, xreflabel and (with --source-tree) source file name. Prints "
                    + "file:line:col: severity: message [rule], sorted, and a summary line."})
public final class CheckCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (the default; to stderr), json, github (GitHub Actions annotations) or sarif"
                    + " (SARIF 2.1.0, for code scanning); the last three to stdout.")
    DiagnosticFormat format;

    @Option(names = "--warnings-as-errors", description = "Exit with 1 when there are warnings too.")
    boolean warningsAsErrors;

    @Mixin
    RuleOptions rules;

    @Mixin
    SourceTreeOption sourceTree;

    @Override
    public Integer call() throws Exception {
        var cli = spec.commandLine();
        // in this order: a usage error before a bad baseline, that before a bad source tree
        BookCheck check = new BookCheck(rules.levels(cli), rules.baseline(), rules.writeBaseline(), format,
                warningsAsErrors, Version.number());
        return check.run(book.source(), sourceTree.read(), cli.getOut(), cli.getErr());
    }
}
