package dev.pgdocs.pipeline;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.diagnostics.RulePolicy;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.BookConfig;
import dev.pgdocs.load.Catalog;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.ParsedEntities;
import dev.pgdocs.load.SourceLoader;
import dev.pgdocs.resolve.BookIndex;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.resolve.Checker;
import dev.pgdocs.resolve.Inventory;
import dev.pgdocs.resolve.InventoryEntry;
import dev.pgdocs.resolve.InventoryException;
import dev.pgdocs.resolve.LinkTargets;
import dev.pgdocs.resolve.SourceTree;
import dev.pgdocs.xslt.LocationFunction;
import dev.pgdocs.xslt.StylesheetCache;
import dev.pgdocs.xslt.StylesheetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.sf.saxon.s9api.Processor;

/**
 * The stages in order, shared by every command: load, then resolve (link targets,
 * inventories, rules) and check. It keeps what outlives one load: the Saxon processor and
 * the compiled stylesheets, so serve's rebuilds and diff's two sides compile each once.
 * The output stages take what this returns: {@link SiteBuild} (the HTML site),
 * {@link PdfBuild} (the PDF), or pages in memory (diff, serve's touched pages).
 */
public final class Pipeline {

    private final BookSource source;
    private final StylesheetCache stylesheets;

    private final Processor processor;
    private final LocationFunction locations;
    private boolean withPages;
    private Progress progress = Progress.installed();
    private Map<String, RuleLevel> ruleSettings = Map.of();
    /** The rule levels of the last {@link #context}, from pgdocs.json (read again on each load) and the command line. */
    private RulePolicy policy = new RulePolicy(Checker.rules());
    /** The findings of the rules of files, worked out beside the targets by {@link #loadAndCheck}, and of which book. */
    private CompletableFuture<List<Diagnostic>> ofFiles;
    private LoadedBook ofFilesBook;
    /** How many entity files the last {@link #load()} played back instead of parsing. */
    private int playedBack;

    public Pipeline(BookSource source) {
        this.source = source;
        Stylesheets own = source.templates().isEmpty() && sharedBuiltIn != null
                ? sharedBuiltIn : Stylesheets.from(source.templates());
        this.processor = own.processor();
        this.locations = own.locations();
        this.stylesheets = own.cache();
    }

    /** A Saxon processor with pgdocs' extension functions, and the stylesheets it compiles. */
    private record Stylesheets(Processor processor, LocationFunction locations, StylesheetCache cache) {
        static Stylesheets from(Optional<Path> templates) {
            Processor processor = new Processor(false);
            LocationFunction locations = new LocationFunction();
            processor.registerExtensionFunction(locations);
            return new Stylesheets(processor, locations, new StylesheetCache(processor, templates));
        }
    }

    /** What every pipeline with the built-in stylesheets shares, once {@link #shareBuiltInStylesheets} is called. */
    private static volatile Stylesheets sharedBuiltIn;

    /**
     * Makes every later pipeline of this JVM whose book uses the built-in stylesheets share
     * one processor and its compiled stylesheets, as serve's rebuilds do: for a JVM that
     * does run after run (the resident JVM), where compiling them again took 0.8 s of CPU
     * of each HTML build. Stylesheets from a --templates directory, which may be edited
     * between runs, are compiled for each run as before.
     */
    public static void shareBuiltInStylesheets() {
        sharedBuiltIn = Stylesheets.from(Optional.empty());
    }

    /** The parsed entity files kept from run to run, once {@link #keepParsedEntities} is called. */
    private static volatile KeptEntities keptEntities;

    /**
     * Makes every later check or build of this JVM keep the parsed entity files of its
     * book for the next run of the same book, which plays back the unchanged ones: for the
     * resident JVM of the quick commands (not the one for PDFs, whose heap FOP needs).
     */
    public static void keepParsedEntities() {
        keptEntities = new KeptEntities();
    }

