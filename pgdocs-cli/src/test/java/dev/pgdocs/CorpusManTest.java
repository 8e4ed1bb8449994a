package dev.pgdocs;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man pages of the PostgreSQL 18 manual against PostgreSQL's own (pg18-reference/man,
 * from stylesheet-man.xsl), and of PostgreSQL 14 for sanity (skipped without
 * ../shared/corpus; the rendering and lint checks skipped without groff or mandoc). It
 * prints its figures: file names, text similarity per page (rendered by groff or mandoc,
 * compared word by word), and mandoc's lint beyond what it finds in PostgreSQL's pages.
 */
@Tag("slow") // the whole PostgreSQL manuals, groff and mandoc over 297 pages: mvn verify
class CorpusManTest {

    private static final double SIMILAR = 0.98;

    @TempDir
    static Path tmp;

    private static Path reference;
    private static Path ours;

    @BeforeAll
    static void build() {
        Path corpus = Fixtures.corpus();
        reference = corpus.resolve("pg18-reference/man");
        Assumptions.assumeTrue(Files.isDirectory(reference), "no PostgreSQL 18 reference man pages at " + reference);
        ours = build(corpus.resolve("pg18-docs/postgres.sgml"), "man18", "--pg-version", "18.3");
    }

    private static Path build(Path master, String name, String... options) {
        var cli = CommandLineRuns.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("build", master.toString(), "--format", "man", "-o", out.toString()));
        args.addAll(List.of(options));
        int code = cli.execute(args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        List<String> unhandled = err.toString().lines().filter(l -> l.contains("[render")).toList();
        assertEquals(List.of(), unhandled, "every element of the reference pages has a man template");
        return out;
    }

    @Test
    void theSameFilesAsPostgresqlsStubsIncluded() throws IOException {
        TreeSet<String> theirs = files(reference);
        TreeSet<String> mine = files(ours);
        TreeSet<String> missing = new TreeSet<>(theirs);
        missing.removeAll(mine);
        TreeSet<String> extra = new TreeSet<>(mine);
        extra.removeAll(theirs);
        long stubs = mine.stream().filter(f -> read(ours.resolve(f)).startsWith(".so ")).count();
        System.out.printf(Locale.ROOT, "Corpus man: %d of %d reference files (%.1f%%), %d .so stubs; missing %s, extra %s%n",
                theirs.size() - missing.size(), theirs.size(), 100.0 * (theirs.size() - missing.size()) / theirs.size(),
                stubs, missing, extra);
        assertEquals(theirs, mine);
        for (String stub : mine.stream().filter(f -> read(ours.resolve(f)).startsWith(".so ")).toList()) {
            assertEquals(read(reference.resolve(stub)), read(ours.resolve(stub)), stub);
        }
    }

