package dev.pgdocs.write.html;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves the written site: every internal link (no scheme) points at a page that
 * exists and, when it has a fragment, at an id on that page. Broken ones are errors
 * that name the page and the link.
 */
final class LinkVerifier {

    private LinkVerifier() {
    }

    static List<Diagnostic> verify(Map<String, PageFacts> pages, Set<String> otherFiles, Path site) {
        return verify(pages.values(), pages, otherFiles, site);
    }

    /** The links of the pages {@code from}, to pages among {@code pages}. */
    static List<Diagnostic> verify(Collection<PageFacts> from, Map<String, PageFacts> pages, Set<String> otherFiles,
                                   Path site) {
        List<Diagnostic> broken = new ArrayList<>();
        for (PageFacts page : from) {
            for (String href : page.links()) {
                String problem = problem(page, href, pages, otherFiles);
                if (problem != null) {
                    broken.add(Diagnostic.error(SourceLocation.of(site.resolve(page.page())), "html.broken-link",
                            "link \"" + href + "\" " + problem));
                }
            }
        }
        return broken;
    }

    private static String problem(PageFacts from, String href, Map<String, PageFacts> pages, Set<String> otherFiles) {
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return null; // external
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        PageFacts target = path.isEmpty() ? from : pages.get(path);
        if (target == null) {
            return otherFiles.contains(path) ? null : "points at page " + path + ", which the build did not write";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && !target.ids().contains(fragment)) {
            return "points at #" + fragment + ", which " + (target == from ? "this page" : path) + " does not have";
        }
        return null;
    }
}
