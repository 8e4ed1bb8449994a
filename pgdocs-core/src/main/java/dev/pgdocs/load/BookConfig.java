package dev.pgdocs.load;

import dev.pgdocs.diagnostics.RuleLevel;
import dev.pgdocs.diagnostics.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A book's own settings, in {@code pgdocs.json} beside its master file: the inventories
 * its links may point into (paths relative to the file), the level of rules
 * ({@code "rules": {"id.missing": "off"}}) and the formats a build makes when the command
 * line names none ({@code "formats": ["html", "pdf"]}). Absent file, no settings.
 *
 * @param inventories inventory files, resolved against the directory of pgdocs.json
 * @param rules       rule names and their levels, in the file's order, each with where it
 *                    was written (the names are checked by whoever knows the rules)
 * @param formats     output format names as written, each with its place (checked by the
 *                    build, which knows the formats); empty when the file names none
 */
public record BookConfig(List<Path> inventories, Map<String, RuleSetting> rules, List<FormatSetting> formats) {

    /** A rule's level and the place in pgdocs.json that set it. */
    public record RuleSetting(RuleLevel level, SourceLocation at) {
    }

    /** An output format's name and the place in pgdocs.json that asked for it. */
    public record FormatSetting(String name, SourceLocation at) {
    }

    public static final String FILE_NAME = "pgdocs.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What the JSON file holds. */
    private record Stored(List<String> inventories, Map<String, Level> rules, List<Word> formats) {
    }

    /** A string as written, with its line and column. */
    @JsonDeserialize(using = WordReader.class)
    private record Word(String text, int line, int column) {
    }

    private static final class WordReader extends ValueDeserializer<Word> {
        @Override
        public Word deserialize(JsonParser p, DeserializationContext context) {
            return word(p, "a format is a string, such as \"html\"");
        }
    }

    /** The string at the parser, with its place; {@code expected} says what it must be when it is no string. */
    private static Word word(JsonParser p, String expected) {
        var at = p.currentTokenLocation();
        String text = p.getValueAsString();
        if (text == null) {
            throw MismatchedInputException.from(p, Word.class, expected);
        }
        return new Word(text, at.getLineNr(), at.getColumnNr());
    }

    /** A level as written, with its line and column (the file is not known to Jackson). */
    @JsonDeserialize(using = LevelReader.class)
    private record Level(RuleLevel level, int line, int column) {
    }

    private static final class LevelReader extends ValueDeserializer<Level> {
        @Override
        public Level deserialize(JsonParser p, DeserializationContext context) {
            Word written = word(p, "a rule's level is a string: \"error\", \"warning\" or \"off\"");
            try {
                return new Level(RuleLevel.of(written.text()), written.line(), written.column());
            } catch (IllegalArgumentException e) {
                throw MismatchedInputException.from(p, Level.class, e.getMessage());
            }
        }
    }

    /** The configuration of the book whose master is given. */
    public static BookConfig forMaster(Path master) throws LoadException {
        Path dir = master.toAbsolutePath().normalize().getParent();
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new BookConfig(List.of(), Map.of(), List.of());
        }
        try {
            Stored stored = JSON.readValue(Files.readString(file), Stored.class);
            List<String> names = stored.inventories() == null ? List.of() : stored.inventories();
            Map<String, RuleSetting> rules = new LinkedHashMap<>();
            if (stored.rules() != null) {
                stored.rules().forEach((rule, level) -> rules.put(rule,
                        new RuleSetting(level.level(), new SourceLocation(file, level.line(), level.column()))));
            }
            List<FormatSetting> formats = stored.formats() == null ? List.of() : stored.formats().stream()
                    .map(w -> new FormatSetting(w.text(), new SourceLocation(file, w.line(), w.column()))).toList();
            return new BookConfig(names.stream().map(dir::resolve).toList(), rules, formats);
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