    @Test
    void everyPageReadsAsPostgresqlsWordForWord() {
        Function<Path, String> render = renderer();
        Map<String, Double> similarity = new ConcurrentHashMap<>();
        Map<String, String> samples = new ConcurrentHashMap<>();
        pages().parallelStream().forEach(page -> {
            List<String> theirs = words(render.apply(reference.resolve(page)));
            List<String> mine = Files.exists(ours.resolve(page)) ? words(render.apply(ours.resolve(page))) : List.of();
            List<AbstractDelta<String>> deltas = DiffUtils.diff(theirs, mine).getDeltas();
            long changed = deltas.stream().mapToLong(d -> d.getSource().size()).sum();
            similarity.put(page, theirs.isEmpty() && mine.isEmpty() ? 1.0
                    : 2.0 * (theirs.size() - changed) / (theirs.size() + mine.size()));
            samples.put(page, deltas.stream().limit(3).map(d -> String.join(" ", d.getSource().getLines())
                    + " => " + String.join(" ", d.getTarget().getLines())).map(s -> s.length() > 120
                    ? s.substring(0, 120) + "…" : s).collect(Collectors.joining(" | ")));
        });
        double[] sorted = similarity.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "Corpus man: text similarity over %d pages: min %.4f, median %.4f, %d below %.2f%n",
                sorted.length, sorted[0], sorted[sorted.length / 2],
                similarity.values().stream().filter(s -> s < SIMILAR).count(), SIMILAR);
        similarity.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(8).forEach(e ->
                System.out.printf(Locale.ROOT, "  %.4f %-28s %s%n", e.getValue(), e.getKey(), samples.get(e.getKey())));
        List<String> below = similarity.entrySet().stream().filter(e -> e.getValue() < SIMILAR)
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(List.of(), below);
    }

    @Test
    void mandocFindsNothingItDoesNotFindInPostgresqlsPages() {
        assumeTool("mandoc");
        Map<String, List<String>> beyond = new TreeMap<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        pages().parallelStream().forEach(page -> {
            Map<String, Long> theirs = lint(reference.resolve(page));
            Map<String, Long> mine = lint(ours.resolve(page));
            List<String> extra = new ArrayList<>();
            mine.forEach((message, n) -> {
                long more = n - theirs.getOrDefault(message, 0L);
                if (more > 0 && (message.startsWith("WARNING") || message.startsWith("ERROR"))) {
                    extra.add(more + "× " + message);
                } else if (more > 0) {
                    synchronized (unsupported) {
                        unsupported.merge(page + ": " + message, (int) more, Integer::sum);
                    }
                }
            });
            if (!extra.isEmpty()) {
                synchronized (beyond) {
                    beyond.put(page, extra);
                }
            }
        });
        System.out.println("Corpus man: mandoc -T lint, warnings and errors beyond PostgreSQL's pages: " + beyond);
        System.out.println("Corpus man: mandoc -T lint, other findings beyond PostgreSQL's pages: " + unsupported);
        assertEquals(Map.of(), beyond);
    }

    @Test
    void postgres14BuildsManPagesMandocAccepts() throws IOException {
        Path master = Fixtures.corpus().resolve("pg14-docs/postgres.sgml");
        Path out = build(master, "man14");
        TreeSet<String> files = files(out);
        System.out.println("Corpus man: PostgreSQL 14: " + files.size() + " files, "
                + files.stream().collect(Collectors.groupingBy(f -> f.substring(0, f.indexOf('/')), TreeMap::new,
                        Collectors.counting())));
        assertTrue(files.contains("man1/psql.1") && files.contains("man7/CREATE_TABLE.7")
                && files.contains("man3/SPI_connect.3") && files.contains("man7/WITH.7"), files.toString());
        assumeTool("mandoc");
        Map<String, Long> errors = new TreeMap<>();
        // a .so stub is read relative to the manual's root, which mandoc -T lint on one file does not know
        for (String page : files.stream().filter(f -> !read(out.resolve(f)).startsWith(".so ")).toList()) {
            lint(out.resolve(page)).forEach((message, n) -> {
                if (message.startsWith("ERROR")) {
                    errors.merge(page + ": " + message, n, Long::sum);
                }
            });
        }
        System.out.println("Corpus man: PostgreSQL 14: mandoc errors: " + errors);
        assertEquals(Map.of(), errors);
    }

    private static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The reference's pages that are not .so stubs. */
    private static List<String> pages() {
        try {
            return files(reference).stream().filter(f -> !read(reference.resolve(f)).startsWith(".so ")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> words(String text) {
        String normal = text.strip();
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split("\\s+"));
    }

    /** groff -man -Tutf8 -P-c (as the issue measures: without tbl, so tables read as their cell text in order), else mandoc -Tutf8; then col -b. */
    private static Function<Path, String> renderer() {
        assumeTool("col");
        if (available("groff")) {
            return page -> run("groff -man -Tutf8 -P-c \"$1\" 2>/dev/null | col -b", page);
        }
        assumeTool("mandoc");
        return page -> run("mandoc -Tutf8 \"$1\" 2>/dev/null | col -b", page);
    }

    /** mandoc's lint findings of a page, without their positions, counted. */
    private static Map<String, Long> lint(Path page) {
        String out = run("mandoc -T lint -W warning \"$1\" 2>&1", page);
        return out.lines().map(l -> l.replaceFirst("^mandoc: .*?:\\d+:\\d+: ", ""))
                .filter(l -> !l.startsWith("mandoc:"))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static String run(String script, Path file) {
        try {
            Process p = new ProcessBuilder("sh", "-c", script, "sh", file.toString())
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(60, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean available(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void assumeTool(String tool) {
        Assumptions.assumeTrue(available(tool), "man page checks skipped: " + tool
                + " is not installed (Debian: apt-get install groff mandoc bsdextrautils)");
    }
}
