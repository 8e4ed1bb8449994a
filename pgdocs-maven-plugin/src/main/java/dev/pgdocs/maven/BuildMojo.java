package dev.pgdocs.maven;

import dev.pgdocs.load.LoadException;
import dev.pgdocs.pipeline.EpubOutput;
import dev.pgdocs.pipeline.FormatName;
import dev.pgdocs.pipeline.HtmlOutput;
import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.pipeline.ManOutput;
import dev.pgdocs.pipeline.OutputFormat;
import dev.pgdocs.pipeline.PdfOutput;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.Publication;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.render.HtmlStyle;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the book, then builds it into each format asked for, as {@code pgdocs build} does:
 * each format in a directory of its own below outputDirectory ({@code html/}, {@code pdf/},
 * {@code man/}, {@code epub/}),
 * replaced in one step only when complete and verified. Errors stop the build before
 * anything is written (unless keepGoing) and fail it.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false)
public final class BuildMojo extends WritingMojo {

    /** What to build: html, pdf, man, epub, or several: html,pdf,man (one load, one check). Default: pgdocs.json's "formats", else html. */
    @Parameter(property = "pgdocs.formats")
    String formats;

    /** The directory that holds each format's directory: OUTPUT/html, OUTPUT/pdf/MASTER.pdf. */
    @Parameter(property = "pgdocs.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** PDF: a4 or us-letter. */
    @Parameter(property = "pgdocs.paper", defaultValue = "a4")
    String paper;

    /** man: the section of the SQL command pages (PostgreSQL's sqlmansect). */
    @Parameter(property = "pgdocs.manSqlSection", defaultValue = "7")
    String manSqlSection;

    /** HTML: the whole book as one page, index.html. */
    @Parameter(property = "pgdocs.singlePage", defaultValue = "false")
    boolean singlePage;

    /** Build even when the check finds errors, marking broken links; the goal still fails. */
    @Parameter(property = "pgdocs.keepGoing", defaultValue = "false")
    boolean keepGoing;

    @Override
    void run(Pipeline pipeline) throws Exception {
        List<OutputFormat> outputs = outputs();
        // one format's directory is the plan's directory itself; several get one each below it
        File dir = outputs.size() == 1 ? new File(outputDirectory, outputs.get(0).name()) : outputDirectory;
        var plan = new Publication.Plan(outputs, dir.toPath(), force, keepGoing, warningsAsErrors, "<keepGoing>true</keepGoing>");
        getLog().debug("pgdocs: building in a JVM whose heap is at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        Publication.Outcome done = new Publication(pipeline, plan).refuseUnsafe(master.toPath()).run();
        report(done.diagnostics(), done.book().files().size());
        done.outcome().forEach(line -> getLog().info("pgdocs: " + line));
        if (done.exitCode() != 0) {
            String outcome = "; " + String.join("; ", done.outcome());
            throw verdict(done.diagnostics(), outcome)
                    .orElseGet(() -> new MojoFailureException("pgdocs: " + subject() + outcome));
        }
    }

    /** A PDF wants its own collector and heap (and a JVM of its own, by default); the rest, the quick row. */
    @Override
    JvmTuning tuning() throws MojoFailureException {
        try {
            return formatNames().contains(FormatName.PDF) ? JvmTuning.PDF : JvmTuning.QUICK;
        } catch (LoadException e) {
            return JvmTuning.QUICK; // a pgdocs.json that cannot be read: the build says where, quickly
        }
    }

    @Override
    boolean forkByDefault() throws MojoFailureException {
        return tuning() == JvmTuning.PDF;
    }

    /** The formats asked for, or those pgdocs.json asks for, as outputs. */
    private List<OutputFormat> outputs() throws Exception {
        Set<FormatName> names = formatNames();
        HtmlStyle htmlStyle = htmlStyle();
        FoRenderer.Paper paperSize;
        try {
            paperSize = FoRenderer.Paper.of(paper.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pgdocs: paper: " + e.getMessage());
        }
        List<OutputFormat> outputs = new ArrayList<>();
        for (FormatName name : names) {
            outputs.add(switch (name) {
                case HTML -> new HtmlOutput(htmlStyle, singlePage);
                case PDF -> new PdfOutput(paperSize);
                case MAN -> manOutput();
                case EPUB -> new EpubOutput();
            });
        }
        return outputs;
    }

    /** The formats parameter, or else pgdocs.json's "formats". */
    private Set<FormatName> formatNames() throws MojoFailureException, LoadException {
        Set<FormatName> names = new LinkedHashSet<>();
        if (formats == null || formats.isBlank()) {
            names.addAll(FormatName.configured(master.toPath()));
        } else {
            for (String word : formats.split(",")) {
                try {
                    names.add(FormatName.of(word));
                } catch (IllegalArgumentException e) {
                    throw new MojoFailureException("pgdocs: formats: " + e.getMessage());
                }
            }
        }
        return names;
    }

    private ManOutput manOutput() throws MojoFailureException {
        try {
            return new ManOutput(manSqlSection.trim());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pgdocs: manSqlSection '" + manSqlSection + "': " + e.getMessage());
        }
    }
}