    /** Undoes {@link #keepParsedEntities} (for tests, which share their JVM). */
    static void keepNoParsedEntities() {
        keptEntities = null;
    }

    /** How many entity files the last {@link #load()} of this pipeline played back. */
    int playedBack() {
        return playedBack;
    }

    /**
     * Between two runs of a JVM that shares its stylesheets: forgets the source texts the
     * last run read to place its messages, which would be held while it waits (and be
     * stale at the next).
     */
    public static void releaseBetweenRuns() {
        Stylesheets shared = sharedBuiltIn;
        if (shared != null) {
            shared.locations().forgetSources();
        }
    }

    private Pipeline(BookSource source, Processor processor, LocationFunction locations,
                     StylesheetCache stylesheets) {
        this.source = source;
        this.processor = processor;
        this.locations = locations;
        this.stylesheets = stylesheets;
    }

    /** The same stages for another master file, sharing the compiled stylesheets. */
    public Pipeline forMaster(Path master) {
        Pipeline other = new Pipeline(source.withMaster(master), processor, locations, stylesheets);
        other.withPages = withPages;
        other.progress = progress;
        other.ruleSettings = ruleSettings;
        return other;
    }

    /** Sets rules as the command line says, over pgdocs.json; the names must be rules (see {@link #knownRules}). */
    public Pipeline settingRules(Map<String, RuleLevel> settings) {
        ruleSettings = Map.copyOf(settings);
        return this;
    }

    /** Every rule at its own severity: the names --rule and pgdocs.json may set. */
    public static RulePolicy knownRules() {
        return new RulePolicy(Checker.rules());
    }

    /** The rule levels the last check applied. */
    public RulePolicy policy() {
        return policy;
    }

    /**
     * Makes the link targets complete, every page listed and every cross-reference text
     * worked out, for commands that compare builds (serve, diff) or publish the targets
     * (inventory).
     */
    public Pipeline completeTargets() {
        withPages = true;
        return this;
    }

