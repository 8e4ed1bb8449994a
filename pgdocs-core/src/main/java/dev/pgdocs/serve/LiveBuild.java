package dev.pgdocs.serve;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.diagnostics.Timings;
import dev.pgdocs.load.BookConfig;
import dev.pgdocs.load.ElementLocator;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.ParsedEntities;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.PagesInMemory;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.pipeline.SiteBuild;
import dev.pgdocs.render.HtmlRenderer;
import dev.pgdocs.render.HtmlStyle;
import dev.pgdocs.resolve.CheckContext;
import dev.pgdocs.resolve.InventoryException;
import dev.pgdocs.resolve.LinkTargets;
import dev.pgdocs.resolve.PageLayout;
import dev.pgdocs.write.OutputDirectory;
import dev.pgdocs.write.OutputRefusedException;
import dev.pgdocs.write.html.LiveSite;
import dev.pgdocs.xslt.StylesheetException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.tiny.TinyNodeImpl;
import net.sf.saxon.tree.tiny.TinyTree;
import net.sf.saxon.type.Type;

/**
 * The build behind {@code pgdocs serve}, run again on every save. It keeps what an
 * edit cannot have changed: the compiled stylesheets (until a template changes) and the
 * pages of the site. Right after the load, the pages holding the edited files' elements
 * are rendered and put in place, so that the writer sees the edit before the rest of the
 * work is done (the first look). Then the whole book is checked, because a renamed id
 * breaks references anywhere; when the edit left every title, page name, target,
 * generated anchor and index entry of the book as it was, only the other pages it
 * reached are rendered and replaced. Anything else renders the whole site again. A run
 * that finds errors leaves the site as the last good build left it: the pages of the
 * first look are put back.
 */
public final class LiveBuild {

    /**
     * What one run did.
     *
     * @param ok          whether a site was published
     * @param diagnostics what the check and the build found
     * @param pages       how many pages were written (all, or the few an edit touched)
     * @param whole       whether the whole site was rendered
     * @param sources     every file the book is now made of, to watch
     * @param replaced    the pages this run changed in the site after its first look (on
     *                    failure: the pages it put back), or null when it published a whole
     *                    new site; open pages not among them need not reload
     */
    public record Outcome(boolean ok, List<Diagnostic> diagnostics, int pages, boolean whole, Set<Path> sources,
                          Set<String> replaced) {

        Outcome withReplaced(Set<String> pages) {
            return new Outcome(ok, diagnostics, this.pages, whole, sources, pages);
        }
    }

    /**
     * The pages a first look put in place, and what they held before, to put back if the
     * run fails.
     */
    private record FirstLook(Set<String> pages, Map<String, String> previous) {
    }

    /**
     * Rounds of a save's first look in {@link #warmUp}, at least: on PostgreSQL 18 each
     * takes 0.3-0.6 s while the JVM is still compiling.
     */
    private static final int FIRST_LOOK_ROUNDS = 3;
    /**
     * And for at least this long: serve runs with the optimizing compiler, and until it has
     * compiled a method the JVM runs a slower, counting version of it. A small book's
     * rounds are too quick for that: after four, saves of docs-src took 0.20-0.32 s to the
     * reload signal, against 0.15-0.18 s with the quick compiler alone; after two seconds
     * of rounds, 0.14-0.20 s (bench/serve-rebuild.sh docs-src).
     */
    private static final long FIRST_LOOK_NANOS = 2_000_000_000L;

    private final BookSource source;
    private final Path output;
    private final boolean force;
    /** Which page around the content the site gets; the same for every rebuild. */
    private final HtmlStyle style;
    private Pipeline pipeline;
    private LiveSite site;
    private LinkTargets lastTargets;
    private PageLayout lastLayout;
    private Set<Path> sources = Set.of();
    /** Files edited since the site was last published: a failed build does not forget them. */
    private final Set<Path> unpublished = new HashSet<>();
    /** The parsed entity files, kept across builds; replaced with the stylesheets. */
    private ParsedEntities entities = new ParsedEntities();
    /** The load of the next save, waiting with the book's prolog read; null when none is. */
    private NextLoad next;
    /** How many builds took their book from a {@link NextLoad} (for tests). */
    private int loadsAhead;
    /** Told the pages of each first look as soon as they are in place. */
    private Consumer<Set<String>> firstLookDone = pages -> { };

    public LiveBuild(BookSource source, Path output, boolean force) {
        this(source, output, force, HtmlStyle.DEFAULT);
    }

    public LiveBuild(BookSource source, Path output, boolean force, HtmlStyle style) {
        this.source = source;
        this.output = output;
        this.force = force;
        this.style = style;
    }

