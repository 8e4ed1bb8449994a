package dev.pgdocs.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load that plays chapters back still knows the generated files missing inside them:
 * the check softens links into those files by this list, and without it every edit in
 * pgdocs serve of a git checkout (PostgreSQL 18: keywords-table.sgml, wait_event_types.sgml)
 * failed on links the first build had only warned about.
 */
class ParsedEntitiesStandInsTest {

    @Test
    void aReplayKeepsTheMissingGeneratedFilesOfThePlayedBackChapters(@TempDir Path dir) throws Exception {
        Path master = Files.writeString(dir.resolve("postgres.sgml"), """
                <!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd" [
                <!ENTITY wait_event_types SYSTEM "wait_event_types.sgml">
                <!ENTITY monitoring SYSTEM "monitoring.sgml">
                <!ENTITY edited SYSTEM "edited.sgml">
                ]>
                <book id="postgres"><title>T</title>&monitoring;&edited;</book>
                """);
        Files.writeString(dir.resolve("monitoring.sgml"), """
                <chapter id="monitoring"><title>M</title>
                <para>See <xref linkend="wait-event-lock-table"/>.</para>
                &wait_event_types;
                </chapter>
                """);
        Path edited = Files.writeString(dir.resolve("edited.sgml"), "<chapter id=\"e\"><title>E</title><para>One.</para></chapter>\n");
        SourceLoader loader = new SourceLoader(new Processor(false), Catalog.builtIn(), new PgVersion("18.3"));
        ParsedEntities kept = new ParsedEntities();
        LoadedBook first = loader.load(master, kept);
        assertEquals(List.of(dir.resolve("wait_event_types.sgml")), first.leftOut());

        Files.writeString(edited, "<chapter id=\"e\"><title>E</title><para>Two.</para></chapter>\n");
        kept.forget(Set.of(edited));
        LoadedBook replayed = loader.load(master, kept);
        assertEquals(1, kept.playedBack(), "monitoring.sgml is played back");
        assertEquals(first.standIns(), replayed.standIns());
        assertEquals(first.leftOut(), replayed.leftOut());
    }
}