    /** Reports the stages, and the output stages their pages, to {@code progress} instead of the installed one. */
    public Pipeline reportingTo(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Where the stages report how far they are. */
    public Progress progress() {
        return progress;
    }

    public BookSource source() {
        return source;
    }

    public StylesheetCache stylesheets() {
        return stylesheets;
    }

    /**
     * Loads the book, compiling the shared stylesheet on the other core meanwhile; in a JVM
     * that keeps parsed entity files, playing back those of the last load of this book
     * that are unchanged. A load that fails keeps nothing: the next one parses whole.
     */
    public LoadedBook load() throws LoadException {
        KeptEntities kept = keptEntities;
        if (kept == null) {
            return load(null);
        }
        KeptEntities.Book book = KeptEntities.Book.of(source);
        ParsedEntities entities = kept.take(book);
        LoadedBook loaded = load(entities);
        kept.keep(book, entities, loaded, System.currentTimeMillis());
        playedBack = entities.playedBack();
        return loaded;
    }

    /** Loads the book, playing back the unchanged entity files kept in {@code entities} (may be null). */
    public LoadedBook load(ParsedEntities entities) throws LoadException {
        stylesheets.prepare(LinkTargets.STYLESHEET);
        locations.forgetSources();
        Catalog catalog;
        try {
            catalog = Catalog.withUserCatalogs(source.catalogs());
        } catch (IllegalArgumentException e) {
            throw new LoadException(null, e.getMessage(), e);
        }
        return new SourceLoader(processor, catalog, source.pgVersion().orElse(null)).load(source.master(), entities);
    }

    public LinkTargets targets(LoadedBook book) throws StylesheetException {
        return LinkTargets.of(book, stylesheets, withPages);
    }

    /** Inventory entries by id, from pgdocs.json's list and then --inventory. */
    public Map<String, InventoryEntry> inventories() throws LoadException, InventoryException {
        Map<String, InventoryEntry> entries = new LinkedHashMap<>();
        for (Path file : inventoryFiles()) {
            Inventory.read(file).byId().forEach(entries::putIfAbsent);
        }
        return entries;
    }

    /** The inventory files, in the order their entries count: pgdocs.json's, then --inventory. */
    public List<Path> inventoryFiles() throws LoadException {
        List<Path> files = new ArrayList<>(BookConfig.forMaster(source.master()).inventories());
        files.addAll(source.inventories());
        return files;
    }

    /** Everything check needs, from a loaded book. */
    public CheckContext context(LoadedBook book, Optional<SourceTree> sourceTree)
            throws LoadException, InventoryException, StylesheetException {
        return context(book, sourceTree, false);
    }

    /** The context; with {@code checking}, the rules of files start beside it, for {@link #check} to take. */
    private CheckContext context(LoadedBook book, Optional<SourceTree> sourceTree, boolean checking)
            throws LoadException, InventoryException, StylesheetException {
        Map<String, InventoryEntry> inventories = inventories();
        policy = rulePolicy();
        // the index of ids and links (and the rules of files) are Java, the targets XSLT: one on each core
        CompletableFuture<BookIndex> index = CompletableFuture.supplyAsync(() -> new BookIndex(book.document()));
        if (checking) {
            RulePolicy levels = policy;
            ofFiles = CompletableFuture.supplyAsync(() -> new Checker(levels::isOff).checkFiles(book));
            ofFilesBook = book;
        }
        LinkTargets targets = targets(book);
        return new CheckContext(book, index.join(), targets, inventories, sourceTree, policy.requested());
    }

    /** A task's result; what it threw, as it threw it (as the rule would have, run on this thread). */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The book loaded and checked: the one environment every output reads.
     *
     * @param book        the loaded tree and the files it was read from
     * @param context     its id index, link targets and inventories
     * @param diagnostics what the rules found, at the levels the book and the command line set
     */
    public record Environment(LoadedBook book, CheckContext context, List<Diagnostic> diagnostics) {
    }

    /** Loads the book and runs every rule over it (against {@code sourceTree}'s files, when given). */
    public Environment loadAndCheck(Optional<SourceTree> sourceTree)
            throws LoadException, InventoryException, StylesheetException {
        progress.stage("load");
        LoadedBook loaded = load();
        Timings.phase(playedBack > 0 ? "load (" + playedBack + " files played back)" : "load");
        progress.stage("check");
        CheckContext context = context(loaded, sourceTree, true);
        Timings.phase("index and link targets");
        List<Diagnostic> found = check(context);
        Timings.phase("rules");
        return new Environment(loaded, context, found);
    }

    /** The findings of every rule, at the levels the book and the command line set (rules set off are not run). */
    public List<Diagnostic> check(CheckContext context) {
        RulePolicy levels = policy;
        Checker checker = new Checker(levels::isOff);
        List<Diagnostic> files = ofFilesBook == context.book() ? join(ofFiles) : checker.checkFiles(context.book());
        ofFiles = null;
        ofFilesBook = null;
        return levels.apply(checker.check(context, files));
    }

    /** pgdocs.json's rule levels, then the command line's; a setting the policy refuses stops, at its line. */
    private RulePolicy rulePolicy() throws LoadException {
        RulePolicy known = knownRules();
        Map<String, RuleLevel> fromFile = new LinkedHashMap<>();
        for (var setting : BookConfig.forMaster(source.master()).rules().entrySet()) {
            var refused = known.refusal(setting.getKey(), setting.getValue().level());
            if (refused.isPresent()) {
                throw new LoadException(setting.getValue().at(), "invalid " + BookConfig.FILE_NAME + ": " + refused.get(), null);
            }
            fromFile.put(setting.getKey(), setting.getValue().level());
        }
        return known.with(fromFile).with(ruleSettings);
    }
}
