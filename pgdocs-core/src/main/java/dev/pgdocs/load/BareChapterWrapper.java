package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a master document for a file with no DOCTYPE (a chapter on its own), the way
 * PostgreSQL's postgres.sgml would include it: the DocBook 4.5 DOCTYPE, the
 * {@code version.sgml} and {@code filelist.sgml} of its directory when they exist, else
 * one entity per {@code .sgml} file beside it (PostgreSQL names each entity after its
 * file), {@code &zwsp;}, and a book around it.
 */
final class BareChapterWrapper {

    static final String DOCBOOK_PUBLIC_ID = "-//OASIS//DTD DocBook XML V4.5//EN";
    static final String DOCBOOK_SYSTEM_ID = "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd";

    /** The name the wrapped file's own entity gets; not an XML name PostgreSQL could use. */
    private static final String SELF_ENTITY = "pgdocs.wrapped";
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    /** Elements a book cannot hold directly, and what to put around them first. */
    private static final Map<String, String[]> CONTAINERS = Map.of(
            "refentry", new String[] {"<reference><title>Reference</title>", "</reference>"},
            "sect1", new String[] {"<chapter><title>Chapter</title>", "</chapter>"},
            "section", new String[] {"<chapter><title>Chapter</title>", "</chapter>"});

    private BareChapterWrapper() {
    }

    static String wrap(Path file, String rootElement) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE book PUBLIC \"").append(DOCBOOK_PUBLIC_ID).append("\" \"")
                .append(DOCBOOK_SYSTEM_ID).append("\" [\n");
        if (Files.isRegularFile(dir.resolve("version.sgml"))) {
            b.append("<!ENTITY % version SYSTEM \"version.sgml\"> %version;\n");
        }
        if (Files.isRegularFile(dir.resolve("filelist.sgml"))) {
            b.append("<!ENTITY % filelist SYSTEM \"filelist.sgml\"> %filelist;\n");
        } else {
            try (Stream<Path> siblings = Files.list(dir)) {
                siblings.filter(p -> p.getFileName().toString().endsWith(".sgml"))
                        .sorted()
                        .forEach(p -> {
                            String name = p.getFileName().toString().replaceFirst("\\.sgml$", "");
                            if (XML_NAME.matcher(name).matches()) {
                                b.append("<!ENTITY ").append(name).append(" SYSTEM \"")
                                        .append(p.getFileName()).append("\">\n");
                            }
                        });
            }
        }
        b.append("<!ENTITY zwsp \"&#x200B;\">\n");
        b.append("<!ENTITY ").append(SELF_ENTITY).append(" SYSTEM \"").append(file.getFileName()).append("\">\n");
        b.append("]>\n");
        String[] around = CONTAINERS.getOrDefault(rootElement, new String[] {"", ""});
        b.append("<book>").append(around[0]).append('&').append(SELF_ENTITY).append(';')
                .append(around[1]).append("</book>\n");
        return b.toString();
    }
}
