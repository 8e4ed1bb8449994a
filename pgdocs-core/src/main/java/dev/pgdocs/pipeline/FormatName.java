package dev.pgdocs.pipeline;

import dev.pgdocs.load.BookConfig;
import dev.pgdocs.load.LoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The output formats as users name them: in {@code --format}, in pgdocs.json's
 * {@code "formats"}, in the Maven plugin's {@code formats}; and which a build makes when
 * it is not told.
 */
public enum FormatName {
    HTML, PDF, MAN, EPUB;

    /** The format {@code word} names, in any case. */
    public static FormatName of(String word) {
        for (FormatName name : values()) {
            if (name.name().equalsIgnoreCase(word.trim())) {
                return name;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + word.trim() + "\"; choose from "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** The formats the pgdocs.json beside {@code master} asks for, or html; an unknown one is an error at its place. */
    public static List<FormatName> configured(Path master) throws LoadException {
        List<FormatName> named = new ArrayList<>();
        for (BookConfig.FormatSetting setting : BookConfig.forMaster(master).formats()) {
            try {
                named.add(of(setting.name()));
            } catch (IllegalArgumentException e) {
                throw new LoadException(setting.at(), "invalid " + BookConfig.FILE_NAME + ": " + e.getMessage(), null);
            }
        }
        return named.isEmpty() ? List.of(HTML) : named;
    }
}
