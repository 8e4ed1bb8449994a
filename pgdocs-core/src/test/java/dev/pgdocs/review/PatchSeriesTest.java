package dev.pgdocs.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.GitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patches as git writes them, applied to the sources: format-patch series, renames,
 * code beside the docs, binary files. Each patch is made by git in a scratch repository
 * holding docs-src under doc/src/sgml, and applied to that repository's first commit.
 */
class PatchSeriesTest {

    private static final String BGWORKER = GitRepo.BGWORKER;

    @TempDir
    Path tmp;

    @Test
    void everyCommitOfASeriesIsAppliedInOrder() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.commitAll("First: wording");
        repo.retitleBgworker();
        repo.edit(GitRepo.DOCS + "/xfunc.sgml", "<title>User-Defined Functions</title>", "<title>Functions</title>");
        repo.commitAll("Second: titles");
        String after = repo.git("show", "HEAD:" + BGWORKER);
        String xfunc = repo.git("show", "HEAD:" + GitRepo.DOCS + "/xfunc.sgml");
        SourcePatch patch = read(repo, "series.patch", repo.formatPatch("base"));
        repo.git("checkout", "-q", "base");

        PatchedTree tree = patch.applyTo(repo.docs(), tmp.resolve("after"), OptionalInt.empty());

        assertEquals(List.of("First: wording", "Second: titles"), patch.subjects());
        assertEquals(after, Files.readString(tree.root().resolve("bgworker.sgml")), "both commits' changes to bgworker.sgml");
        assertEquals(xfunc, Files.readString(tree.root().resolve("xfunc.sgml")));
        assertEquals(BGWORKER, tree.patched().get(Path.of("bgworker.sgml")));
        assertTrue(tree.notReviewed().isEmpty(), tree.notReviewed().toString());
    }

    @Test
    void aLaterCommitThatDoesNotApplyIsNamedNotDropped() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.commitAll("First");
        repo.retitleBgworker();
        repo.commitAll("Second");
        String series = repo.formatPatch("base");
        repo.git("checkout", "-q", "base");
        repo.edit(BGWORKER, "<title>Background Worker Processes</title>", "<title>Changed under the patch</title>");
        int secondMail = series.substring(0, series.lastIndexOf("\nFrom ")).split("\n").length + 1;

        PatchException e = assertThrows(PatchException.class, () -> read(repo, "series.patch", series)
                .applyTo(repo.docs(), tmp.resolve("after"), OptionalInt.empty()));

        assertTrue(e.getMessage().matches("(?s).*series\\.patch:(\\d+): hunk #1 \\(@@ -1,7 \\+1,7 @@\\) does not apply "
                + "to .*bgworker\\.sgml as the earlier patches left it.*"), e.getMessage());
        int line = Integer.parseInt(e.getMessage().replaceAll("(?s).*series\\.patch:(\\d+): hunk.*", "$1"));
        assertTrue(line > secondMail, "the hunk of the second mail, at line " + line);
        assertFalse(Files.exists(tmp.resolve("after")));
    }

    @Test
    void renamesWithAndWithoutEditsLandUnderTheNewName() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.git("mv", GitRepo.DOCS + "/dfunc.sgml", GitRepo.DOCS + "/dfunc-moved.sgml");
        repo.git("mv", GitRepo.DOCS + "/xfunc.sgml", GitRepo.DOCS + "/xfunc-moved.sgml");
        repo.edit(GitRepo.DOCS + "/book.sgml", "SYSTEM \"dfunc.sgml\"", "SYSTEM \"dfunc-moved.sgml\"");
        repo.edit(GitRepo.DOCS + "/book.sgml", "SYSTEM \"xfunc.sgml\"", "SYSTEM \"xfunc-moved.sgml\"");
        repo.edit(GitRepo.DOCS + "/xfunc-moved.sgml", "<title>User-Defined Functions</title>", "<title>Functions</title>");
        repo.commitAll("Rename two chapters, one with an edit");
        String patchText = repo.formatPatch("base");
        assertTrue(patchText.contains("similarity index 100%") && patchText.contains("rename to doc/src/sgml/xfunc-moved"),
                "git wrote a plain rename and one with edits");
        String moved = repo.git("show", "HEAD:" + GitRepo.DOCS + "/xfunc-moved.sgml");
        repo.git("checkout", "-q", "base");

        PatchedTree tree = read(repo, "rename.patch", patchText).applyTo(repo.docs(), tmp.resolve("after"), OptionalInt.empty());

        assertFalse(Files.exists(tree.root().resolve("dfunc.sgml")));
        assertFalse(Files.exists(tree.root().resolve("xfunc.sgml")));
        assertEquals(Files.readString(repo.docs().resolve("dfunc.sgml")), Files.readString(tree.root().resolve("dfunc-moved.sgml")));
        assertEquals(moved, Files.readString(tree.root().resolve("xfunc-moved.sgml")));
        assertEquals(Map.of(Path.of("dfunc.sgml"), Path.of("dfunc-moved.sgml"), Path.of("xfunc.sgml"), Path.of("xfunc-moved.sgml")),
                tree.renamed());
        assertEquals(GitRepo.DOCS + "/xfunc-moved.sgml", tree.patched().get(Path.of("xfunc-moved.sgml")));
    }

    @Test
    void codeBesideTheDocsIsListedAsNotReviewed() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.edit("src/backend/foo.c", "return 1;", "return 2;");
        repo.write("src/backend/bar.c", "int bar;\n");
        repo.commitAll("Code and docs");
        SourcePatch patch = read(repo, "mixed.patch", repo.formatPatch("base"));
        repo.git("checkout", "-q", "base");

        PatchedTree tree = patch.applyTo(repo.docs(), tmp.resolve("after"), OptionalInt.empty());

        assertEquals(List.of(new NotReviewed("src/backend/bar.c", NotReviewed.OUTSIDE),
                new NotReviewed("src/backend/foo.c", NotReviewed.OUTSIDE)), tree.notReviewed());
        assertTrue(Files.readString(tree.root().resolve("bgworker.sgml")).contains("Background workers may be"));
        assertFalse(Files.exists(tree.root().resolve("foo.c")) || Files.exists(tree.root().resolve("src")));
    }

    @Test
    void gitsAPrefixCountsInTheStripLevelAsForPatch() throws Exception {
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.commitAll("Wording");
        SourcePatch patch = read(repo, "p4.patch", repo.formatPatch("base"));
        repo.git("checkout", "-q", "base");

        PatchedTree tree = patch.applyTo(repo.docs(), tmp.resolve("after"), OptionalInt.of(4)); // a/doc/src/sgml/

        assertTrue(Files.readString(tree.root().resolve("bgworker.sgml")).contains("Background workers may be"));
        PatchException wrong = assertThrows(PatchException.class,
                () -> patch.applyTo(repo.docs(), tmp.resolve("after3"), OptionalInt.of(3)));
        assertTrue(wrong.getMessage().contains("with -p 3") && wrong.getMessage().contains("is this the right MASTER?"),
                wrong.getMessage());
    }

    @Test
    void binaryChangesAreListedNotAppliedAndTheLibraryLogsNothing() throws Exception {
        byte[] red = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
        byte[] blue = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 3, 2, 1};
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.write(GitRepo.DOCS + "/images/dot.png", red);
        repo.commitAll("An image");
        repo.git("tag", "image");
        repo.write(GitRepo.DOCS + "/images/dot.png", blue);
        repo.write(GitRepo.DOCS + "/images/new.png", blue);
        repo.rewordBgworker();
        repo.commitAll("A new image, a changed one, and text");
        String gitBinary = repo.formatPatch("image");
        String binaryFilesDiffer = repo.git("diff", "image", "HEAD");
        assertTrue(gitBinary.contains("GIT binary patch") && binaryFilesDiffer.contains("Binary files a/"),
                "git wrote both kinds of binary change");
        repo.git("checkout", "-q", "image");
        List<LogRecord> logged = new ArrayList<>();
        Handler recorder = recorder(logged);
        Logger.getLogger("").addHandler(recorder);
        try {
            for (String text : List.of(gitBinary, binaryFilesDiffer)) {
                Path after = tmp.resolve("after-" + text.hashCode());
                PatchedTree tree = read(repo, "binary.patch", text).applyTo(repo.docs(), after, OptionalInt.empty());
                assertEquals(List.of(new NotReviewed(GitRepo.DOCS + "/images/dot.png", NotReviewed.BINARY),
                        new NotReviewed(GitRepo.DOCS + "/images/new.png", NotReviewed.BINARY)), tree.notReviewed());
                assertArrayEquals(red, Files.readAllBytes(after.resolve("images/dot.png")), "the image as it was");
                assertTrue(Files.readString(after.resolve("bgworker.sgml")).contains("Background workers may be"),
                        "the text beside the image is applied");
            }
        } finally {
            Logger.getLogger("").removeHandler(recorder);
        }
        assertTrue(logged.isEmpty(), "java-diff-utils logged: " + logged.stream().map(LogRecord::getMessage).toList());
    }

    @Test
    void aMalformedFileIsOneMessageAtItsLineAndTheLibraryLogsNothing() throws Exception {
        Path file = tmp.resolve("bad.patch");
        Files.writeString(file, "Some words before the diff\n\ndiff --git a/doc/x.sgml b/doc/x.sgml\nindex 1111111..2222222 100644\n"
                + "--- a/doc/x.sgml\n+++ b/doc/x.sgml\n@@ -1,2 +1,2 @@\n-old\n?what is this\n");
        List<LogRecord> logged = new ArrayList<>();
        Handler recorder = recorder(logged);
        Logger.getLogger("").addHandler(recorder);
        PatchException e;
        try {
            e = assertThrows(PatchException.class, () -> SourcePatch.read(file));
        } finally {
            Logger.getLogger("").removeHandler(recorder);
        }
        assertEquals(file + ":3: not a unified diff: expected data line not found", e.getMessage());
        assertTrue(logged.isEmpty(), "java-diff-utils logged: " + logged.stream().map(LogRecord::getMessage).toList());
    }

    /** A handler that keeps what java-diff-utils logs (records reach the root logger's handlers). */
    private static Handler recorder(List<LogRecord> logged) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("com.github.difflib")) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void linksStayLinksAndAreNotPatchedThrough() throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "secret\n");
        GitRepo repo = GitRepo.withDocsSrc(tmp.resolve("repo"));
        repo.rewordBgworker();
        repo.write(GitRepo.DOCS + "/notes.sgml", "secret\n");
        repo.commitAll("Wording, and a file that will be a link");
        repo.edit(GitRepo.DOCS + "/notes.sgml", "secret", "changed");
        repo.commitAll("Change the file");
        SourcePatch wording = read(repo, "wording.patch", repo.formatPatch("base"));
        SourcePatch throughLink = read(repo, "link.patch", repo.formatPatch("HEAD~1"));
        repo.git("checkout", "-q", "base");
        Files.createSymbolicLink(repo.docs().resolve("leak.sgml"), outside);
        Files.createSymbolicLink(repo.docs().resolve("notes.sgml"), outside);

        PatchException e = assertThrows(PatchException.class,
                () -> throughLink.applyTo(repo.docs(), tmp.resolve("through"), OptionalInt.empty()));
        assertTrue(e.getMessage().contains("notes.sgml leads outside"), e.getMessage());
        assertEquals("secret\n", Files.readString(outside));

        Files.delete(repo.docs().resolve("notes.sgml"));
        PatchedTree tree = wording.applyTo(repo.docs(), tmp.resolve("after"), OptionalInt.empty());
        assertTrue(Files.isSymbolicLink(tree.root().resolve("leak.sgml")),
                "a copied link is still a link, which the loader refuses, not the outside file's text");
    }

    @Test
    void theCopysPathsAreNamedAsTheUserKnowsThem() {
        Path copy = Path.of("/tmp/pgdocs-diff-1/after");
        Path sources = Path.of("/home/u/pg/doc/src/sgml");
        PatchedTree tree = new PatchedTree(copy, sources, Map.of(Path.of("bgworker.sgml"), BGWORKER), Map.of(),
                List.of(), List.of());

        assertEquals(Path.of(BGWORKER), tree.display(copy.resolve("bgworker.sgml")), "a patched file: its name in the patch");
        assertEquals(sources.resolve("ref/select.sgml"), tree.display(copy.resolve("ref/select.sgml")),
                "any other: the user's file");
        assertEquals("cannot include /home/u/pg/doc/src/sgml/x.sgml from " + BGWORKER + ": not found",
                tree.display("cannot include " + copy + "/x.sgml from " + copy + "/bgworker.sgml: not found"));
    }

    private SourcePatch read(GitRepo repo, String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return SourcePatch.read(file);
    }
}
