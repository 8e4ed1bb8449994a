package dev.pgdocs.load;

import static dev.pgdocs.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.cli.CliTest.Run;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input pgdocs cannot read (issue 10, cases 6 to 8), as a user meets it on the command
 * line: exit 3, and one message in the diagnostic shape at the file, line and column of
 * the problem, with no Java text in it.
 */
@Tag("slow")
class BadInputTest {

    private static final String DOCTYPE = "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\""
            + " \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\"";
    /** A master that includes ch.sgml as its one chapter. */
    private static final String WITH_CHAPTER = DOCTYPE + " [\n<!ENTITY ch SYSTEM \"ch.sgml\">\n]>\n"
            + "<book id=\"b\"><title>T</title>\n&ch;\n</book>\n";
    /** file:line:col: error: message [load], the shape every load failure has. */
    private static final Pattern LOAD_ERROR = Pattern.compile("(.+):(\\d+):(\\d+): error: (.+) \\[load]");

    @TempDir
    Path dir;

    /** The one message printed, after checking that it is the only one and that it has the load shape. */
    /**
     * pgdocs check in a child JVM that is root without the capabilities that let root read
     * any file (CI runs the tests as root, where a mode 000 file is readable all the same).
     */
    private static Run asRootWithoutReadingEverything(Path master) throws Exception {
        String dropped = "-dac_override,-dac_read_search";
        Process p = new ProcessBuilder("setpriv", "--bounding-set=" + dropped, "--inh-caps=" + dropped,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.pgdocs.Main", "check", master.toString())
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    private static Matcher message(Run r) {
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        Matcher m = LOAD_ERROR.matcher(lines.get(0));
        assertTrue(m.matches(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("java.") || r.err().contains("Input length"),
                r.err());
        return m;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path write(String name, String text, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    /** A book whose chapter holds a paragraph of {@code depth - 3} nested emphasis elements. */
    private Path nested(int depth) throws Exception {
        int emphases = depth - 3; // book, chapter, para
        return write("book.sgml", DOCTYPE + ">\n<book id=\"b\"><title>T</title><chapter id=\"c\"><title>C</title>\n<para>"
                + "<emphasis>".repeat(emphases) + "deep" + "</emphasis>".repeat(emphases) + "</para></chapter></book>\n");
    }

    @Test
    void deepNestingStopsAtTheElementPastTheLimitBeforeAnyOutput() throws Exception {
        Path book = nested(10_000);
        Path out = dir.resolve("out");

        for (String format : List.of("html", "pdf")) {
            Run r = run("build", book.toString(), "--format", format, "-o", out.toString());
            assertEquals(3, r.code(), r.err());
            var m = message(r);
            assertEquals(book.toString(), Path.of(m.group(1)).toAbsolutePath().toString());
            assertEquals("3", m.group(2));
            // the 257th element is the 254th emphasis: the parser places it just after its start tag
            assertEquals(String.valueOf("<para>".length() + 254 * "<emphasis>".length() + 1), m.group(3));
            assertTrue(m.group(4).startsWith("<emphasis> would be element 257 in a chain of nested elements"),
                    m.group(4));
            assertFalse(Files.exists(out), "nothing is written");
        }
        assertEquals(3, run("check", book.toString()).code());
    }

    @Test
    void aBookNestedAsDeepAsAllowedBuildsItsHtml() throws Exception {
        Path book = nested(SourceLoader.MAX_DEPTH);
        Path out = dir.resolve("out");

        Run r = run("build", book.toString(), "-o", out.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("c.html")).contains("deep"));
    }

    @Test
    void invalidUtf8InTheMasterIsReportedAtTheByte() throws Exception {
        byte[] text = (DOCTYPE + ">\n<book id=\"b\"><title>Caf\u00e9</title></book>\n").getBytes(StandardCharsets.ISO_8859_1);
        Path book = Files.write(dir.resolve("book.sgml"), text);

        Run r = run("check", book.toString());

        assertEquals(3, r.code());
        var m = message(r);
        assertEquals("2:24", m.group(2) + ":" + m.group(3), r.err()); // where the é is
        assertTrue(m.group(4).contains("not UTF-8: declare its encoding"), r.err());
    }

    @Test
    void invalidUtf8InAChapterIsReportedAtTheByte() throws Exception {
        Path book = write("book.sgml", WITH_CHAPTER);
        write("ch.sgml", "<chapter id=\"c\"><title>C</title>\n<para>na\u00efve</para></chapter>\n",
                StandardCharsets.ISO_8859_1);

        var m = message(run("check", book.toString()));

        assertTrue(m.group(1).endsWith("ch.sgml"), m.group(0));
        assertEquals("2:9", m.group(2) + ":" + m.group(3));
        assertEquals(3, run("check", book.toString()).code());
    }

    @Test
    void aBinaryFileAsTheMasterOrAChapterIsOneMessageAtItsFirstLine() throws Exception {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1};
        Path png = Files.write(dir.resolve("picture.sgml"), binary);
        Path book = write("book.sgml", WITH_CHAPTER);
        Files.write(dir.resolve("ch.sgml"), binary);

        for (Path master : List.of(png, book)) {
            Run r = run("check", master.toString());
            assertEquals(3, r.code(), r.err());
            var m = message(r);
            assertTrue(m.group(1).endsWith(master == png ? "picture.sgml" : "ch.sgml"), r.err());
            assertEquals("1", m.group(2), r.err());
        }
    }

    @Test
    void anElementBeforeTheDoctypeIsSaidSoAtTheDoctype() throws Exception {
        Path book = write("book.sgml", "<book id=\"b\"><title>T</title></book>\n" + DOCTYPE + ">\n");

        Run r = run("check", book.toString());

        assertEquals(3, r.code());
        var m = message(r);
        assertEquals("2", m.group(2));
        assertEquals("a DOCTYPE is allowed only at the start of the master file, before its first element",
                m.group(4));
    }

    @Test
    void aChapterThatIsADirectoryIsUnreadableWhereItIsIncluded() throws Exception {
        Path book = write("book.sgml", WITH_CHAPTER);
        Files.createDirectory(dir.resolve("ch.sgml"));

        Run r = run("check", book.toString());

        assertEquals(3, r.code());
        var m = message(r);
        assertEquals(book.toString(), Path.of(m.group(1)).toAbsolutePath().toString());
        assertEquals("5", m.group(2));
        assertEquals("cannot read ch.sgml: it is a directory", m.group(4));
    }

    @Test
    void aMasterThatIsADirectoryIsUnreadable() throws Exception {
        Path master = Files.createDirectory(dir.resolve("book.sgml"));

        Run r = run("check", master.toString());

        assertEquals(3, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().strip().endsWith("book.sgml: error: cannot read: is a directory [load]"), r.err());
    }

    @Test
    void aChapterWithoutReadPermissionIsUnreadableWhereItIsIncluded() throws Exception {
        Path book = write("book.sgml", WITH_CHAPTER);
        Path chapter = write("ch.sgml", "<chapter id=\"c\"><title>C</title><para>x</para></chapter>\n");
        Files.setPosixFilePermissions(chapter, PosixFilePermissions.fromString("---------"));

        var m = message(Files.isReadable(chapter) ? asRootWithoutReadingEverything(book) : run("check", book.toString()));

        assertEquals("cannot read ch.sgml: permission denied", m.group(4));
        assertEquals("5", m.group(2));
    }

    @Test
    void declaredEncodingsHoldInTheMasterChaptersAndEntityFiles() throws Exception {
        write("book.sgml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + DOCTYPE + " [\n"
                + "<!ENTITY % names SYSTEM \"names.ent\"> %names;\n"
                + "<!ENTITY latin SYSTEM \"latin.sgml\">\n<!ENTITY wide SYSTEM \"wide.sgml\">\n]>\n"
                + "<book id=\"b\"><title>Caf\u00e9 &author;</title>\n&latin;\n&wide;\n</book>\n",
                StandardCharsets.ISO_8859_1);
        write("names.ent", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!ENTITY author \"Ren\u00e9e\">\n",
                StandardCharsets.ISO_8859_1);
        write("latin.sgml", "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n"
                + "<chapter id=\"latin\"><title>Na\u00efve</title><para>10 \u20ac</para></chapter>\n",
                Charset.forName("ISO-8859-15"));
        write("wide.sgml", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                + "<chapter id=\"wide\"><title>\u00c5ngstr\u00f6m</title><para>\u65e5\u672c</para></chapter>\n",
                StandardCharsets.UTF_16);
        Path out = dir.resolve("out");

        Run r = run("build", dir.resolve("book.sgml").toString(), "-o", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("Caf\u00e9 Ren\u00e9e", Jsoup.parse(out.resolve("index.html").toFile()).select("h1.title").text());
        var latin = Jsoup.parse(out.resolve("latin.html").toFile());
        assertEquals("Chapter 1. Na\u00efve", latin.select("h1.title").text());
        assertEquals("10 \u20ac", latin.select("p").text());
        var wide = Jsoup.parse(out.resolve("wide.html").toFile());
        assertEquals("Chapter 2. \u00c5ngstr\u00f6m", wide.select("h1.title").text());
        assertEquals("\u65e5\u672c", wide.select("p").text());
    }

    @Test
    void anUnknownEntityExitsThreeAtItsReference() throws Exception {
        Path book = write("book.sgml", WITH_CHAPTER);
        write("ch.sgml", "<chapter id=\"c\"><title>C</title>\n<para>a &nosuch; b</para></chapter>\n");

        Run r = run("check", book.toString());

        assertEquals(3, r.code());
        var m = message(r);
        assertTrue(m.group(1).endsWith("ch.sgml"), r.err());
        assertEquals("2:17", m.group(2) + ":" + m.group(3));
        assertEquals("The entity \"nosuch\" was referenced, but not declared.", m.group(4));
    }

    @Test
    void anEntityWhoseFileIsMissingExitsThreeAtItsReference() throws Exception {
        Path book = write("book.sgml", WITH_CHAPTER);

        Run r = run("build", book.toString(), "-o", dir.resolve("out").toString());

        assertEquals(3, r.code());
        var m = message(r);
        assertEquals("5:5", m.group(2) + ":" + m.group(3));
        assertEquals("included file not found: ch.sgml", m.group(4));
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
