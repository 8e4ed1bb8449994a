package dev.pgdocs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.cli.CliTest;
import dev.pgdocs.diagnostics.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The man pages of a small reference (templates/man/book.xml): the files and their
 * names, the .TH line and NAME section, .so stubs, cross-references between pages,
 * roff escaping, verbatim text, tables, and --man-sql-section. Runs without the corpus.
 */
@Tag("slow")
class ManPagesTest {

    private static final Path BOOK = Path.of("pgdocs-cli", "src", "test", "resources", "templates", "man", "book.xml")
            .toAbsolutePath();

    @TempDir
    Path tmp;

    private Path build(String... extra) {
        Path out = tmp.resolve("man");
        var args = Stream.concat(Stream.of("build", BOOK.toString(), "--format", "man", "-o", out.toString()),
                Stream.of(extra)).toArray(String[]::new);
        CliTest.Run run = CliTest.run(args);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("wrote 3 man pages (1 .so stubs) to " + out), run.err());
        return out;
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .filter(p -> !p.startsWith(".")).sorted().toList();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void onePagePerRefentryWithAManvolnumNamedAsPostgresNamesThem() throws IOException {
        Path out = build();
        assertEquals(List.of("man1/tool.1", "man3/thing_open.3", "man7/CREATE_THING.7", "man7/MAKE_THING.7"),
                files(out));
        assertEquals(".so man7/CREATE_THING.7\n", read(out.resolve("man7/MAKE_THING.7")));
    }

    @Test
    void aPageOpensWithTheThLineAndTheNameSection() throws IOException {
        String page = read(build().resolve("man7/CREATE_THING.7"));
        assertTrue(page.startsWith("'\\\" t\n"), "tbl is asked for: " + page);
        assertTrue(page.contains("\n.TH \"CREATE THING\" \"7\" \"2031\" \"Thing 1\\&.2\" \"Thing 1\\&.2 Documentation\"\n"),
                page);
        assertTrue(page.contains("\n.nh\n.ad l\n"), "no hyphenation, no justification: " + page);
        assertTrue(page.contains("\n.SH \"NAME\"\nCREATE_THING, MAKE_THING \\- define a new thing\n"), page);
        assertTrue(page.contains("\n.SH \"SYNOPSIS\"\n"), page);
        assertTrue(page.contains("\n.SH \"DESCRIPTION\"\n.PP\n\\fBCREATE THING\\fR makes a thing\\&."), page);
        assertFalse(page.endsWith("\n\n"), "no blank line at the end");
    }

    @Test
    void crossReferencesNameTheManPageOrTheManualsText() throws IOException {
        Path out = build();
        String tool = read(out.resolve("man1/tool.1"));
        assertTrue(tool.contains("\n.SH \"SEE ALSO\"\nCREATE THING (\\fBCREATE_THING\\fR(7)), \\fBthing_open\\fR(3)\n"),
                tool);
        String create = read(out.resolve("man7/CREATE_THING.7"));
        assertTrue(create.contains("See Chapter 1 and \\fBtool\\fR(1)\\&."), create);
    }

    @Test
    void sqlSectionMovesTheSqlPagesAndEveryReferenceToThem() throws IOException {
        Path out = build("--man-sql-section", "7sql");
        assertEquals(List.of("man1/tool.1", "man3/thing_open.3", "man7sql/CREATE_THING.7sql",
                "man7sql/MAKE_THING.7sql"), files(out));
        assertEquals(".so man7sql/CREATE_THING.7sql\n", read(out.resolve("man7sql/MAKE_THING.7sql")));
        assertTrue(read(out.resolve("man7sql/CREATE_THING.7sql")).contains("\n.TH \"CREATE THING\" \"7sql\" "));
        assertTrue(read(out.resolve("man1/tool.1")).contains("CREATE THING (\\fBCREATE_THING\\fR(7sql))"));
    }

    @Test
    void anUnusableSqlSectionIsAUsageError() {
        CliTest.Run run = CliTest.run("build", BOOK.toString(), "--format", "man", "--man-sql-section", "../7",
                "-o", tmp.resolve("man").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("invalid --man-sql-section '../7'"), run.err());
        assertFalse(Files.exists(tmp.resolve("man")));
    }

    @Test
    void roffMarkupInTheTextIsEscaped() throws IOException {
        String tool = read(build().resolve("man1/tool.1"));
        assertTrue(tool.contains("\n\\&.dotted \\*(Aqquoted\\*(Aq \\eback\n"), tool);
        assertTrue(tool.contains("\n\\fB\\-a\\fR\n.br\n\\fB\\-\\-all\\fR\n.RS 4\n"), tool);
        assertTrue(tool.contains("\n\\fBtool\\fR [\\fIoption\\fR...] {\\-a | \\-b}\n"), tool);
    }

    @Test
    void verbatimTextKeepsItsLinesAndIndentation() throws IOException {
        Path out = build();
        assertTrue(read(out.resolve("man3/thing_open.3")).contains(
                "\n.nf\nint\nthing_open(void)\n{\n    return 0;\n}\n.fi\n"));
        assertTrue(read(out.resolve("man7/CREATE_THING.7")).contains(
                "\n.nf\nCREATE THING \\fIname\\fR [ WITH ( \\fIoption\\fR ) ]\n    \\-\\- indented, with a dot:\n\\&.start\n.fi\n"));
    }

    @Test
    void tablesAreForTblWithSpans() throws IOException {
        String page = read(build().resolve("man7/CREATE_THING.7"));
        assertTrue(page.contains("\n.B Table\\ 1\\&.\\ Kinds of Things\n.TS\nallbox tab(:);\nlB lB\nl l\nl s.\n"), page);
        assertTrue(page.contains("\nT{\nno meaning\nT}\n.TE\n"), page);
        assertEquals(1, Pattern.compile("^\\.TE$", Pattern.MULTILINE).matcher(page).results().count());
    }
}
