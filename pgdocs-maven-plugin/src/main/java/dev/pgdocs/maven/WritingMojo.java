package dev.pgdocs.maven;

import dev.pgdocs.render.HtmlStyle;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that write pages (build and serve) take besides the book. */
abstract class WritingMojo extends BookMojo {

    /** HTML: default (pgdocs' reading theme, with search) or website (postgresql.org's importer's). */
    @Parameter(property = "pgdocs.style", defaultValue = "default")
    String style = "default";

    /** Replace an output directory (build's, serve's serveDirectory) that pgdocs did not make. */
    @Parameter(property = "pgdocs.force", defaultValue = "false")
    boolean force;

    /** The style parameter; an unknown one fails the build, listing those there are. */
    HtmlStyle htmlStyle() throws MojoFailureException {
        return choice(HtmlStyle.class, "style", style);
    }
}
