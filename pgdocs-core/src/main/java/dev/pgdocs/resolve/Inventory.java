package dev.pgdocs.resolve;

import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ids another book publishes, with their link text and URLs, like Sphinx's
 * objects.inv: how our book links into the rest of the PostgreSQL manual, and how others
 * link into ours. Stored as JSON, entries sorted by id so the file diffs well.
 *
 * @param format  the file format version
 * @param title   the title of the book it describes
 * @param baseUrl where that book's pages are published
 * @param entries its targets, sorted by id
 */
public record Inventory(int format, String title, String baseUrl, List<InventoryEntry> entries) {

    /** The format this version of pgdocs writes and reads. */
    public static final int FORMAT = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * An inventory of a book's targets, with URLs below a base URL; each with its
     * cross-reference text ({@link LinkTargets#withXreftexts}).
     */
    public static Inventory of(String title, String baseUrl, Collection<LinkTarget> targets) {
        if (targets.stream().anyMatch(t -> t.xreftext() == null)) {
            throw new IllegalArgumentException("an inventory gives every target's cross-reference text");
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        List<InventoryEntry> entries = targets.stream()
                .sorted(Comparator.comparing(LinkTarget::id))
                .map(t -> new InventoryEntry(t.id(), t.element(), t.text(), t.xreftext(), base + t.href()))
                .toList();
        return new Inventory(FORMAT, title, base, entries);
    }

    /** Entries by id. */
    public Map<String, InventoryEntry> byId() {
        Map<String, InventoryEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.id(), e));
        return map;
    }

    /** The inventory as the JSON text it is stored as. */
    public String toJson() {
        return JSON.writeValueAsString(this) + "\n";
    }

    /** Writes the inventory; the file appears whole or not at all. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".inventory", ".tmp");
        try {
            Files.writeString(temp, toJson(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads an inventory.
     *
     * @throws InventoryException when the file is missing, is not JSON, or is of another format
     */
    public static Inventory read(Path file) throws InventoryException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InventoryException(SourceLocation.of(file), "cannot read inventory: " + e.getMessage());
        }
        Inventory inventory;
        try {
            inventory = JSON.readValue(text, Inventory.class);
        } catch (JacksonException e) {
            var where = e.getLocation();
            SourceLocation at = where == null ? SourceLocation.of(file)
                    : new SourceLocation(file, (int) Math.max(where.getLineNr(), 0), (int) Math.max(where.getColumnNr(), 0));
            throw new InventoryException(at, "not a pgdocs inventory: " + e.getOriginalMessage());
        }
        if (inventory.format() != FORMAT || inventory.entries() == null) {
            throw new InventoryException(SourceLocation.of(file),
                    "inventory format " + inventory.format() + " is not supported (expected " + FORMAT + ")");
        }
        return inventory;
    }
}
