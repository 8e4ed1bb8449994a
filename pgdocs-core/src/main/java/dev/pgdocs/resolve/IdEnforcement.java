package dev.pgdocs.resolve;

import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.PgVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the book's own toolchain stops on a missing id (rule id.required), decided in
 * this one place. PostgreSQL 17 and later end their HTML build when a section heading or
 * (in a list where another entry has one) a varlistentry has no id: the template
 * {@code pg.id.link} in stylesheet-html-common.xsl ends with {@code <xsl:message
 * terminate="yes">}. The stylesheets beside the master say so best, as they are the ones
 * that will build this very book (a branch may add or drop the check); only when there
 * are none does the version decide.
 *
 * @param enforced whether the book's stylesheets (or its version) stop on a missing id
 * @param reason   what decided it, for messages and tests
 */
record IdEnforcement(boolean enforced, String reason) {

    /** The first major version whose stylesheets stop on a missing id. */
    static final int FIRST_ENFORCING_MAJOR = 17;

    /** PostgreSQL's stylesheets are named stylesheet*.xsl, beside postgres.sgml. */
    private static final String STYLESHEET_GLOB = "stylesheet*.xsl";

    private static final Pattern ID_LINK_TEMPLATE = Pattern.compile(
            "<xsl:template\\s+name\\s*=\\s*[\"']pg\\.id\\.link[\"'].*?</xsl:template>", Pattern.DOTALL);
    private static final Pattern TERMINATES = Pattern.compile("terminate\\s*=\\s*[\"']yes[\"']");
    private static final Pattern MAJOR = Pattern.compile("^(\\d+)");

    static IdEnforcement of(LoadedBook book) {
        List<Path> stylesheets = BesideMaster.matching(book.master(), List.of(STYLESHEET_GLOB));
        if (!stylesheets.isEmpty()) {
            for (Path xsl : stylesheets) {
                if (stopsOnMissingId(xsl)) {
                    return new IdEnforcement(true, "pg.id.link in " + xsl.getFileName() + " ends it with \"id attribute missing\"");
                }
            }
            return new IdEnforcement(false, "the stylesheets beside the master accept a missing id");
        }
        return ofVersion(book.pgVersion());
    }

    /** The fallback when no stylesheets are beside the master: PostgreSQL 17 and later. */
    static IdEnforcement ofVersion(PgVersion version) {
        Matcher m = MAJOR.matcher(version.version());
        if (!m.find()) {
            return new IdEnforcement(false, "the version (" + version.version() + ") is not known");
        }
        boolean enforced = Integer.parseInt(m.group(1)) >= FIRST_ENFORCING_MAJOR;
        return new IdEnforcement(enforced, "PostgreSQL " + version.majorVersion() + "'s stylesheets "
                + (enforced ? "end it with \"id attribute missing\"" : "accept a missing id"));
    }

    static boolean stopsOnMissingId(Path xsl) {
        try {
            Matcher template = ID_LINK_TEMPLATE.matcher(Files.readString(xsl));
            while (template.find()) {
                if (TERMINATES.matcher(template.group()).find()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // unreadable or not UTF-8: not a stylesheet that could stop the build
        }
    }
}
