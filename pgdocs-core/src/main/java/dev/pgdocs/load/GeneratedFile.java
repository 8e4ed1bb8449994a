package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of the manual that PostgreSQL's build generates and a git checkout's
 * doc/src/sgml does not hold, with what makes it, for the message that says so.
 *
 * @param name   its file name, e.g. errcodes-table.sgml
 * @param origin how PostgreSQL's build makes it: the generator and its input
 */
record GeneratedFile(String name, String origin) {

    /** The one generated file pgdocs writes whole rather than stands in for. */
    static final String VERSION = "version.sgml";

    /** The generated files PostgreSQL's Makefile and meson.build know, versions 11 to 18. */
    private static final Map<String, String> KNOWN = Map.of(
            VERSION, "configure (or meson) writes it from the version of the source tree",
            "features-supported.sgml", "mk_feature_tables.pl generates it from "
                    + "src/backend/catalog/sql_feature_packages.txt and sql_features.txt",
            "features-unsupported.sgml", "mk_feature_tables.pl generates it from "
                    + "src/backend/catalog/sql_feature_packages.txt and sql_features.txt",
            "errcodes-table.sgml", "generate-errcodes-table.pl generates it from src/backend/utils/errcodes.txt",
            "keywords-table.sgml", "generate-keywords-table.pl generates it from src/include/parser/kwlist.h "
                    + "and doc/src/sgml/keywords/sql*.txt",
            "wait_event_types.sgml", "src/backend/utils/activity/generate-wait_event_types.pl generates it from "
                    + "src/backend/utils/activity/wait_event_names.txt",
            "targets-meson.sgml", "generate-targets-meson.pl generates it from targets-meson.txt");

    /** GENERATED_SGML = a.sgml \ (continued) b.sgml ... in the Makefile. */
    private static final Pattern MAKEFILE_LIST = Pattern.compile("^GENERATED_SGML\\s*:?=((?:[^\\n]*\\\\\\n)*[^\\n]*)",
            Pattern.MULTILINE);
    /** output: 'x.sgml' of a meson custom_target or configure_file. */
    private static final Pattern MESON_OUTPUT = Pattern.compile("output:\\s*'([^']+\\.sgml)'");

    /**
     * What is known of a missing file, if PostgreSQL's build generates it: by name, or
     * because the Makefile or meson.build of its folder lists it among the generated files
     * (names newer than pgdocs).
     */
    static Optional<GeneratedFile> of(Path missing) {
        String name = missing.getFileName().toString();
        String known = KNOWN.get(name);
        if (known != null) {
            return Optional.of(new GeneratedFile(name, known));
        }
        Path dir = missing.getParent();
        if (listedIn(dir.resolve("Makefile"), MAKEFILE_LIST, name)) {
            return Optional.of(new GeneratedFile(name, "the Makefile beside it lists it in GENERATED_SGML"));
        }
        if (listedIn(dir.resolve("meson.build"), MESON_OUTPUT, name)) {
            return Optional.of(new GeneratedFile(name, "meson.build beside it declares it as an output"));
        }
        return Optional.empty();
    }

    private static boolean listedIn(Path file, Pattern pattern, String name) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            Set<String> names = new LinkedHashSet<>();
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                for (String word : m.group(1).split("[\\s\\\\]+")) {
                    names.add(word);
                }
            }
            return names.contains(name);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What stands in for the file: nothing, or the least content its place requires, so
     * that its absence alone makes no DTD finding. Generated tables are included inside a
     * tbody (errcodes) or a tgroup after the thead (features); rows must be there.
     *
     * @param parent the element the reference is in, null in the DTD
     */
    static String standIn(String parent) {
        if (parent == null) {
            return "";
        }
        return switch (parent) {
            case "tbody", "thead", "tfoot" -> "<row><entry></entry></row>";
            case "tgroup" -> "<tbody><row><entry></entry></row></tbody>";
            default -> "";
        };
    }
}
