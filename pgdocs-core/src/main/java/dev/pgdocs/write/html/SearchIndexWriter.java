package dev.pgdocs.write.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the search index twice: search-index.json for programs, and search-index.js,
 * the same data as a script, because browsers will not fetch JSON from file:// pages
 * but will load a script.
 */
final class SearchIndexWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchIndexWriter() {
    }

    static int write(Collection<PageFacts> pages, Path site) throws IOException {
        List<SearchEntry> entries = pages.stream().flatMap(p -> p.entries().stream()).toList();
        String json = JSON.writeValueAsString(entries);
        Files.writeString(site.resolve("search-index.json"), json + "\n", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("search-index.js"), "window.PGDOCS_SEARCH_INDEX = " + json + ";\n",
                StandardCharsets.UTF_8);
        return entries.size();
    }
}
