package dev.pgdocs.load;

import static dev.pgdocs.Fixtures.corpus;
import static dev.pgdocs.Fixtures.docsSrc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading with kept entity files (pgdocs serve) must give exactly what a fresh load of
 * the same sources gives: the same tree, every element at the same file, line and
 * column, the same files and the same DTD findings, whatever was edited.
 */
class ParsedEntitiesTest {

    private final SourceLoader loader = new SourceLoader(new Processor(false), Catalog.builtIn());

    @TempDir
    Path tmp;

    @Test
    void aTextEditInOneChapterPlaysBackTheOthers() throws Exception {
        Path master = copy(docsSrc().getParent(), "book.sgml");
        ParsedEntities kept = new ParsedEntities();
        loader.load(master, kept);
        edit(master.resolveSibling("bgworker.sgml"), "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para>An edit.</para>");
        kept.forget(java.util.Set.of(master.resolveSibling("bgworker.sgml"))); // as serve's watcher does
        assertSameAsFreshLoad(master, kept);
        assertEquals(2, kept.playedBack(), "xfunc.sgml and dfunc.sgml inside it are played back");
    }

    @Test
    void anEditInsideANestedFileParsesTheFileAroundItToo() throws Exception {
        Path master = copy(docsSrc().getParent(), "book.sgml");
        ParsedEntities kept = new ParsedEntities();
        loader.load(master, kept);
        Path dfunc = master.resolveSibling("dfunc.sgml");
        Files.writeString(dfunc, Files.readString(dfunc).replaceFirst("<para>", "<para>Nested edit. "));
        assertSameAsFreshLoad(master, kept);
        assertEquals(1, kept.playedBack(), "only bgworker.sgml is played back; xfunc.sgml holds the edited file");
    }

    @Test
    void anEditedDeclarationParsesEverythingAgain() throws Exception {
        Path master = copy(dev.pgdocs.Fixtures.fixture("loader/nested"), "book.sgml");
        ParsedEntities kept = new ParsedEntities();
        loader.load(master, kept);
        Files.writeString(master.resolveSibling("version.sgml"), "<!ENTITY version \"10.0\">\n");
        LoadedBook book = assertSameAsFreshLoad(master, kept);
        assertEquals(0, kept.playedBack());
        assertTrue(book.document().toString().contains("Version 10.0."), "the chapter has the new text");
    }

    @Test
    void namespaceDeclarationsArePlayedBack() throws Exception {
        Path master = copy(docsSrc().getParent(), "book.sgml");
        Path xfunc = master.resolveSibling("xfunc.sgml");
        String text = Files.readString(xfunc);
        int root = text.indexOf("<sect1 id=\"xfunc\"");
        assertTrue(root >= 0, "xfunc.sgml starts with its sect1");
        Files.writeString(xfunc, text.substring(0, root) + "<sect1 xmlns:x=\"urn:x\"" + text.substring(root + 6));
        ParsedEntities kept = new ParsedEntities();
        loader.load(master, kept);
        edit(master.resolveSibling("bgworker.sgml"), "</title>", "</title><para>Edited.</para>");
        LoadedBook book = assertSameAsFreshLoad(master, kept);
        assertEquals(2, kept.playedBack());
        assertTrue(book.document().toString().contains("xmlns:x=\"urn:x\""));
    }

    @Test
    void validityFindingsAreThoseOfAFreshLoad() throws Exception {
        Path master = copy(docsSrc().getParent(), "book.sgml");
        ParsedEntities kept = new ParsedEntities();
        loader.load(master, kept);
        // invalid content in the edited file, then an edit that changes what the file starts with
        edit(master.resolveSibling("bgworker.sgml"), "<title>Background Worker Processes</title>",
                "<title>Background Worker Processes</title>\n <para><sect1><title>x</title></sect1></para>");
        LoadedBook invalid = assertSameAsFreshLoad(master, kept);
        assertTrue(invalid.diagnostics().stream().anyMatch(d -> d.rule().equals("dtd")
                && d.location().file().endsWith("bgworker.sgml")), invalid.diagnostics().toString());
        edit(master.resolveSibling("bgworker.sgml"), "<chapter id=\"bgworker\"", "<appendix id=\"bgworker\"");
        edit(master.resolveSibling("bgworker.sgml"), "</chapter>", "</appendix>");
        assertSameAsFreshLoad(master, kept);
    }

    @Tag("slow")
    @Test
    void theWholeManualAfterAnEditIsTheSameAsAFreshLoad() throws Exception {
        Path master = copy(corpus().resolve("pg14-docs"), "postgres.sgml");
        ParsedEntities kept = new ParsedEntities();
        loader.load(master, kept);
        edit(master.resolveSibling("bgworker.sgml"), "</title>", "</title><para>Edited.</para>");
        edit(master.resolveSibling("xfunc.sgml"), "<para>", "<para>Also edited. ");
        assertSameAsFreshLoad(master, kept);
        LoadedBook again = loader.load(master, kept);
        assertTrue(kept.playedBack() > 370, "nearly every file is played back: " + kept.playedBack()
                + " of " + again.files().size());
    }

    private LoadedBook assertSameAsFreshLoad(Path master, ParsedEntities kept) throws Exception {
        LoadedBook incremental = loader.load(master, kept);
        LoadedBook fresh = loader.load(master);
        assertEquals(describe(fresh.document()), describe(incremental.document()));
        assertEquals(fresh.files(), incremental.files());
        assertEquals(fresh.diagnostics().stream().sorted().map(Object::toString).toList(),
                incremental.diagnostics().stream().sorted().map(Object::toString).toList());
        return incremental;
    }

    /** The tree as text, each element with the file, line and column Saxon has for it. */
    private static String describe(XdmNode document) {
        StringBuilder out = new StringBuilder(document.toString().length() + 1_000_000);
        document.select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT)).forEach(e -> {
            NodeInfo n = e.getUnderlyingNode();
            out.append(n.getDisplayName()).append(' ').append(n.getSystemId()).append(':').append(n.getLineNumber())
                    .append(':').append(n.getColumnNumber()).append('\n');
        });
        return out.append(document).toString();
    }

    private Path copy(Path dir, String masterName) throws Exception {
        Path to = tmp.resolve("book");
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to.resolve(masterName);
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
