package dev.pgdocs.maven;

import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.serve.ServeSession;
import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the HTML site, serves it on http://127.0.0.1:8000/, and on every save checks the
 * book again, rebuilds and reloads open pages, as {@code pgdocs serve} does, until Ctrl-C
 * (which ends Maven's JVM; the unfinished output is removed). Run it from the command line:
 * {@code mvn pgdocs:serve}. What each build found is said in Maven's log, a line each.
 */
@Mojo(name = "serve", requiresProject = false)
public final class ServeMojo extends WritingMojo {

    /** The port to listen on; 0 picks a free one. */
    @Parameter(property = "pgdocs.port", defaultValue = "8000")
    int port;

    /** The address to listen on; the default is this machine only. */
    @Parameter(property = "pgdocs.bind", defaultValue = "127.0.0.1")
    String bind;

    /** Where the site is written; by default a temporary directory, removed on exit. */
    @Parameter(property = "pgdocs.serveDirectory")
    File serveDirectory;

    /** Also build the PDF after each good build, in the background, served at /pdf/. */
    @Parameter(property = "pgdocs.pdf", defaultValue = "false")
    boolean pdf;

    @Override
    JvmTuning tuning() {
        return JvmTuning.SERVE;
    }

    @Override
    void run(Pipeline pipeline) throws Exception {
        HtmlStyle html = htmlStyle();
        ServeSession session;
        try {
            session = ServeSession.open(pipeline.source(), Optional.ofNullable(serveDirectory).map(File::toPath), force,
                    html, pdf, bind, port, new PrintWriter(new LogLines(), true));
        } catch (java.net.UnknownHostException | java.net.BindException e) {
            throw new MojoFailureException("pgdocs: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        try (session) {
            session.run();
        }
    }

    /** The session's terminal: each line it writes becomes a line of Maven's log. */
    private final class LogLines extends Writer {
        private final StringBuilder line = new StringBuilder();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    getLog().info(line.toString());
                    line.setLength(0);
                } else if (chars[i] != '\r') {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
