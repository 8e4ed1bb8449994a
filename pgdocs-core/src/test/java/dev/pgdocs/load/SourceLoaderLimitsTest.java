package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgdocs.diagnostics.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser's limits count over the whole book, not per file. */
class SourceLoaderLimitsTest {

    private final SourceLoader loader = new SourceLoader(new Processor(false), Catalog.builtIn());

    /**
     * Four chapters, each expanding about 44,000 entities: the third passes the book's
     * limit of expansions. The third file is only where the count ran out, so it is
     * reported once there, and the book is not parsed again without it (which would then
     * stop in the fourth, and so on, one whole parse per file).
     */
    @Test
    void reportsABookWideLimitOnceWhereItRanOut(@TempDir Path dir) throws Exception {
        StringBuilder declarations = new StringBuilder();
        StringBuilder chapters = new StringBuilder();
        for (char c = 'p'; c <= 's'; c++) {
            Files.writeString(dir.resolve(c + ".sgml"), "<chapter id=\"" + c + "\"><title>" + c
                    + "</title><para>&e;&e;&e;&e;</para></chapter>\n");
            declarations.append("<!ENTITY ").append(c).append(" SYSTEM \"").append(c).append(".sgml\">\n");
            chapters.append('&').append(c).append(";\n");
        }
        Path master = Files.writeString(dir.resolve("book.sgml"), """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY a "aaaaaaaaaa">
                <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                """ + declarations + "]>\n<book><title>B</title>\n" + chapters + "</book>\n");
        LoadException e = assertThrows(LoadException.class, () -> loader.load(master));
        List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(dir.resolve("r.sgml").toRealPath(), errors.get(0).location().file().toRealPath());
        assertEquals(SourceLoader.LOAD_RULE, errors.get(0).rule());
    }
}
