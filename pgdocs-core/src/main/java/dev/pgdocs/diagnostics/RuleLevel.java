package dev.pgdocs.diagnostics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a rule is set to, in pgdocs.json or with --rule: its findings as errors, as warnings, or not at all. */
public enum RuleLevel {
    ERROR, WARNING, OFF;

    /** The word users write. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a level as users write it. */
    public static RuleLevel of(String word) {
        for (RuleLevel level : values()) {
            if (level.label().equals(word)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level \"" + word + "\"; the levels are "
                + Arrays.stream(values()).map(RuleLevel::label).collect(Collectors.joining(", ")));
    }
}
