package dev.pgdocs.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What each rule is set to: its own severity unless the book's pgdocs.json or --rule
 * says error, warning or off. Applied once, to everything a check found, so every rule is
 * covered, whatever stage reported it; a later setting wins over an earlier one.
 */
public final class RulePolicy {

    private final Map<String, RuleInfo> rules;
    private final Map<String, RuleLevel> levels;

    /** Every rule at its own severity. */
    public RulePolicy(Collection<RuleInfo> rules) {
        this.rules = new TreeMap<>();
        rules.forEach(rule -> this.rules.put(rule.name(), rule));
        this.levels = Map.of();
    }

    private RulePolicy(Map<String, RuleInfo> rules, Map<String, RuleLevel> levels) {
        this.rules = rules;
        this.levels = levels;
    }

    public boolean knows(String name) {
        return rules.containsKey(name);
    }

    /** The message for a name that is no rule, listing those that are. */
    public String unknown(String name) {
        return "unknown rule \"" + name + "\"; the rules are: " + String.join(", ", rules.keySet());
    }

    /** Why {@code name} cannot be set to {@code level}: it is no rule, or a rule that is always an error. */
    public java.util.Optional<String> refusal(String name, RuleLevel level) {
        if (!knows(name)) {
            return java.util.Optional.of(unknown(name));
        }
        String fixed = rules.get(name).fixed();
        if (fixed != null && level != RuleLevel.ERROR) {
            return java.util.Optional.of("rule \"" + name + "\" is always an error: " + fixed);
        }
        return java.util.Optional.empty();
    }

    /**
     * The level {@code word} sets rule {@code name} to, as a user wrote both.
     *
     * @throws IllegalArgumentException for a word that is no level, a name that is no rule, or a level a fixed rule refuses
     */
    public RuleLevel level(String name, String word) {
        RuleLevel level = RuleLevel.of(word);
        refusal(name, level).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        return level;
    }

    /**
     * This policy with {@code settings} on top.
     *
     * @throws IllegalArgumentException for a name that is no rule, or a level a fixed rule refuses
     */
    public RulePolicy with(Map<String, RuleLevel> settings) {
        Map<String, RuleLevel> merged = new LinkedHashMap<>(levels);
        settings.forEach((name, level) -> {
            refusal(name, level).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
            merged.put(name, level);
        });
        return new RulePolicy(rules, Map.copyOf(merged));
    }

    /** Every rule, by name. */
    public List<RuleInfo> rules() {
        return List.copyOf(rules.values());
    }

    /** What a rule was set to, or nothing when it keeps its own severity. */
    public java.util.Optional<RuleLevel> setting(String name) {
        return java.util.Optional.ofNullable(levels.get(name));
    }

    /**
     * The rules set to error or warning by name: asked for, they also report what they
     * leave out by default (id.required where the stylesheets do not enforce it).
     */
    public Set<String> requested() {
        Set<String> on = new TreeSet<>();
        levels.forEach((name, level) -> {
            if (level != RuleLevel.OFF) {
                on.add(name);
            }
        });
        return on;
    }

    public boolean isOff(String name) {
        return levels.get(name) == RuleLevel.OFF;
    }

    /** The findings as the settings want them: dropped when off, else at the severity set. */
    public List<Diagnostic> apply(List<Diagnostic> found) {
        if (levels.isEmpty()) {
            return found;
        }
        List<Diagnostic> kept = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            RuleLevel level = levels.get(d.rule());
            if (level == null) {
                kept.add(d);
            } else if (level != RuleLevel.OFF) {
                Severity severity = level == RuleLevel.ERROR ? Severity.ERROR : Severity.WARNING;
                kept.add(new Diagnostic(d.location(), severity, d.message(), d.rule()));
            }
        }
        return kept;
    }
}
