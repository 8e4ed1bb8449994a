package dev.pgdocs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A scratch git repository laid out as PostgreSQL's ({@code doc/src/sgml} beside
 * {@code src/backend}), so that the patches tests review are the ones git itself writes:
 * format-patch series, renames, binary patches. Tests that need it are skipped, saying
 * so, where there is no git.
 */
public final class GitRepo {

    /** Where the book goes, as in a PostgreSQL checkout. */
    public static final String DOCS = "doc/src/sgml";
    /** The chapter the series tests edit. */
    public static final String BGWORKER = DOCS + "/bgworker.sgml";

    private final Path dir;

    private GitRepo(Path dir) {
        this.dir = dir;
    }

    /**
     * A repository whose first commit, tagged {@code base}, holds {@code docs}' files
     * under doc/src/sgml and one C file under src/backend.
     */
    public static GitRepo withDocs(Path dir, Path docs) throws IOException {
        Assumptions.assumeTrue(gitWorks(), "git tests skipped: no git on the PATH");
        GitRepo repo = new GitRepo(Files.createDirectories(dir));
        copyTree(docs, dir.resolve(DOCS));
        repo.write("src/backend/foo.c", "int\nfoo(void)\n{\n\treturn 1;\n}\n");
        repo.git("init", "-q");
        repo.commitAll("base");
        repo.git("tag", "base");
        return repo;
    }

    /** {@link #withDocs} of this repository's docs-src. */
    public static GitRepo withDocsSrc(Path dir) throws IOException {
        return withDocs(dir, Fixtures.docsSrc().getParent());
    }

    /** An edit of one word of bgworker.sgml's text ("can" becomes "may"). */
    public void rewordBgworker() throws IOException {
        edit(BGWORKER, "Background workers can be initialized", "Background workers may be initialized");
    }

    /** An edit of bgworker.sgml's chapter title, which every page's navigation shows. */
    public void retitleBgworker() throws IOException {
        edit(BGWORKER, "<title>Background Worker Processes</title>", "<title>Background Workers</title>");
    }

    public Path dir() {
        return dir;
    }

    /** The book's directory in the working tree. */
    public Path docs() {
        return dir.resolve(DOCS);
    }

    public Path file(String path) {
        return dir.resolve(path);
    }

    public void write(String path, String text) throws IOException {
        Files.createDirectories(file(path).getParent());
        Files.writeString(file(path), text, StandardCharsets.UTF_8);
    }

    public void write(String path, byte[] bytes) throws IOException {
        Files.createDirectories(file(path).getParent());
        Files.write(file(path), bytes);
    }

    /** Replaces the first {@code from} in the file; fails if it is not there, so that a test cannot edit nothing. */
    public void edit(String path, String from, String to) throws IOException {
        String text = Files.readString(file(path));
        int at = text.indexOf(from);
        if (at < 0) {
            throw new AssertionError(path + " has no \"" + from + "\"");
        }
        write(path, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    public void commitAll(String message) {
        git("add", "-A");
        git("commit", "-q", "-m", message);
    }

    /** git format-patch --stdout of the commits since {@code since}, in order. */
    public String formatPatch(String since) {
        return git("format-patch", "--stdout", since);
    }

    /** Runs git in the repository with a fixed identity and dates; fails the test on a non-zero exit. */
    public String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
            Map<String, String> env = builder.environment();
            env.put("GIT_CONFIG_NOSYSTEM", "1");
            env.put("GIT_CONFIG_GLOBAL", "/dev/null");
            env.put("GIT_AUTHOR_NAME", "Test");
            env.put("GIT_AUTHOR_EMAIL", "test@example.org");
            env.put("GIT_COMMITTER_NAME", "Test");
            env.put("GIT_COMMITTER_EMAIL", "test@example.org");
            env.put("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
            env.put("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
            Process git = builder.redirectErrorStream(false).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, git.waitFor(), command + ": " + err);
            return out;
        } catch (IOException e) {
            throw new AssertionError(command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(command + " interrupted", e);
        }
    }

    private static boolean gitWorks() {
        try {
            return new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
