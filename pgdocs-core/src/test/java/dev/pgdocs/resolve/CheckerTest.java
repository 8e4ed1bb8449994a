package dev.pgdocs.resolve;

import static dev.pgdocs.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.diagnostics.Severity;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule on the fixture book that breaks it, at the file and line it is broken. */
class CheckerTest {

    private static List<Diagnostic> found;

    static List<Diagnostic> check(Path master, List<Path> inventories, Optional<SourceTree> tree) throws Exception {
        BookSource source = new BookSource(master, List.of(), inventories, Optional.empty(), Optional.empty());
        return new Pipeline(source).loadAndCheck(tree).diagnostics();
    }

    @BeforeAll
    static void checkRulesFixture() throws Exception {
        found = check(fixture("rules/book.sgml"), List.of(fixture("rules/inventory.json")),
                Optional.of(SourceTree.of(fixture("rules/source-files.txt"))));
    }

    private static Diagnostic only(String rule) {
        List<Diagnostic> matching = found.stream().filter(d -> d.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> rule + " in " + found);
        Diagnostic d = matching.get(0);
        assertEquals(fixture("rules/chapter.sgml"), d.location().file(), "reported in the included file");
        return d;
    }

    @Test
    void brokenLinkInAnIncludedFileIsReportedThereWithASuggestion() {
        Diagnostic d = only("xref.missing");
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(4, d.location().line());
        assertEquals(18, d.location().column());
        assertTrue(d.message().contains("did you mean \"section-one\""), d.message());
    }

    @Test
    void linksIntoAnInventoryResolve() {
        assertTrue(found.stream().noneMatch(d -> d.message().contains("guc-max-worker-processes")), found::toString);
    }

    @Test
    void xrefToAnElementWithoutTextIsReported() {
        Diagnostic d = only("xref.no-text");
        assertEquals(6, d.location().line());
        assertTrue(d.message().contains("item-plain"));
    }

    @Test
    void termsAndIndexTermsHaveTheTextDocBookPrints() throws Exception {
        // xref.no-text fires once, for the list item above, not for these
        Pipeline complete = new Pipeline(BookSource.of(fixture("rules/book.sgml"))).completeTargets();
        var byId = complete.targets(complete.load()).byId();
        assertEquals("PQexec", byId.get("term-with-id").xreftext(), "a term, without its index term");
        assertEquals("PQclear", byId.get("entry-with-index").xreftext(), "a varlistentry: its first term");
        assertEquals("PQclear", byId.get("index-primary").xreftext(), "an indexterm: its primary");
        assertEquals("Section 1.1", byId.get("section-one").xreftext());
        // the check's list works each text out when asked, to the same words
        Pipeline checking = new Pipeline(BookSource.of(fixture("rules/book.sgml")));
        LinkTargets late = checking.targets(checking.load());
        assertEquals(null, late.byId().get("section-one").xreftext(), "not worked out until asked for");
        for (var target : byId.values()) {
            assertEquals(target.xreftext(), late.xreftext(target.id()), target.id());
        }
        assertEquals("", late.xreftext("no-such-id"));
    }

    @Test
    void duplicateIdNamesBothPlaces() {
        Diagnostic d = only("id.duplicate");
        assertEquals(23, d.location().line());
        assertTrue(d.message().contains("chapter.sgml:9:2"), d.message());
    }

    @Test
    void xreflabelRules() {
        assertEquals(13, only("xreflabel.empty").location().line());
        assertEquals(14, only("xreflabel.no-id").location().line());
        Diagnostic twin = only("xreflabel.duplicate");
        assertEquals(16, twin.location().line());
        assertTrue(twin.message().contains("item-a"));
    }

    @Test
    void sectionWithoutIdIsAWarningNamingItsPositionalPage() {
        Diagnostic d = only("id.missing");
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(21, d.location().line());
        assertTrue(d.message().contains("ch01s02.html"), d.message());
    }

    @Test
    void dtdViolationsAreReportedAtTheirLine() {
        List<Diagnostic> dtd = found.stream().filter(d -> d.rule().equals("dtd")).toList();
        assertTrue(dtd.stream().anyMatch(d -> d.message().contains("\"bogus\"") && d.location().line() == 24), dtd::toString);
    }

    @Test
    void missingSourceFileIsReportedWithTheClosestRealPath() {
        Diagnostic d = only("filename.missing");
        assertEquals(18, d.location().line());
        assertTrue(d.message().contains("closest existing path is src/include/miscadmin.h"), d.message());
    }

    @Test
    void diagnosticsAreSortedByFileAndLine() {
        List<Diagnostic> sorted = found.stream().sorted().toList();
        assertEquals(sorted, found);
        Map<String, Long> byRule = found.stream().collect(Collectors.groupingBy(Diagnostic::rule, Collectors.counting()));
        assertTrue(byRule.keySet().containsAll(List.of("xref.missing", "xref.no-text", "id.duplicate", "id.missing",
                "xreflabel.empty", "xreflabel.no-id", "xreflabel.duplicate", "dtd", "filename.missing")), byRule::toString);
    }

    @Test
    void aLinkThatAMissingGeneratedFileMayAnswerIsAWarningNamingTheFiles() throws Exception {
        List<Diagnostic> checkout = check(fixture("loader/checkout/postgres.sgml"), List.of(), Optional.empty());
        Diagnostic missing = checkout.stream().filter(d -> d.rule().equals("xref.missing")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, missing.severity(), missing.toString());
        assertTrue(missing.message().contains("wait_event_types.sgml") && !missing.message().contains("version.sgml"),
                missing.message());
        assertTrue(checkout.stream().noneMatch(Diagnostic::isError), checkout.toString());
    }
}