    /**
     * Who to tell when the pages of an edit are in place, before the check: serve reloads
     * the open pages among them.
     */
    public void onFirstLook(Consumer<Set<String>> listener) {
        firstLookDone = listener;
    }

    /** Files and directories the book is made of; everything a rebuild depends on. */
    public Set<Path> inventoryFiles() {
        Set<Path> files = new LinkedHashSet<>(source.inventories());
        try {
            files.addAll(pipeline.inventoryFiles());
        } catch (LoadException e) {
            // pgdocs.json is unreadable: the build reports it; there is nothing to watch in it
        }
        files.add(source.master().toAbsolutePath().getParent().resolve(BookConfig.FILE_NAME));
        return files;
    }

    /**
     * Builds as {@link #build} does; a failure that is not the sources' fault (an
     * unwritable directory, a bug) becomes a diagnostic too, so that serving goes on.
     */
    public Outcome buildOrExplain(Set<Path> changed) {
        try {
            return build(changed);
        } catch (IOException | OutputRefusedException | RuntimeException e) {
            return failed(Diagnostic.error(SourceLocation.of(output), "serve", "build failed: " + e));
        }
    }

    /**
     * Goes through what a save costs a few times, writing nothing: the first saves after
     * a start would otherwise run before the JIT compiler has compiled that path, at up to
     * twice the time. Only a save's first look goes round (loading, finding the edited
     * file's pages, rendering them, reading and link-checking them), the part the writer
     * waits for; the check and the
     * rest ran in the first build. When a round was a whole run (1.5-2.5 s each on
     * PostgreSQL 18), a save 5 s after the start came during one and waited for the step
     * under way: 0.58-1.1 s to the reload signal, against 0.33-0.65 s with these rounds of
     * 0.4-0.9 s (bench/serve-rebuild.sh pg18, by turns). Stops as soon as {@code saved}
     * says a save is waiting: a save is what the warming is for. Failures are left to the
     * next real build to report.
     */
    public void warmUp(BooleanSupplier saved) {
        if (next != null) {
            return; // its loads would take the next one's place
        }
        Path master = source.master().toAbsolutePath().normalize();
        Optional<Path> chapter = sources.stream().filter(p -> !p.equals(master) && entities.holds(p)).sorted()
                .findFirst();
        if (site == null || lastLayout == null || chapter.isEmpty()) {
            return;
        }
        Set<Path> edited = Set.of(chapter.get());
        try {
            long until = System.nanoTime() + FIRST_LOOK_NANOS;
            for (int i = 0; (i < FIRST_LOOK_ROUNDS || System.nanoTime() < until) && !saved.getAsBoolean(); i++) {
                LoadedBook book = pipeline.load(entities);
                Set<String> touched = saved.getAsBoolean() ? null : pagesOf(pipeline, book, edited);
                if (touched == null || touched.isEmpty() || saved.getAsBoolean()) {
                    return;
                }
                PagesInMemory pages = PagesInMemory.render(pipeline, book, pipeline.inventories(), style, touched);
                site.rehearse(pages.pages());
            }
        } catch (Exception | LinkageError e) {
            // the next real build reports whatever this was
        }
    }

    /**
     * Starts the load of the next save, which reads the book's prolog now and waits for
     * the save ({@link NextLoad}): on PostgreSQL 18 the DTD is a quarter of what a save's
     * load takes, and all of it on the thread the writer waits for. Call once a build
     * (and the warm-up) is done.
     */
    public void prepareNextLoad() {
        if (pipeline != null && site != null && next == null) {
            next = NextLoad.start(pipeline, entities).orElse(null);
        }
    }

    /** How many builds took their book from the load started ahead of them. */
    int loadsAhead() {
        return loadsAhead;
    }

    /** Waits until the load started ahead waits for the save; none started: at once. */
    void awaitNextLoadWaiting() {
        if (next != null) {
            next.waiting().join();
        }
    }

