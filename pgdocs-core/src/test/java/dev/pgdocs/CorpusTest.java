package dev.pgdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.diagnostics.Diagnostic;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.pipeline.BookSource;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.resolve.Inventory;
import dev.pgdocs.resolve.LinkTarget;
import dev.pgdocs.resolve.LinkTargets;
import dev.pgdocs.resolve.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real PostgreSQL 14 manual from ../shared/corpus; skipped, saying why, without it. */
@Tag("slow") // the whole PostgreSQL manuals: mvn verify
class CorpusTest {

    private static Path corpus;
    private static LoadedBook book;
    private static LinkTargets targets;
    private static Pipeline pipeline;
    /** The default check's findings, without a source tree. */
    private static List<Diagnostic> checked;

    @BeforeAll
    static void load() throws Exception {
        corpus = Fixtures.corpus();
        // the complete list: pages, anchors and links are what the inventory publishes
        pipeline = new Pipeline(BookSource.of(corpus.resolve("pg14-docs/postgres.sgml"))).completeTargets();
        Pipeline.Environment environment = pipeline.loadAndCheck(Optional.empty());
        book = environment.book();
        targets = environment.context().targets();
        checked = environment.diagnostics();
    }

    private static List<Diagnostic> check(Optional<SourceTree> tree) throws Exception {
        return tree.isEmpty() ? checked : pipeline.check(pipeline.context(book, tree));
    }

    @Test
    void theManualValidatesAndEveryReferenceResolves() throws Exception {
        List<Diagnostic> errors = check(Optional.empty()).stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors);
        assertEquals(382, book.files().size());
    }

    @Test
    void everyPageAndAnchorOfPostgresqlOrgIsWhereTheInventorySaysItIs() throws Exception {
        Set<String> pages = new HashSet<>(Files.readAllLines(corpus.resolve("pg14-anchor/pages.txt")));
        Set<String> ours = new HashSet<>();
        Set<String> ourAnchors = new HashSet<>();
        for (LinkTarget t : targets.byId().values()) {
            ours.add(t.page() + "\t" + t.anchor());
            ourAnchors.add(t.anchor().toUpperCase(java.util.Locale.ROOT));
        }
        List<String> anchors = Files.readAllLines(corpus.resolve("pg14-anchor/anchors.tsv"));
        List<String> pairs = anchors.subList(1, anchors.size());
        // functions-xml.html "1", "5" and "6" are id="..." inside a CDATA example (<ROW id="1">),
        // text on the page, not anchors: no element of the sources has those ids.
        List<String> textNotAnchors = pairs.stream()
                .filter(a -> !ourAnchors.contains(a.substring(a.indexOf('\t') + 1).toUpperCase(java.util.Locale.ROOT)))
                .toList();
        assertEquals(List.of("functions-xml.html\t1", "functions-xml.html\t5", "functions-xml.html\t6"), textNotAnchors);
        List<String> missing = pairs.stream().filter(a -> !ours.contains(a) && !textNotAnchors.contains(a)).toList();
        assertEquals(List.of(), missing, "(page, anchor) pairs of postgresql.org that pgdocs would put elsewhere");
        Set<String> ourPages = new HashSet<>();
        targets.byId().values().forEach(t -> ourPages.add(t.page()));
        assertTrue(pages.containsAll(ourPages), "every page an id lands on is a postgresql.org page");
    }

    @Test
    void thePatchsUnnamedSectionGetsPostgresqlsPositionalName() throws Exception {
        XdmNode bgworker = book.document().select(Steps.descendant("chapter")
                .where(c -> "bgworker".equals(c.attribute("id")))).findFirst().orElseThrow();
        XdmNode firstSect1 = bgworker.select(Steps.child("sect1")).findFirst().orElseThrow();
        assertEquals("ch48s01.html", targets.pageName(firstSect1));
        Diagnostic warning = check(Optional.empty()).stream()
                .filter(d -> d.rule().equals("id.missing") && d.location().file().endsWith("bgworker.sgml")
                        && d.location().line() == 38)
                .findFirst().orElseThrow();
        assertTrue(warning.message().contains("ch48s01.html"), warning.message());
    }

    @Test
    void theSourceTreeFindsThePatchsWrongHeaderPath() throws Exception {
        SourceTree tree = SourceTree.of(corpus.resolve("pg14-source-files.txt"));
        Diagnostic d = check(Optional.of(tree)).stream()
                .filter(x -> x.rule().equals("filename.missing") && x.message().contains("src/include/util/miscadmin.h"))
                .findFirst().orElseThrow();
        assertTrue(d.location().file().endsWith("xfunc.sgml"));
        assertTrue(d.message().endsWith("the closest existing path is src/include/miscadmin.h"), d.message());
    }

    @Test
    void theCommittedInventoryIsUpToDate() throws Exception {
        Inventory fresh = Inventory.of(targets.bookTitle(), "https://www.postgresql.org/docs/14/", targets.withXreftexts());
        Inventory committed = Inventory.read(Path.of("docs-src", "postgresql-14.inventory.json"));
        assertEquals(fresh, committed, "regenerate with: bin/pgdocs inventory ../shared/corpus/pg14-docs/postgres.sgml"
                + " --base-url https://www.postgresql.org/docs/14/ -o docs-src/postgresql-14.inventory.json");
    }
}
