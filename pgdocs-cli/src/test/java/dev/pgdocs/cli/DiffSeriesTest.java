package dev.pgdocs.cli;

import static dev.pgdocs.Fixtures.corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * pgdocs diff on patches as git writes them (a scratch repository holds docs-src under
 * doc/src/sgml, or the PostgreSQL 14 manual before the corpus patch): a series of
 * commits, renames, code beside the docs, binary files, and a patch that breaks the book.
 */
@Tag("slow")
class DiffSeriesTest {

    private static final String BGWORKER = GitRepo.BGWORKER;
    private static final String CORPUS_PATCH = "patches/0001-expand-extension-and-bgworker-docs.patch";

    @TempDir
    Path tmp;

    @Test
    void aSeriesIsReviewedWithEveryCommitApplied() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.commitAll("First: wording");
        repo.retitleBgworker();
        repo.commitAll("Second: title");
        Path patch = patch(repo, "series.patch", repo.formatPatch("base"));

        CliTest.Run run = diff(patch, repo, "--format", "json");

        assertEquals(0, run.code(), run.err());
        JsonNode review = JsonMapper.builder().build().readTree(run.out());
        assertEquals("[\"First: wording\",\"Second: title\"]", review.get("patches").toString());
        String pages = review.get("pages").toString();
        assertTrue(pages.contains("\"text\":\"may\"") && pages.contains("\"newTitle\":\"Background Workers\""),
                "the first commit's word and the second's title: " + pages);
    }

    @Test
    void renamedChaptersAreReviewedAsEditsUnderTheirNewFiles() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.git("mv", GitRepo.DOCS + "/dfunc.sgml", GitRepo.DOCS + "/dfunc-moved.sgml");
        repo.git("mv", GitRepo.DOCS + "/xfunc.sgml", GitRepo.DOCS + "/xfunc-moved.sgml");
        repo.edit(GitRepo.DOCS + "/book.sgml", "SYSTEM \"dfunc.sgml\"", "SYSTEM \"dfunc-moved.sgml\"");
        repo.edit(GitRepo.DOCS + "/book.sgml", "SYSTEM \"xfunc.sgml\"", "SYSTEM \"xfunc-moved.sgml\"");
        repo.edit(GitRepo.DOCS + "/xfunc-moved.sgml", "<title>User-Defined Functions</title>", "<title>Functions</title>");
        repo.commitAll("Rename two chapters");
        Path patch = patch(repo, "rename.patch", repo.formatPatch("base"));

        CliTest.Run run = diff(patch, repo);

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("changed xfunc.html  \"User-Defined Functions\" -> \"Functions\""), run.out());
        assertTrue(run.out().contains("dfunc.sgml -> dfunc-moved.sgml") && run.out().contains("xfunc.sgml -> xfunc-moved.sgml"),
                run.out());
        assertTrue(run.out().contains("checker: 0 new findings, 0 fixed"), "findings follow the renamed files: " + run.out());
        assertFalse(run.out().contains("  removed "), "no page is removed by moving its source: " + run.out());
    }

    @Test
    void codeBesideTheDocsIsListedAsNotReviewed() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.edit("src/backend/foo.c", "return 1;", "return 2;");
        repo.commitAll("Code and docs");
        Path patch = patch(repo, "mixed.patch", repo.formatPatch("base"));
        Path out = tmp.resolve("review");

        CliTest.Run run = CliTest.run("diff", "--patch", patch.toString(), repo.docs().resolve("book.sgml").toString(),
                "-o", out.toString());

        assertEquals(0, run.code(), run.err());
        String line = "src/backend/foo.c: not reviewed (outside the documentation sources)";
        assertTrue(run.out().contains(line) && run.err().contains(line), run.out() + run.err());
        assertTrue(run.out().contains("[-can-] {+may+}"), run.out());
        String report = Files.readString(out.resolve("pgdocs-review.html"));
        assertTrue(report.contains("<code>src/backend/foo.c</code>: not reviewed (outside the documentation sources)"),
                report);
    }

    @Test
    void aBinaryImageIsNamedOnceWithoutTheLibrarysLog() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.write(GitRepo.DOCS + "/images/dot.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        repo.commitAll("An image");
        repo.git("tag", "image");
        repo.write(GitRepo.DOCS + "/images/dot.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 2, 1});
        repo.rewordBgworker();
        repo.commitAll("Image and text");
        Path patch = patch(repo, "binary.patch", repo.formatPatch("image"));
        repo.git("checkout", "-q", "image");

        CliTest.Run run = diff(patch, repo);

        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("dot.png")).count(), run.err());
        assertTrue(run.err().contains(patch + ": note: doc/src/sgml/images/dot.png: not reviewed (binary change, not applied)"),
                run.err());
        assertTrue(run.err().lines().allMatch(l -> l.startsWith("pgdocs: ") || l.startsWith(patch + ": note: ")),
                "only pgdocs' own lines: " + run.err());
        assertTrue(run.out().contains("[-can-] {+may+}"), run.out());
    }

    @Test
    void anErrorInThePatchedBookNamesTheFileAsInThePatch() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.edit(BGWORKER, "Background workers can be initialized", "<para>Background workers can be initialized");
        repo.commitAll("Breaks the book");
        Path patch = patch(repo, "broken.patch", repo.formatPatch("base"));
        Path out = tmp.resolve("never");

        CliTest.Run run = CliTest.run("diff", "--patch", patch.toString(), repo.docs().resolve("book.sgml").toString(),
                "-o", out.toString());

        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().matches("(?s).*\ndoc/src/sgml/bgworker\\.sgml:\\d+:\\d+: error: The element type \"para\" "
                + "must be terminated.*"), run.err());
        assertFalse(run.err().contains("pgdocs-diff-") || run.err().contains("/after/"), "no temporary path: " + run.err());
        assertFalse(Files.exists(out));
    }

    /**
     * The corpus patch, as its author's commit, then a second commit fixing the path it
     * gets wrong and touching code: both are applied, the code is listed, and the
     * filename.missing the first adds is gone.
     */
    @Test
    void theCorpusPatchInASeriesWithCode() throws Exception {
        Path corpus = corpus();
        // below the working directory, where messages name files relative to it (the usual case, and
        // the one where the two builds' messages differ in form)
        Path below = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "diff-series-");
        try {
            corpusSeries(corpus, GitRepo.withDocs(below.resolve("repo"), corpus.resolve("pg14-docs")));
        } finally {
            dev.pgdocs.write.OutputDirectory.deleteTree(below);
        }
    }

    private void corpusSeries(Path corpus, GitRepo repo) throws Exception {
        repo.git("apply", "-R", corpus.resolve(CORPUS_PATCH).toString()); // the manual before the patch
        repo.commitAll("Before the extension docs");
        repo.git("tag", "-f", "base");
        repo.git("am", "-q", corpus.resolve(CORPUS_PATCH).toString());
        repo.edit(GitRepo.DOCS + "/xfunc.sgml", "src/include/util/miscadmin.h", "src/include/miscadmin.h");
        repo.edit("src/backend/foo.c", "return 1;", "return 2;");
        repo.commitAll("Fix the header's path");
        Path patch = patch(repo, "corpus-series.patch", repo.formatPatch("base"));
        repo.git("checkout", "-q", "base");

        CliTest.Run run = CliTest.run("diff", "--patch", patch.toString(), repo.docs().resolve("postgres.sgml").toString(),
                "--source-tree", corpus.resolve("pg14-source-files.txt").toString(), "-o", tmp.resolve("review").toString(),
                "--format", "json");

        assertEquals(0, run.code(), run.err());
        JsonNode review = JsonMapper.builder().build().readTree(run.out());
        assertEquals(2, review.get("patches").size(), review.get("patches").toString());
        assertTrue(review.get("patches").get(0).asString().startsWith("Expand the docs on PostgreSQL extension coding and "
                + "background worker development"), "the folded subject: " + review.get("patches"));
        assertEquals("[{\"file\":\"src/backend/foo.c\",\"reason\":\"outside the documentation sources\"}]",
                review.get("notReviewed").toString());
        String added = review.get("diagnosticsAdded").toString();
        assertTrue(added.contains("\"rule\":\"id.missing\"") && added.contains("bgworker.sgml"), added);
        assertFalse(added.contains("filename.missing"), "the second commit fixes the path: " + added);
        assertFalse(added.contains("xreflabel.duplicate"), "findings the patch does not touch stay out: " + added);
        assertTrue(review.get("pages").toString().contains("\"name\":\"bgworker-signals.html\",\"status\":\"NEW\""));
    }

    private static CliTest.Run diff(Path patch, GitRepo repo, String... more) {
        String[] args = {"diff", "--patch", patch.toString(), repo.docs().resolve("book.sgml").toString(),
            "-o", repo.dir().resolveSibling("review-" + patch.getFileName()).toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliTest.run(all);
    }

    private Path patch(GitRepo repo, String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        if (!repo.git("rev-parse", "--abbrev-ref", "HEAD").strip().equals("HEAD")) {
            repo.git("checkout", "-q", "base"); // the review is of the patch against the sources it was made on
        }
        return file;
    }
}