    /** Builds after {@code changed} changed (everything, on the first run). */
    public Outcome build(Set<Path> changed) throws IOException, OutputRefusedException {
        boolean templatesChanged = source.templates().map(dir -> dir.toAbsolutePath().normalize())
                .filter(dir -> changed.stream().anyMatch(p -> p.startsWith(dir))).isPresent();
        if (pipeline == null || templatesChanged) {
            if (next != null) {
                next.cancel(); // it loads with the old pipeline
                next = null;
            }
            pipeline = new Pipeline(source).completeTargets();
            pipeline.stylesheets().prepare(HtmlRenderer.STYLESHEET);
            site = null;
            entities = new ParsedEntities();
        }
        unpublished.addAll(normalized(changed));
        Set<Path> edited = Set.copyOf(unpublished);
        LoadedBook book;
        try {
            NextLoad early = next;
            next = null;
            Optional<LoadedBook> loaded = early == null ? Optional.empty() : early.finish(edited);
            if (loaded.isPresent()) {
                book = loaded.get();
                loadsAhead++;
            } else {
                entities.forget(edited); // whatever their stamps say: the watcher saw them change
                book = pipeline.load(entities);
            }
        } catch (LoadException e) {
            watchAfterFailure(e);
            return loadFailed(e);
        }
        Timings.phase("load (" + entities.playedBack() + " files played back)");
        sources = Set.copyOf(book.files());
        // Most saves leave the book's structure as it was: then the pages of the edit can
        // be shown at once, and the others it reached rendered while the check runs
        boolean incremental = site != null && lastTargets != null && lastLayout != null && !edited.isEmpty()
                && !edited.contains(book.master()) && sources.containsAll(edited);
        // The first look has the machine to itself: with the page layout worked out beside
        // it (which needs only the tree), the run ended 0.2 s sooner on PostgreSQL 18 but
        // the edited page came 0.25 s later (the serial collector stops both for either).
        FirstLook first = incremental ? firstLook(book, edited) : null;
        Pipeline stages = pipeline;
        CompletableFuture<PageLayout> pageLayout = CompletableFuture.supplyAsync(() -> {
            try {
                return LinkTargets.pageLayout(stages.stylesheets(), book.document());
            } catch (StylesheetException e) {
                throw new CompletionException(e);
            }
        });
        if (first == null) {
            return checkAndRender(book, edited, incremental, Set.of(), pageLayout);
        }
        firstLookDone.accept(first.pages());
        Outcome outcome;
        try {
            outcome = checkAndRender(book, edited, true, first.pages(), pageLayout);
        } catch (IOException | OutputRefusedException | RuntimeException e) {
            putBack(first);
            throw e;
        }
        if (outcome.ok()) {
            return outcome;
        }
        putBack(first);
        return outcome.withReplaced(first.pages());
    }

    /**
     * Renders the pages that hold the edited files' elements and puts them in place, or
     * returns null (with nothing written) when that cannot be done on its own: the edit
     * has no element of its own, reaches a page the site lacks or more than a quarter of
     * the book, or the pages fail to render or link. The run's check comes after; its
     * failure puts the pages back.
     */
    private FirstLook firstLook(LoadedBook book, Set<Path> edited) throws IOException {
        try {
            Set<String> touched = pagesOf(pipeline, book, edited);
            Timings.phase("pages of the edited files");
            if (touched == null || touched.isEmpty() || touched.size() > lastTargets.pageCount() / 4
                    || !site.hasPages(touched)) {
                return null;
            }
            PagesInMemory pages = PagesInMemory.render(pipeline, book, pipeline.inventories(), style, touched);
            if (Diagnostic.anyError(pages.diagnostics())) {
                return null;
            }
            Map<String, String> previous = site.contents(touched);
            if (Diagnostic.anyError(site.show(pages.pages(), pages.images()))) {
                return null; // nothing was written
            }
            Timings.phase("first look: " + pages.pages().size() + " pages in place");
            return new FirstLook(Set.copyOf(pages.pages().keySet()), previous);
        } catch (StylesheetException | LoadException | InventoryException e) {
            return null; // the run that follows reports it
        }
    }

    /**
     * Puts back the pages a first look replaced: the run that made them failed. (They
     * linked as they do now before the first look, so the link check that replace runs
     * finds nothing.)
     */
    private void putBack(FirstLook first) throws IOException {
        site.replace(first.previous(), Map.of());
    }

