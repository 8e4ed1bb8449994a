package dev.pgdocs.maven;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.DiagnosticFormat;
import dev.pgdocs.diagnostics.Failure;
import dev.pgdocs.diagnostics.RulePolicy;
import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.load.PgVersion;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.JvmTuning;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.write.OutputDirectory;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal that reads a book takes, and how a goal reports: each finding through
 * Maven's log at its severity, as {@code file:line:col: message [rule]}; a book that fails
 * ends the build with a {@link MojoFailureException} naming the counts.
 *
 * <p>A goal whose work wants other JVM options than Maven's (a PDF: its row of
 * {@link JvmTuning}) runs in a JVM of its own with them, as the command line does
 * ({@link ForkedGoal}); the {@code fork} parameter says when. The others run in Maven's
 * JVM, with Maven's settings ({@code MAVEN_OPTS}, {@code .mvn/jvm.config}); when a JVM
 * runs out of memory, the goal says which and how to give it more.
 */
abstract class BookMojo extends AbstractMojo {

    /** The master file (a postgres.sgml-style book) or a bare chapter file. */
    @Parameter(property = "pgdocs.master", defaultValue = "${project.basedir}/docs-src/book.sgml", required = true)
    File master;

    /** OASIS XML catalogs to consult before the built-in one, e.g. for the exact DocBook 4.5 DTD. */
    @Parameter
    List<File> catalogs = List.of();

    /** Inventories of other books that links may point into, after those named in pgdocs.json. */
    @Parameter
    List<File> inventories = List.of();

    /** A directory of stylesheets to use instead of the built-in ones, file by file. */
    @Parameter(property = "pgdocs.templates")
    File templates;

    /** The PostgreSQL version the manual is for (e.g. 18.3, 19devel); default: version.sgml, the source tree, else devel. */
    @Parameter(property = "pgdocs.pgVersion")
    String pgVersion;

    /** Rule levels over pgdocs.json's "rules": {@code <id.missing>off</id.missing>}, error, warning or off. */
    @Parameter
    Map<String, String> rules = Map.of();

    /** Fail on warnings too. */
    @Parameter(property = "pgdocs.warningsAsErrors", defaultValue = "false")
    boolean warningsAsErrors;

    /** Skip this goal. */
    @Parameter(property = "pgdocs.skip", defaultValue = "false")
    boolean skip;

    /**
     * When the goal runs in a JVM of its own, started with pgdocs' options for its work:
     * auto (when the work wants other options than Maven's JVM has: a PDF), always, or never
     * (in Maven's JVM, with Maven's settings).
     */
    @Parameter(property = "pgdocs.fork", defaultValue = "auto")
    String fork = "auto";

    /** When a goal runs forked. */
    enum Fork { AUTO, ALWAYS, NEVER }

    /** The goal's work, given the pipeline of the book. */
    abstract void run(Pipeline pipeline) throws Exception;

    /** The row of {@link JvmTuning} this goal's work runs best with, in a JVM of its own. */
    abstract JvmTuning tuning() throws MojoFailureException;

    /**
     * Whether, with fork=auto, that tuning differs enough from Maven's JVM to be worth a JVM
     * of its own: not for work that lasts seconds (Maven's JVM is already running).
     */
    boolean forkByDefault() throws MojoFailureException {
        return false;
    }

