package dev.pgdocs.write.html;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.render.HtmlStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A written site kept up to date a few pages at a time, for {@code pgdocs serve}: each
 * page is replaced in one rename, so a browser never reads half of one; then the links
 * of the whole site are checked again and the search index rewritten, as a full build
 * would.
 */
public final class LiveSite {

    private final Path dir;
    private final Path sourceRoot;
    private final Map<String, PageFacts> facts;
    private final Set<String> otherFiles;
    private final boolean searchIndex;

    /** The site a full build just wrote into {@code dir}. */
    public LiveSite(Path dir, Path sourceRoot, SiteWriter.Result written) {
        this(dir, sourceRoot, written, HtmlStyle.DEFAULT);
    }

    /** The site a full build just wrote in {@code style}: the website style has no search index. */
    public LiveSite(Path dir, Path sourceRoot, SiteWriter.Result written, HtmlStyle style) {
        this.dir = dir;
        this.searchIndex = style != HtmlStyle.WEBSITE;
        this.sourceRoot = sourceRoot;
        this.facts = new TreeMap<>(written.facts());
        this.otherFiles = new HashSet<>(written.otherFiles());
    }

    /**
     * The pages with any of {@code links} (page, or page#anchor, as the pages write them),
     * not counting a page's links within itself: those that show what the links lead to.
     */
    public Set<String> pagesLinkingTo(Set<String> links) {
        Set<String> linking = new HashSet<>();
        for (PageFacts page : facts.values()) {
            for (String link : page.links()) {
                if (links.contains(link) && !link.equals(page.page()) && !link.startsWith(page.page() + "#")) {
                    linking.add(page.page());
                    break;
                }
            }
        }
        return linking;
    }

    /** Whether the site has every one of these pages. */
    public boolean hasPages(Set<String> pages) {
        return facts.keySet().containsAll(pages);
    }

    /** What these pages of the site hold now, by name: to put back after a replacement. */
    public Map<String, String> contents(Set<String> pages) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (String page : pages) {
            contents.put(page, Files.readString(dir.resolve(page), StandardCharsets.UTF_8));
        }
        return contents;
    }

    /**
     * Replaces some pages, unless the link check of the whole site with them finds
     * errors: then nothing is written and the errors come back. {@code images} are the
     * book's images as the rendering of these pages placed them (the edit may have added one).
     */
    public List<Diagnostic> replace(Map<String, String> pages, Map<String, String> images) throws IOException {
        List<Diagnostic> diagnostics = show(pages, images);
        if (!Diagnostic.anyError(diagnostics)) {
            writeSearchIndex();
        }
        return diagnostics;
    }

    /**
     * Replaces some pages as {@link #replace} does, but leaves the search index as it was
     * until the next {@link #replace} or {@link #writeSearchIndex}: serve's first look
     * shows an edit before the rest of its build, which ends with one of those (writing
     * the index of the manual took 20 ms of the first look).
     */
    public List<Diagnostic> show(Map<String, String> pages, Map<String, String> images) throws IOException {
        Examined examined = examine(pages, images, true);
        if (Diagnostic.anyError(examined.diagnostics())) {
            return examined.diagnostics();
        }
        for (var page : pages.entrySet()) {
            Path temporary = Files.createTempFile(dir, ".page-", ".tmp");
            Files.writeString(temporary, page.getValue(), StandardCharsets.UTF_8);
            Files.move(temporary, dir.resolve(page.getKey()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        facts.clear();
        facts.putAll(examined.facts());
        otherFiles.addAll(examined.files());
        return examined.diagnostics();
    }

    /**
     * Reads and link-checks these pages as {@link #show} would, and writes nothing, images
     * included: serve's warm-up goes through it so that a save's first look does not run
     * that code for the first time.
     */
    public void rehearse(Map<String, String> pages) throws IOException {
        examine(pages, Map.of(), false);
    }

    /** The pages' facts, the files beside them and what checking their links found. */
    private record Examined(Map<String, PageFacts> facts, Set<String> files, List<Diagnostic> diagnostics) {
    }

    private Examined examine(Map<String, String> pages, Map<String, String> images, boolean copyImages)
            throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, PageFacts> next = new TreeMap<>(facts);
        Set<String> files = new HashSet<>(otherFiles);
        for (var page : pages.entrySet()) {
            PageFacts read = PageFacts.read(page.getKey(), page.getValue());
            next.put(page.getKey(), read);
            for (String image : read.images()) {
                if (files.contains(image) || Files.isRegularFile(dir.resolve(image).normalize()) || !copyImages) {
                    files.add(image);
                    continue;
                }
                var problem = SiteWriter.copyImage(image, sourceRoot, images, dir, dir);
                problem.ifPresent(diagnostics::add);
                if (problem.isEmpty()) {
                    files.add(image);
                }
            }
        }
        // The other pages' links held before; only a shown page that lost an id can break one
        // of them. Checking the links of the whole manual took 20-30 ms of a first look.
        boolean lostIds = pages.keySet().stream().anyMatch(page -> facts.get(page) == null
                || !next.get(page).ids().containsAll(facts.get(page).ids()));
        diagnostics.addAll(lostIds ? LinkVerifier.verify(next, files, dir) : LinkVerifier.verify(
                pages.keySet().stream().map(next::get).toList(), next, files, dir));
        return new Examined(next, files, diagnostics);
    }

    /** Writes the search index of the pages as they are now (the website style has none). */
    public void writeSearchIndex() throws IOException {
        if (searchIndex) {
            SearchIndexWriter.write(facts.values(), dir);
        }
    }
}
