package dev.pgdocs.cli;

import dev.pgdocs.serve.ServeSession;
import java.net.BindException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pgdocs serve}: builds the site, serves it, and rebuilds and reloads on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Build the HTML site, serve it on http://127.0.0.1:8000/, and rebuild on every save.",
            "",
            "Watches the master, every file it includes, the inventories and (with --templates) "
                    + "the templates. After a save the whole book is checked again; when the edit "
                    + "changed nothing other pages show (titles, ids, numbering, index terms), only "
                    + "the edited files' pages are rendered again. Open pages reload once the new "
                    + "build is written. A build with errors shows them over the page and on the "
                    + "terminal, and the last good site stays. Without -o the site is written to a "
                    + "temporary directory, removed on exit. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    BookOptions book;

    @Mixin
    HtmlStyleOption html;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "The port to listen on (default: 8000; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String bind;

    @Mixin
    OutputOptions output;

    @Option(names = "--pdf", description = "Also build the PDF after each build, in the background, at /pdf/.")
    boolean pdf;

    @Override
    public Integer call() throws Exception {
        var cli = spec.commandLine();
        ServeSession session;
        try {
            session = ServeSession.open(book.source(), Optional.ofNullable(output.dir), output.force, html.style(), pdf,
                    bind, port, cli.getErr());
        } catch (UnknownHostException | BindException e) {
            throw new ParameterException(cli, "cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        try (session) {
            return session.run();
        }
    }
}