    /**
     * The rest of a run: targets and check, then the pages the edit reached besides those
     * already {@code shown} (or the whole site), with the page layout being worked out.
     */
    private Outcome checkAndRender(LoadedBook book, Set<Path> edited, boolean incremental, Set<String> shown,
                                   CompletableFuture<PageLayout> pageLayout)
            throws IOException, OutputRefusedException {
        CheckContext context;
        Pipeline stages = pipeline;
        CompletableFuture<PagesInMemory> early = null;
        try {
            if (incremental) {
                // render the pages the edit reached on the other core too, while the targets
                // and the check are worked out, and throw them away if it reached further
                Reach before = new Reach(lastLayout, site, lastTargets.pageCount());
                early = pageLayout.thenApply(layout -> renderReached(stages, book, edited, layout, before, style, shown));
            }
            context = pipeline.context(book, Optional.empty());
            Timings.phase("targets");
        } catch (LoadException e) {
            watchAfterFailure(e);
            return loadFailed(e);
        } catch (InventoryException e) {
            return failed(e.toDiagnostic());
        } catch (StylesheetException e) {
            return failed(stylesheetFailure(e));
        }
        LinkTargets targets = context.targets();
        List<Diagnostic> diagnostics = new ArrayList<>(pipeline.check(context));
        Timings.phase("check");
        if (Diagnostic.anyError(diagnostics)) {
            return new Outcome(false, sorted(diagnostics), 0, false, sources, Set.of());
        }
        // a failed layout compares with nothing: the whole site is rendered
        PageLayout layout = pageLayout.exceptionally(e -> null).join();
        Timings.phase("page layout");
        boolean reached = early != null && targets.sameStructure(lastTargets)
                && early.exceptionally(e -> null).join() != null;
        try {
            Set<String> replaced = reached ? new TreeSet<>(early.join().pages().keySet()) : null;
            int pages = reached ? writeReached(early, diagnostics) : renderAll(book, context, diagnostics, early);
            if (pages < 0) {
                return new Outcome(false, sorted(diagnostics), 0, !reached, sources, Set.of());
            }
            unpublished.clear();
            lastTargets = targets;
            lastLayout = layout;
            return new Outcome(true, sorted(diagnostics), reached ? pages + shown.size() : pages, !reached, sources,
                    replaced);
        } catch (StylesheetException e) {
            diagnostics.add(stylesheetFailure(e));
            return new Outcome(false, sorted(diagnostics), 0, !reached, sources, Set.of());
        }
    }

    private int renderAll(LoadedBook book, CheckContext context, List<Diagnostic> diagnostics,
                          CompletableFuture<PagesInMemory> early)
            throws IOException, OutputRefusedException, StylesheetException {
        if (early != null) {
            early.exceptionally(e -> null).join(); // not wanted after all; let it finish off the cores
        }
        try (OutputDirectory out = OutputDirectory.prepare(output, force || site != null || lastTargets != null)) {
            SiteBuild.Result built = SiteBuild.write(pipeline, book, context, style, false, out);
            diagnostics.addAll(built.diagnostics());
            if (Diagnostic.anyError(diagnostics)) {
                return -1;
            }
            out.publish(style != HtmlStyle.WEBSITE); // as build does: the website style's files are all pages
            site = new LiveSite(out.target(), book.sourceRoot(), built.written(), style);
            return built.written().pages();
        }
    }

    /**
     * What the last published build leaves to compare with: its layout, its site (which
     * pages link where) and how many pages it has.
     */
    private record Reach(PageLayout layout, LiveSite site, int pageCount) {
    }

    /**
     * The pages an edit reached, rendered: those holding the edited files' elements, those
     * whose generated anchors, numbers, untitled-by-id titles, footnote marks or index
     * terms it moved (the index pages, when the index shows a term differently), and the
     * pages with a link to an element whose anchor, number or title moved, which show it. Null when it cannot be told (an edited file with no element of its
     * own: its text is pulled into other files' paragraphs) or when that is so much of the
     * book that rendering it all is as quick. The pages a first look has {@code shown}
     * (those holding the edited files' elements) are counted but not rendered again.
     */
    private static PagesInMemory renderReached(Pipeline stages, LoadedBook book, Set<Path> edited, PageLayout layout,
                                               Reach before, HtmlStyle style, Set<String> shown) {
        try {
            Set<String> reached = shown.isEmpty() ? pagesOf(stages, book, edited) : new TreeSet<>(shown);
            if (reached == null) {
                return null;
            }
            Set<String> moved = layout.changedSince(before.layout());
            reached.addAll(moved);
            reached.addAll(before.site().pagesLinkingTo(layout.staleLinks(before.layout())));
            if (reached.size() > before.pageCount() / 4) {
                return null;
            }
            reached.removeAll(shown);
            if (reached.isEmpty()) { // (an empty list would render every page)
                return new PagesInMemory(new TreeMap<>(), List.of(), Map.of());
            }
            PagesInMemory pages = PagesInMemory.render(stages, book, stages.inventories(), style, reached);
            Timings.phase("render " + pages.pages().size() + " pages (beside the check)");
            return pages;
        } catch (StylesheetException | LoadException | InventoryException e) {
            throw new CompletionException(e);
        }
    }

