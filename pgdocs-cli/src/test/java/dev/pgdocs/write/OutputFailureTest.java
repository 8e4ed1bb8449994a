package dev.pgdocs.write;

import dev.pgdocs.cli.CommandLineRuns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgdocs.Fixtures;
import dev.pgdocs.diagnostics.Progress;
import dev.pgdocs.cli.CliTest;
import dev.pgdocs.diagnostics.ExitCode;
import dev.pgdocs.write.html.SiteWriter;
import dev.pgdocs.write.pdf.PdfWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Output that cannot be written: exit 5 and one line naming the output and why, in plain
 * words (never a Java exception's name), and the previous output kept. Tests run as root,
 * for whom permissions fail nothing, so the failures are real ones root meets too: a file
 * where a directory must be, an immutable directory, and a full disk (/dev/full).
 */
@Tag("slow") // full and read-only file systems, PDF builds: mvn verify
class OutputFailureTest {

    private static final String DEV_FULL = "/dev/full";

    private static CliTest.Run build(String... args) {
        return CliTest.run(Stream.concat(Stream.of("build", Fixtures.docsSrc().toString(), "--format", "html"), Stream.of(args))
                .toArray(String[]::new));
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void aFileWhereTheOutputsDirectoryMustBeIsExitFiveNamingBoth(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("notes"), "mine");
        Path site = file.resolve("html");
        CliTest.Run r = build("-o", site.toString());
        assertEquals(ExitCode.OUTPUT_UNWRITABLE, r.code(), r.err());
        assertEquals("pgdocs: cannot write " + site + ": " + file + " is a file, not a directory", lastLine(r.err()));
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("mine", Files.readString(file));
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of(file), list.toList(), "nothing else written");
        }
    }

    @Test
    void anImmutableSiteIsKeptWithExitFiveAndNoStagingLeft(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("html");
        assertEquals(0, build("-o", site.toString()).code());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        Assumptions.assumeTrue(chattr("+i", site), "chattr +i does not work here (needs ext4 or the like, and root)");
        try {
            CliTest.Run r = build("-o", site.toString());
            assertEquals(ExitCode.OUTPUT_UNWRITABLE, r.code(), r.err());
            assertTrue(lastLine(r.err()).startsWith("pgdocs: cannot write " + site + ": the operation is not permitted"),
                    r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        } finally {
            chattr("-i", site);
        }
        assertTrue(Files.isRegularFile(site.resolve(OutputDirectory.MARKER)));
        assertEquals(new String(index), Files.readString(site.resolve("index.html")), "the previous site");
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of(site), list.toList(), "no staging or old directory left");
        }
    }

    @Test
    void aFullDiskUnderThePagesNamesTheSiteNotTheStaging(@TempDir Path tmp) throws Exception {
        assumeDevFull();
        Path site = tmp.resolve("html");
        try (OutputDirectory out = OutputDirectory.prepare(site, false)) {
            Files.createSymbolicLink(out.staging().resolve("index.html"), Path.of(DEV_FULL));
            SiteWriter writer = new SiteWriter(Optional.empty());
            SiteWriter.PageSink pages = writer.pages(out);
            pages.accept("index.html", "<!DOCTYPE html><html><head><title>T</title></head><body></body></html>");
            OutputWriteException e = assertThrows(OutputWriteException.class,
                    () -> writer.finish(pages, tmp, Map.of(), out.target()));
            assertEquals("cannot write " + site + ": no space left on the device (the disk is full)", e.getMessage());
            assertEquals(site, e.path());
        }
        assertFalse(Files.exists(site), "nothing published");
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of(), list.toList(), "the staging directory is removed");
        }
    }

    @Test
    void aFullDiskUnderThePdfIsNotFopsIoErrorInEndPage(@TempDir Path tmp) throws Exception {
        assumeDevFull();
        Path publishedAs = tmp.resolve("pdf/book.pdf");
        PdfWriter writer = new PdfWriter(tmp);
        OutputWriteException e = assertThrows(OutputWriteException.class, () -> writer.write(Path.of(DEV_FULL),
                publishedAs, "T", "A", "en", Instant.EPOCH, OutputFailureTest::tinyFo, Progress.NONE));
        assertEquals("cannot write " + publishedAs + ": no space left on the device (the disk is full)",
                e.getMessage());
    }

    @Test
    void aSiteThatCannotBeMovedInLeavesThePreviousOneInPlace(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("html"));
        Files.writeString(site.resolve(OutputDirectory.MARKER), "");
        Files.writeString(site.resolve("index.html"), "previous");
        try (OutputDirectory out = OutputDirectory.prepare(site, false)) {
            Files.delete(out.staging()); // what a full or failing disk, or another process, can do
            OutputWriteException e = assertThrows(OutputWriteException.class, () -> out.publish(false));
            assertEquals(site, e.path());
            assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        }
        assertEquals("previous", Files.readString(site.resolve("index.html")));
        try (Stream<Path> list = Files.list(tmp)) {
            assertEquals(List.of(site), list.toList(), "no old directory left");
        }
    }

    @Test
    void theHelpListsTheExitCodesOfOutputAndSignals() {
        StringWriter help = new StringWriter();
        var cli = CommandLineRuns.commandLine();
        cli.setOut(new PrintWriter(help, true));
        assertEquals(0, cli.execute("build", "--help"));
        List<String> codes = help.toString().lines().map(String::strip)
                .filter(l -> l.matches("\\d+\\s+.*")).map(l -> l.split("\\s+")[0]).toList();
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "130", "143"), codes, help.toString());
        assertTrue(help.toString().contains("output could not be written"), help.toString());
        assertTrue(help.toString().contains("out of memory"), help.toString());
    }

    /** A one-page FO document, into FOP. */
    private static void tinyFo(org.xml.sax.ContentHandler fo) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setContentHandler(fo);
        reader.parse(new InputSource(new StringReader("""
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="p" page-width="210mm" page-height="297mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="p">
                    <fo:flow flow-name="xsl-region-body"><fo:block font-family="DejaVu Serif">Hello</fo:block></fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """)));
    }

    private static void assumeDevFull() {
        Assumptions.assumeTrue(Files.isWritable(Path.of(DEV_FULL)), "no /dev/full (Linux) to fill");
    }

    private static boolean chattr(String change, Path dir) throws Exception {
        try {
            return new ProcessBuilder("chattr", change, dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false; // no chattr
        }
    }
}
