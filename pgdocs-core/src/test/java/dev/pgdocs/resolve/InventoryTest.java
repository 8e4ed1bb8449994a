package dev.pgdocs.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryTest {

    @Test
    void roundTripsWithUrlsBelowTheBase(@TempDir Path dir) throws Exception {
        Inventory inventory = Inventory.of("Book", "https://example.org/docs", List.of(
                new LinkTarget("b-sect", "sect2", "a.html", "B-SECT", "a.html#B-SECT", "B", "", "Section 1.1"),
                new LinkTarget("a", "chapter", "a.html", "A", "a.html", "A", "Label A", "Chapter 1")));
        Path file = dir.resolve("inv.json");
        inventory.write(file);
        Inventory read = Inventory.read(file);
        assertEquals(inventory, read);
        assertEquals("a", read.entries().get(0).id(), "sorted by id");
        assertEquals("Label A", read.byId().get("a").text(), "the xreflabel wins over the title");
        assertEquals("https://example.org/docs/a.html#B-SECT", read.byId().get("b-sect").url());
    }

    @Test
    void rejectsAFileThatIsNotAnInventory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"entries\": [ oops ]\n}\n");
        InventoryException e = assertThrows(InventoryException.class, () -> Inventory.read(file));
        assertTrue(e.toDiagnostic().toString().contains("bad.json:3:"), e.toDiagnostic().toString());
    }
}