    private int writeReached(CompletableFuture<PagesInMemory> early, List<Diagnostic> diagnostics)
            throws IOException {
        PagesInMemory reached = early.join(); // succeeded: an incremental build needs it
        diagnostics.addAll(reached.diagnostics());
        if (Diagnostic.anyError(diagnostics)) {
            return -1;
        }
        if (reached.pages().isEmpty()) {
            site.writeSearchIndex(); // the first look showed all the edit reached, and left the index
            return 0;
        }
        diagnostics.addAll(site.replace(reached.pages(), reached.images()));
        Timings.phase("write, verify links, search index");
        // replace writes nothing when the new pages have broken links or images
        return Diagnostic.anyError(diagnostics) ? -1 : reached.pages().size();
    }

    /**
     * The pages that hold the edited files' elements, or null when an edited file has no
     * element of its own (its text is pulled into other files' paragraphs).
     */
    private static Set<String> pagesOf(Pipeline stages, LoadedBook book, Set<Path> edited) throws StylesheetException {
        List<XdmNode> roots = rootsFrom(book.document(), edited);
        Set<Path> withElements = new HashSet<>();
        roots.forEach(r -> withElements.add(ElementLocator.fileOf(r.getUnderlyingNode())));
        if (!withElements.containsAll(edited)) {
            return null;
        }
        return new TreeSet<>(LinkTargets.pagesTouched(stages.stylesheets(), book.document(), roots));
    }

    /**
     * The elements where an edited file starts: from that file, under a parent that is not.
     * Read off the arrays of the tree the loader builds (Saxon's tiny tree: nodes in
     * document order, each with its depth), because asking each of PostgreSQL 18's million
     * nodes for its file through the node API took 45 ms of the first look.
     */
    static List<XdmNode> rootsFrom(XdmNode document, Set<Path> files) {
        TinyTree tree = ((TinyNodeImpl) document.getUnderlyingNode()).getTree();
        byte[] kinds = tree.getNodeKindArray();
        short[] depths = tree.getNodeDepthArray();
        Map<String, Boolean> edited = new HashMap<>(); // by system id: one Path per file, not per element
        boolean[] editedAt = new boolean[64]; // whether the element open at each depth is from an edited file
        List<XdmNode> roots = new ArrayList<>();
        String lastSystemId = null; // the tree gives one string per run of a file's nodes
        boolean lastInFiles = false;
        for (int node = 0, count = tree.getNumberOfNodes(); node < count; node++) {
            if (kinds[node] != Type.ELEMENT && kinds[node] != Type.TEXTUAL_ELEMENT) { // (one holding text alone)
                continue;
            }
            int depth = depths[node];
            if (depth >= editedAt.length) {
                editedAt = Arrays.copyOf(editedAt, depth * 2);
            }
            int element = node;
            String systemId = tree.getSystemId(node);
            boolean inFiles = systemId == lastSystemId && systemId != null ? lastInFiles
                    : edited.computeIfAbsent(String.valueOf(systemId), id -> {
                        Path file = ElementLocator.fileOf(tree.getNode(element));
                        return file != null && files.contains(file);
                    });
            lastSystemId = systemId;
            lastInFiles = inFiles;
            editedAt[depth] = inFiles;
            if (inFiles && (depth == 0 || !editedAt[depth - 1])) {
                roots.add(new XdmNode(tree.getNode(node)));
            }
        }
        return roots;
    }

    /**
     * After a load failed, watches every source-like file under the master's directory
     * too: the file that failed (or one that is new) may not be among the sources yet,
     * and its fix must start a build.
     */
    private void watchAfterFailure(LoadException e) {
        Set<Path> watch = new HashSet<>(sources);
        Path root = source.master().toAbsolutePath().normalize().getParent();
        try (var walk = java.nio.file.Files.walk(root)) {
            walk.filter(f -> f.toString().endsWith(".sgml") || f.toString().endsWith(".xml")).forEach(watch::add);
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // the files found so far are watched
        }
        if (e.location() != null && e.location().file() != null) {
            watch.add(e.location().file().toAbsolutePath().normalize());
        }
        sources = Set.copyOf(watch);
    }

    private Outcome loadFailed(LoadException e) {
        return new Outcome(false, e.diagnostics().isEmpty() ? List.of(Diagnostic.error(
                SourceLocation.of(source.master()), "load", e.getMessage())) : e.diagnostics(), 0, false, sources,
                Set.of());
    }

    private Outcome failed(Diagnostic why) {
        return new Outcome(false, List.of(why), 0, false, sources, Set.of());
    }

    private Diagnostic stylesheetFailure(StylesheetException e) {
        Path where = source.templates().orElse(source.master());
        return Diagnostic.error(SourceLocation.of(where), "template", e.getMessage());
    }

    private static Set<Path> normalized(Set<Path> files) {
        Set<Path> out = new HashSet<>();
        files.forEach(f -> out.add(f.toAbsolutePath().normalize()));
        return out;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
