package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.resolve.Inventory;
import dev.pgdocs.resolve.LinkTargets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pgdocs inventory}: lists a book's ids, link texts and URLs for other books to link to. */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {
            "Write the inventory of a book's link targets, for other books to link into it.",
            "",
            "Lists every id with its element, its link text (xreflabel, else title) and the URL "
                    + "of the page and anchor that the HTML build writes. Other books name it in "
                    + "their pgdocs.json or with --inventory."})
public final class InventoryCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--base-url", required = true, paramLabel = "URL",
            description = "Where the book's HTML is published, e.g. https://www.postgresql.org/docs/14/")
    String baseUrl;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline(book.source()).completeTargets(); // the inventory gives every xref text
        LoadedBook loaded = pipeline.load();
        LinkTargets targets = pipeline.targets(loaded);
        Inventory inventory = Inventory.of(targets.bookTitle(), baseUrl, targets.withXreftexts());
        if (output == null) {
            spec.commandLine().getOut().print(inventory.toJson());
            spec.commandLine().getOut().flush();
        } else {
            inventory.write(output);
            spec.commandLine().getErr().println(output + ": " + inventory.entries().size() + " ids");
        }
        return ExitCode.OK;
    }
}
