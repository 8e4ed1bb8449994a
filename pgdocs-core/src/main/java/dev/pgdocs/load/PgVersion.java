package dev.pgdocs.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL version a manual is built for: what PostgreSQL's build writes into
 * version.sgml ({@code &version;}, {@code &majorversion;}) and passes to its stylesheets as
 * {@code pg.version}.
 *
 * @param version the full version, as configure has it: "18.3", "19devel", "14beta1"
 */
public record PgVersion(String version) {

    /** Versions go into an entity value and a file name's neighbourhood: plain characters only. */
    private static final Pattern VALID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+~_-]*");
    private static final Pattern LEADING_NUMBERS = Pattern.compile("^(\\d+)(?:\\.(\\d+))?");

    private static final Pattern CONFIGURE = Pattern.compile("^PACKAGE_VERSION='([^']+)'", Pattern.MULTILINE);
    private static final Pattern CONFIGURE_AC = Pattern.compile("AC_INIT\\(\\[PostgreSQL\\],\\s*\\[([^\\]]+)\\]");
    private static final Pattern MESON = Pattern.compile("project\\(\\s*'postgresql'[^)]*?version:\\s*'([^']+)'",
            Pattern.DOTALL);
    private static final Pattern VERSION_ENTITY = Pattern.compile("<!ENTITY\\s+version\\s+\"([^\"]*)\"");

    /** pgdocs' guess when neither the command line, version.sgml nor the source tree says. */
    public static final PgVersion DEVEL = new PgVersion("devel");

    public PgVersion {
        if (version == null || !VALID.matcher(version).matches()) {
            throw new IllegalArgumentException("not a PostgreSQL version: \"" + version
                    + "\" (expected something like 18.3 or 19devel)");
        }
    }

    /** Parses a version as given on the command line (picocli finds this by name). */
    public static PgVersion valueOf(String text) {
        return new PgVersion(text.trim());
    }

    /**
     * The major version, as configure derives it: the first number from PostgreSQL 10 on
     * (18.3 and 18beta1 give 18, 19devel gives 19), the first two before (9.6.3 gives 9.6).
     */
    public String majorVersion() {
        Matcher m = LEADING_NUMBERS.matcher(version);
        if (!m.find()) {
            return version;
        }
        int first = Integer.parseInt(m.group(1));
        return first < 10 && m.group(2) != null ? m.group(1) + "." + m.group(2) : m.group(1);
    }

    /** Whether this is a development snapshot: PostgreSQL's stylesheets then show remarks. */
    public boolean isDevel() {
        return version.contains("devel");
    }

    /** The text of the version.sgml PostgreSQL's build would write for this version. */
    String versionSgml() {
        return "<!ENTITY version \"" + version + "\">\n<!ENTITY majorversion \"" + majorVersion() + "\">\n";
    }

    /**
     * The version the source tree around a doc/src/sgml folder declares: configure's
     * PACKAGE_VERSION, else configure.ac's AC_INIT, else meson.build's project version.
     */
    public static Optional<PgVersion> ofSourceTree(Path docDir) {
        Path parent = docDir.toAbsolutePath().normalize();
        for (int i = 0; i < 3 && parent != null; i++) {
            parent = parent.getParent();
        }
        if (parent == null) {
            return Optional.empty();
        }
        for (var source : List.of(
                new Source(parent.resolve("configure"), CONFIGURE),
                new Source(parent.resolve("configure.ac"), CONFIGURE_AC),
                new Source(parent.resolve("meson.build"), MESON))) {
            Optional<PgVersion> found = source.find();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The version a generated version.sgml in this folder declares, if it is there. */
    public static Optional<PgVersion> ofVersionSgml(Path docDir) {
        return new Source(docDir.resolve("version.sgml"), VERSION_ENTITY).find();
    }

    /** A file and the pattern whose first group is the version in it. */
    private record Source(Path file, Pattern pattern) {
        Optional<PgVersion> find() {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                Matcher m = pattern.matcher(Files.readString(file));
                return m.find() ? Optional.of(new PgVersion(m.group(1).trim())) : Optional.empty();
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty(); // unreadable or odd: as if it said nothing
            }
        }
    }
}
