package dev.pgdocs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pgdocs.pipeline.JvmTuning;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JVM options follow the parsed command, not the words of the command line. */
class CommandTuningTest {

    private static Optional<JvmTuning> tuning(String... args) {
        return CommandTuning.forCommand(CommandLineRuns.commandLine().parseArgs(args));
    }

    @Test
    void aPdfBuildGetsThePdfOptionsWhateverElseItBuilds() {
        assertEquals(Optional.of(JvmTuning.PDF), tuning("build", "book.sgml", "--format", "pdf"));
        assertEquals(Optional.of(JvmTuning.PDF), tuning("build", "book.sgml", "--format", "html,pdf"));
        assertEquals(Optional.of(JvmTuning.PDF), tuning("--debug", "build", "--format=PDF", "book.sgml"));
    }

    @Test
    void pdfInAPathOrAnOtherCommandIsNoPdfBuild() {
        assertEquals(Optional.of(JvmTuning.QUICK), tuning("build", "pdf/book.sgml", "-o", "out/pdf"));
        assertEquals(Optional.of(JvmTuning.QUICK), tuning("check", "pdf.sgml"));
        assertEquals(Optional.of(JvmTuning.QUICK), tuning("inventory", "book.sgml", "--base-url", "https://example.org/docs/"));
    }

    @Test
    void serveKeepsTheOptimizingCompilerEvenWithItsPdf() {
        assertEquals(Optional.of(JvmTuning.SERVE), tuning("serve", "book.sgml", "--pdf"));
    }

    /** bin/pgdocs starts its JVM with QUICK's options: serve and a PDF must not run in it. */
    @Test
    void aJvmWithTheQuickOptionsIsNotTakenForOneWithServesOrAPdfs() {
        List<String> quick = JvmTuning.QUICK.options();
        assertFalse(quick.containsAll(JvmTuning.SERVE.options()), JvmTuning.SERVE.options().toString());
        assertFalse(quick.containsAll(JvmTuning.PDF.options()), JvmTuning.PDF.options().toString());
    }

    @Test
    void helpVersionAndNoCommandNeedNoJvmOfTheirOwn() {
        assertEquals(Optional.empty(), tuning("--version"));
        assertEquals(Optional.empty(), tuning("--help"));
        assertEquals(Optional.empty(), tuning("build", "--help", "--format", "pdf"));
        assertEquals(Optional.empty(), tuning());
    }

    @Test
    void theQuickCommandsGoToTheQuickResidentJvmAndPdfBuildsToTheOneForPdfs() {
        assertEquals(Optional.of(JvmTuning.RESIDENT), resident("check", "book.sgml"));
        assertEquals(Optional.of(JvmTuning.RESIDENT), resident("build", "pdf/book.sgml", "--format", "html,man"));
        assertEquals(Optional.of(JvmTuning.RESIDENT_PDF), resident("build", "book.sgml", "--format", "html,pdf"));
        assertEquals(Optional.empty(), resident("serve", "book.sgml", "--pdf"));
        assertEquals(Optional.empty(), resident("--version"));
        assertEquals(Optional.empty(), resident("build", "--help", "--format", "pdf"));
        assertEquals(Optional.empty(), resident("daemon", "stop"), "a resident JVM would stop itself");
        assertEquals(Optional.empty(), tuning("daemon", "status"));
    }

    private static Optional<JvmTuning> resident(String... args) {
        return CommandTuning.resident(CommandLineRuns.commandLine().parseArgs(args));
    }
}
