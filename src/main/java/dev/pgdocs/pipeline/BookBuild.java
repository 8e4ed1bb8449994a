package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.render.FoRenderer;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.OutputRefusedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A book built into its formats, as {@code pgdocs build} and the Maven plugin's build goal
 * run it: one load and check, then each format rendered into its staging directory and
 * published only when what it found allows. What was published, or why not, is said in
 * {@link Result#outcome}, never claiming output that was not written.
 */
public final class BookBuild {

    /** Output formats. */
    public enum Format {
        HTML, PDF;

        /** The word users write, and the subdirectory a format gets beside the others. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How to build.
     *
     * @param outputs          each format wanted and the directory it replaces, in build order
     * @param force            replace an output directory pgdocs did not make
     * @param style            the HTML style
     * @param singlePage       HTML: the whole book as index.html
     * @param paper            the PDF's paper
     * @param keepGoing        build despite check errors, marking broken links
     * @param keepGoingName    how the user asks for keepGoing ({@code --keep-going}), for the outcome to name
     * @param warningsAsErrors warnings fail the build too
     */
    public record Settings(Map<Format, Path> outputs, boolean force, HtmlStyle style, boolean singlePage,
                           FoRenderer.Paper paper, boolean keepGoing, String keepGoingName, boolean warningsAsErrors) {

        public Settings {
            outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        }
    }

    /**
     * What a build did.
     *
     * @param diagnostics every finding, sorted
     * @param files       how many files the book was read from
     * @param outcome     what was published or why not, one sentence a line, to be said last
     * @param failed      whether the build failed: errors (warnings too, when they count), or a format not published
     */
    public record Result(List<Diagnostic> diagnostics, int files, List<String> outcome, boolean failed) {
    }

    private BookBuild() {
    }

    /** Refuses an output that would replace the sources or a home, before anything is read or written. */
    public static void refuseUnsafe(Settings settings, Path master) throws IOException, OutputRefusedException {
        for (Path dir : settings.outputs().values()) {
            OutputDirectory.refuseUnsafe(dir, master);
        }
    }

    /** Loads and checks the book, then builds and publishes each format; {@code progress} hears the PDF's stages. */
    public static Result run(Pipeline pipeline, Settings settings, Consumer<String> progress) throws Exception {
        if (settings.outputs().containsKey(Format.HTML)) {
            pipeline.stylesheets().prepare(HtmlRenderer.STYLESHEET);
        }
        if (settings.outputs().containsKey(Format.PDF)) {
            pipeline.stylesheets().prepare(FoRenderer.STYLESHEET);
        }
        Pipeline.Environment checked = pipeline.loadAndCheck(Optional.empty());
        LoadedBook loaded = checked.book();
        int files = loaded.files().size();
        List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
        if (diagnostics.stream().anyMatch(d -> d.isError() && d.rule().equals("book.empty"))) {
            // kept going or not: a blank site must not replace the last good one
            return new Result(sorted(diagnostics), files,
                    List.of("not building: the book has no content; nothing published"), true);
        }
        if (Diagnostic.fail(diagnostics, settings.warningsAsErrors()) && !settings.keepGoing()) {
            return new Result(sorted(diagnostics), files,
                    List.of("not building: the check found errors (" + settings.keepGoingName() + " builds anyway)"), true);
        }
        List<String> outcome = new ArrayList<>();
        boolean broken = false;
        for (var wanted : settings.outputs().entrySet()) {
            Format format = wanted.getKey();
            try (OutputDirectory out = OutputDirectory.prepare(wanted.getValue(), settings.force())) {
                List<String> done = new ArrayList<>();
                List<Diagnostic> found = format == Format.HTML
                        ? html(pipeline, loaded, checked.context(), settings, out, done)
                        : PdfBuild.write(pipeline, loaded, checked.context(), out, settings.paper(), done, progress);
                diagnostics.addAll(found);
                List<Diagnostic> errors = found.stream().filter(Diagnostic::isError).toList();
                broken |= !errors.isEmpty();
                if (errors.isEmpty() || settings.keepGoing() && errors.stream().allMatch(BookBuild::onlyABrokenLink)) {
                    // postgresql.org imports every file of a website-style site
                    out.publish(format != Format.HTML || settings.style() != HtmlStyle.WEBSITE);
                    outcome.addAll(done);
                    if (!errors.isEmpty()) {
                        outcome.add(format.label() + " published with " + count(errors.size(), "broken link")
                                + " (" + settings.keepGoingName() + ")");
                    }
                } else {
                    outcome.add(format.label() + " not published: the build found " + count(errors.size(), "error")
                            + " (" + rules(errors) + "); " + out.target() + " is unchanged");
                }
            }
            Timings.phase("publish " + format);
        }
        return new Result(sorted(diagnostics), files, outcome, broken || Diagnostic.fail(diagnostics, settings.warningsAsErrors()));
    }

    private static List<Diagnostic> html(Pipeline pipeline, LoadedBook loaded, CheckContext context, Settings settings,
                                         OutputDirectory out, List<String> done)
            throws IOException, dev.pgdocs.xslt.StylesheetException {
        SiteBuild.Result built = SiteBuild.write(pipeline, loaded, context, settings.style(), settings.singlePage(), out);
        done.add("wrote " + built.written().pages() + " pages to " + out.target()
                + (settings.style() == HtmlStyle.WEBSITE ? " (website style)"
                        : " (search index: " + built.written().searchEntries() + " entries)"));
        return built.diagnostics();
    }

    /** A link the written site's check found broken: reported, and the rest of the site is sound. */
    private static boolean onlyABrokenLink(Diagnostic d) {
        return d.rule().equals("html.broken-link");
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(null);
        return List.copyOf(copy);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String rules(List<Diagnostic> errors) {
        return errors.stream().map(Diagnostic::rule).distinct().sorted().collect(Collectors.joining(", "));
    }
}