    /** The tuning to fork with, by the fork parameter; empty to run here (always so in a forked JVM). */
    private Optional<JvmTuning> forkWith() throws MojoFailureException {
        if (ForkedGoal.inFork()) {
            return Optional.empty();
        }
        return switch (choice(Fork.class, "fork", fork)) {
            case NEVER -> Optional.empty();
            case AUTO -> forkByDefault() ? Optional.of(tuning()) : Optional.empty();
            case ALWAYS -> Optional.of(tuning());
        };
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("pgdocs: skipped");
            return;
        }
        Optional<JvmTuning> forked = forkWith();
        if (forked.isPresent() && new ForkedGoal(this, forked.get()).run()) {
            return;
        }
        // FOP writes the PDF's dates in the default time zone; in UTC the same sources give
        // the same bytes on every machine, as with the command line. Maven's zone is given back.
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            run(new Pipeline(source()).settingRules(ruleLevels()));
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            throw new MojoExecutionException(ForkedGoal.inFork()
                    ? "pgdocs: the goal's own JVM ran out of memory (its heap is " + heap + " MB); run it in Maven's"
                    + " JVM with more: <fork>never</fork> and MAVEN_OPTS=-Xmx2g"
                    : "pgdocs: Maven's JVM ran out of memory (its heap is at most " + heap + " MB); this goal ran"
                    + " in Maven's JVM, so give it more: MAVEN_OPTS=-Xmx2g, or -Xmx2g in .mvn/jvm.config", e);
        } catch (Exception e) {
            fail(e);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    /**
     * A failure that says itself (unreadable input at its file:line:col, output that cannot
     * be written) fails the build with its own words; anything else is a bug in pgdocs.
     */
    private void fail(Exception e) throws MojoFailureException, MojoExecutionException {
        if (OutputDirectory.interrupted()) {
            throw interrupted();
        }
        if (e instanceof LoadException load && !load.diagnostics().isEmpty()) {
            load.diagnostics().forEach(this::log);
            throw new MojoFailureException("pgdocs: cannot read " + subject() + ": " + load.getMessage());
        }
        if (e instanceof Failure failure) {
            throw new MojoFailureException(failure.report());
        }
        if (e instanceof java.io.IOException io) {
            throw new MojoFailureException("pgdocs: " + io);
        }
        throw new MojoExecutionException("pgdocs: internal error: " + e, e);
    }

    /** What a stopped goal says, forked or not: its hooks removed what it was writing. */
    static MojoFailureException interrupted() {
        return new MojoFailureException("pgdocs: interrupted; nothing published");
    }

    /** The book these parameters name, as the pipeline takes it. */
    BookSource source() throws MojoFailureException {
        Optional<PgVersion> version;
        try {
            version = Optional.ofNullable(pgVersion).map(PgVersion::valueOf);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("pgdocs: pgVersion " + pgVersion + ": " + e.getMessage());
        }
        return new BookSource(master.toPath(), paths(catalogs), paths(inventories),
                Optional.ofNullable(templates).map(File::toPath), version);
    }

    private static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** The rules parameter as levels; a name that is no rule, or a level that is none, fails the build saying why. */
    private Map<String, RuleLevel> ruleLevels() throws MojoFailureException {
        RulePolicy known = Pipeline.knownRules();
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (var setting : (rules == null ? Map.<String, String>of() : rules).entrySet()) {
            try {
                levels.put(setting.getKey(), known.level(setting.getKey(), setting.getValue().trim()));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("pgdocs: rules: " + setting.getKey() + "=" + setting.getValue() + ": "
                        + e.getMessage());
            }
        }
        return levels;
    }

    /** One finding, at its severity: {@code file:line:col: message [rule]}. */
    void log(Diagnostic d) {
        String line = d.location() + ": " + d.message() + " [" + d.rule() + "]";
        if (d.isError()) {
            getLog().error(line);
        } else {
            getLog().warn(line);
        }
    }

    /** Logs every finding and the summary line, and fails the build when they fail it. */
    void report(List<Diagnostic> diagnostics, int files) {
        diagnostics.forEach(this::log);
        DiagnosticFormat.Summary summary = DiagnosticFormat.Summary.of(subject(), files, diagnostics);
        getLog().info(summary.toString());
    }

    /** The exception that fails the build over {@code diagnostics}, naming the counts; none when they pass. */
    Optional<MojoFailureException> verdict(List<Diagnostic> diagnostics, String why) {
        if (!Diagnostic.failing(diagnostics, warningsAsErrors)) {
            return Optional.empty();
        }
        DiagnosticFormat.Summary summary = DiagnosticFormat.Summary.of(subject(), 0, diagnostics);
        String counts = count(summary.errors(), "error") + (warningsAsErrors && summary.warnings() > 0
                ? " and " + count(summary.warnings(), "warning") + " (warningsAsErrors)" : "");
        return Optional.of(new MojoFailureException("pgdocs: " + subject() + ": " + counts + why));
    }

    /** The master as findings name files: relative to where Maven was started, when below it. */
    String subject() {
        return SourceLocation.of(master.toPath()).displayPath();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The constant of {@code type} that {@code word} names, any case; else the build fails listing them. */
    static <E extends Enum<E>> E choice(Class<E> type, String parameter, String word) throws MojoFailureException {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(word.trim().replace('-', '_'))) {
                return value;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(value.name().toLowerCase(Locale.ROOT));
        }
        throw new MojoFailureException("pgdocs: " + parameter + ": unknown value '" + word.trim() + "'; choose " + known);
    }
}
