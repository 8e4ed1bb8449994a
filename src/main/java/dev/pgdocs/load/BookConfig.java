package dev.pgdocs.load;

import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A book's own settings, in {@code pgdocs.json} beside its master file: the inventories
 * its links may point into (paths relative to the file). Absent file, no settings.
 *
 * @param inventories inventory files, resolved against the directory of pgdocs.json
 */
public record BookConfig(List<Path> inventories) {

    public static final String FILE_NAME = "pgdocs.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What the JSON file holds. */
    private record Stored(List<String> inventories) {
    }

    /** The configuration of the book whose master is given. */
    public static BookConfig forMaster(Path master) throws LoadException {
        Path dir = master.toAbsolutePath().normalize().getParent();
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new BookConfig(List.of());
        }
        try {
            Stored stored = JSON.readValue(Files.readString(file), Stored.class);
            List<String> names = stored.inventories() == null ? List.of() : stored.inventories();
            return new BookConfig(names.stream().map(dir::resolve).toList());
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new LoadException(at == null ? SourceLocation.of(file)
                    : new SourceLocation(file, (int) at.getLineNr(), (int) at.getColumnNr()),
                    "invalid " + FILE_NAME + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LoadException(SourceLocation.of(file), "cannot read " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }
}
