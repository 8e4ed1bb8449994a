package dev.pgdocs.write.html;

import dev.pgdocs.diagnostics.Diagnostic;
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

    /** The site a full build just wrote into {@code dir}. */
    public LiveSite(Path dir, Path sourceRoot, SiteWriter.Result written) {
        this.dir = dir;
        this.sourceRoot = sourceRoot;
        this.facts = new TreeMap<>(written.facts());
        this.otherFiles = new HashSet<>(written.otherFiles());
    }

    public Path dir() {
        return dir;
    }

    /** Replaces some pages; returns what the link check of the whole site finds. */
    public List<Diagnostic> replace(Map<String, String> pages) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (var page : pages.entrySet()) {
            Path target = dir.resolve(page.getKey());
            Path temporary = Files.createTempFile(dir, ".page-", ".tmp");
            Files.writeString(temporary, page.getValue(), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PageFacts read = PageFacts.read(page.getKey(), page.getValue());
            facts.put(page.getKey(), read);
            for (String image : read.images()) {
                if (otherFiles.add(image) && !Files.exists(dir.resolve(image))) {
                    SiteWriter.copyImage(image, sourceRoot, dir, dir).ifPresent(diagnostics::add);
                }
            }
        }
        diagnostics.addAll(LinkVerifier.verify(facts, otherFiles, dir));
        SearchIndexWriter.write(facts.values(), dir);
        return diagnostics;
    }
}
