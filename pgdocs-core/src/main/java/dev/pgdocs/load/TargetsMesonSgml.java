package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * targets-meson.sgml, made from the targets-meson.txt beside it as PostgreSQL's
 * generate-targets-meson.pl makes it (PostgreSQL 16 and later): its input is part of
 * doc/src/sgml, so a checkout holds everything needed. Each "Name Targets:" line opens
 * a sect3 (id targets-meson-name) with a variablelist; each indented "target
 * description" line under it is an entry (id meson-target-target, slashes made
 * hyphens), until a line that is neither. Lines starting with # are skipped.
 */
final class TargetsMesonSgml {

    static final String FILE = "targets-meson.sgml";
    private static final String INPUT = "targets-meson.txt";
    private static final Pattern GROUP = Pattern.compile("^(.*) Targets:$");
    private static final Pattern TARGET = Pattern.compile("^\\s+(\\S+)\\s+(.+)");

    private TargetsMesonSgml() {
    }

    /** The file's content, when its input is beside where the file should be. */
    static Optional<String> generate(Path missing) throws IOException {
        Path input = missing.resolveSibling(INPUT);
        if (!Files.isRegularFile(input)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder("<!-- made by pgdocs from targets-meson.txt -->\n");
        Iterator<String> lines = Files.readAllLines(input).stream().filter(l -> !l.startsWith("#")).iterator();
        while (lines.hasNext()) {
            Matcher group = GROUP.matcher(lines.next());
            if (!group.matches()) {
                continue;
            }
            String name = group.group(1);
            out.append("\n<sect3 id=\"targets-meson-").append(escape(name.toLowerCase(java.util.Locale.ROOT)))
                    .append("\">\n <title>").append(escape(name)).append(" Targets</title>\n\n <variablelist>\n");
            while (lines.hasNext()) {
                Matcher target = TARGET.matcher(lines.next());
                if (!target.matches()) {
                    break;
                }
                String id = target.group(1).replace('/', '-');
                out.append("\n  <varlistentry id=\"meson-target-").append(escape(id)).append("\">\n")
                        .append("    <term><option>").append(escape(target.group(1))).append("</option></term>\n")
                        .append("    <listitem>\n     <para>\n      ").append(escape(target.group(2)))
                        .append("\n     </para>\n    </listitem>\n  </varlistentry>\n");
            }
            out.append("\n </variablelist>\n</sect3>\n");
        }
        return Optional.of(out.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
