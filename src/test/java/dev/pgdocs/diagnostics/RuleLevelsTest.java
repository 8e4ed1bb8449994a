package dev.pgdocs.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RulePolicy on its own: what settings it takes, refuses, and does to findings. */
class RuleLevelsTest {

    private static final RuleInfo MISSING = RuleInfo.error("xref.missing", "A link names no id.");
    private static final RuleInfo NO_ID = RuleInfo.warning("id.missing", "A section has no id.");
    private static final RuleInfo LOAD = RuleInfo.alwaysError("load", "The sources cannot be read.",
            "nothing can be built from them");
    private static final RulePolicy RULES = new RulePolicy(List.of(MISSING, NO_ID, LOAD));
    private static final SourceLocation AT = new SourceLocation(Path.of("/book/ch.sgml"), 4, 2);

    @Test
    void withoutSettingsEveryFindingKeepsItsSeverity() {
        List<Diagnostic> found = List.of(MISSING.at(AT, "x"), NO_ID.at(AT, "y"));
        assertEquals(found, RULES.apply(found));
        assertEquals(Set.of(), RULES.requested());
    }

    @Test
    void aSettingChangesTheSeverityAndOffDropsTheFinding() {
        RulePolicy set = RULES.with(Map.of("id.missing", RuleLevel.ERROR, "xref.missing", RuleLevel.OFF));
        List<Diagnostic> kept = set.apply(List.of(MISSING.at(AT, "x"), NO_ID.at(AT, "y")));
        assertEquals(List.of(new Diagnostic(AT, Severity.ERROR, "y", "id.missing")), kept);
        assertTrue(set.isOff("xref.missing"));
        assertEquals(Set.of("id.missing"), set.requested(), "off is not asking for a rule");
    }

    @Test
    void aLaterSettingWinsOverAnEarlierOne() {
        Map<String, RuleLevel> file = new LinkedHashMap<>();
        file.put("id.missing", RuleLevel.OFF);
        RulePolicy set = RULES.with(file).with(Map.of("id.missing", RuleLevel.WARNING));
        assertEquals(RuleLevel.WARNING, set.setting("id.missing").orElseThrow());
        assertEquals(1, set.apply(List.of(NO_ID.at(AT, "y"))).size());
    }

    @Test
    void levelsAreReadAsUsersWriteThemAndRefusedWithTheReason() {
        assertEquals(RuleLevel.OFF, RULES.level("id.missing", "off"));
        assertEquals("unknown level \"loud\"; the levels are error, warning, off",
                assertThrows(IllegalArgumentException.class, () -> RULES.level("id.missing", "loud")).getMessage());
        assertEquals("unknown rule \"id.mising\"; the rules are: id.missing, load, xref.missing",
                assertThrows(IllegalArgumentException.class, () -> RULES.level("id.mising", "off")).getMessage());
        assertEquals("rule \"load\" is always an error: nothing can be built from them",
                assertThrows(IllegalArgumentException.class, () -> RULES.level("load", "warning")).getMessage());
        assertEquals(RuleLevel.ERROR, RULES.level("load", "error"), "a fixed rule may be set to what it is");
        assertThrows(IllegalArgumentException.class, () -> RULES.with(Map.of("load", RuleLevel.OFF)));
    }
}
