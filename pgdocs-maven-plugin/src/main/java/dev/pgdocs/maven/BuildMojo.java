package dev.pgdocs.maven;

import dev.pgdocs.pipeline.BookBuild;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.render.HtmlStyle;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the book, then builds it into each format asked for, as {@code pgdocs build} does:
 * each format in a directory of its own below outputDirectory ({@code html/}, {@code pdf/}),
 * replaced in one step only when complete and verified. Errors stop the build before
 * anything is written (unless keepGoing) and fail it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false)
public final class BuildMojo extends BookMojo {

    /** What to build: html, pdf, or html,pdf (one load, one check). */
    @Parameter(property = "pgdocs.formats", defaultValue = "html")
    String formats;

    /** The directory that holds each format's directory: OUTPUT/html, OUTPUT/pdf/MASTER.pdf. */
    @Parameter(property = "pgdocs.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** HTML: default (pgdocs' reading theme, with search) or website (postgresql.org's importer's). */
    @Parameter(property = "pgdocs.style", defaultValue = "default")
    String style;

    /** PDF: a4 or us-letter. */
    @Parameter(property = "pgdocs.paper", defaultValue = "a4")
    String paper;

    /** HTML: the whole book as one page, index.html. */
    @Parameter(property = "pgdocs.singlePage", defaultValue = "false")
    boolean singlePage;

    /** Build even when the check finds errors, marking broken links; the goal still fails. */
    @Parameter(property = "pgdocs.keepGoing", defaultValue = "false")
    boolean keepGoing;

    /** Replace an output directory that pgdocs did not make. */
    @Parameter(property = "pgdocs.force", defaultValue = "false")
    boolean force;

    @Override
    void run(Pipeline pipeline) throws Exception {
        BookBuild.Settings settings = new BookBuild.Settings(outputs(), force, htmlStyle(), singlePage, paperSize(),
                keepGoing, "keepGoing", warningsAsErrors);
        BookBuild.refuseUnsafe(settings, master.toPath());
        if (settings.outputs().containsKey(BookBuild.Format.PDF)) {
            getLog().debug("pgdocs: building the PDF in Maven's JVM, heap at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        }
        BookBuild.Result result = BookBuild.run(pipeline, settings, line -> getLog().info("pgdocs: " + line));
        report(result.diagnostics(), result.files());
        result.outcome().forEach(line -> getLog().info("pgdocs: " + line));
        if (result.failed()) {
            String outcome = "; " + String.join("; ", result.outcome());
            throw verdict(result.diagnostics(), outcome)
                    .orElseGet(() -> new MojoFailureException("pgdocs: " + subject() + outcome));
        }
    }

    /** Each format asked for and its directory, in the order asked. */
    private Map<BookBuild.Format, java.nio.file.Path> outputs() throws MojoFailureException {
        Map<BookBuild.Format, java.nio.file.Path> outputs = new LinkedHashMap<>();
        for (String word : formats.split(",")) {
            BookBuild.Format format = choice(BookBuild.Format.class, "formats", word);
            outputs.put(format, outputDirectory.toPath().resolve(format.label()));
        }
        return outputs;
    }

    private HtmlStyle htmlStyle() throws MojoFailureException {
        return choice(HtmlStyle.class, "style", style);
    }

    private FoRenderer.Paper paperSize() throws MojoFailureException {
        try {
            return FoRenderer.Paper.of(paper.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pgdocs: paper: " + e.getMessage());
        }
    }
}
