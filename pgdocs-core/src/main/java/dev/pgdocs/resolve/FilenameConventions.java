package dev.pgdocs.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PostgreSQL source tree has besides the files in git: the files its build makes
 * from others, the files its tests write, and names the manual uses as placeholders. A
 * list of source paths (or a clean checkout) has none of them, yet the manual names them,
 * so filename.missing asks here before reporting. Each convention is a naming rule of
 * PostgreSQL's Makefiles and meson.build, not a list of files, so that it holds for
 * versions and files not seen yet.
 */
final class FilenameConventions {

    private FilenameConventions() {
    }

    /**
     * A file the build makes, from the name of the one it makes it from.
     *
     * @param made   the suffix of the made file
     * @param from   the suffix of its input
     * @param inputDir where the input lies, relative to the made file's directory: "" for
     *               the same one, "../input" for pg_regress's input/ beside sql/
     */
    private record Generated(String made, String from, String inputDir) {
    }

    private static final List<Generated> GENERATED = List.of(
            // genbki.pl: pg_class.h -> pg_class_d.h; gen_keywordlist.pl: kwlist.h -> kwlist_d.h
            new Generated("_d.h", ".h", ""),
            // dtrace -h (or Gen_dummy_probes): probes.d -> probes.h
            new Generated(".h", ".d", ""),
            // generate-errcodes.pl, generate-lwlocknames.pl: errcodes.txt -> errcodes.h
            new Generated(".h", ".txt", ""),
            // bison -d and flex: gram.y -> gram.c, gram.h; scan.l -> scan.c
            new Generated(".h", ".y", ""),
            new Generated(".c", ".y", ""),
            new Generated(".c", ".l", ""),
            // sed in src/tutorial and pg_regress: complex.source -> complex.sql; the
            // regression suites' input/*.source -> sql/*.sql and output/*.source -> expected/*.out
            new Generated(".sql", ".source", ""),
            new Generated(".out", ".source", ""),
            new Generated(".sql", ".source", "../input"),
            new Generated(".out", ".source", "../output"));

    /** configure (AC_CONFIG_FILES) and meson's configure_file make NAME from NAME.in. */
    private static final String TEMPLATE_SUFFIX = ".in";

    /**
     * Headers made below src/backend are linked into src/include (the Makefiles'
     * generated-headers targets; meson writes them there directly), so an input of
     * src/include/utils/errcodes.h is src/backend/utils/errcodes.txt.
     */
    private static final String INCLUDE = "src/include/";
    private static final String BACKEND = "src/backend/";

    /**
     * What tests write inside the directory they run in: pg_regress's results/,
     * regression.diffs and regression.out, isolation's output_iso/, the TAP framework's
     * tmp_check/ and log/, and tmp_install/ at the top of the tree.
     */
    private static final Set<String> TEST_OUTPUT_DIRS = Set.of("results", "output_iso", "tmp_check", "log",
            "tmp_install");
    private static final Set<String> TEST_OUTPUT_FILES = Set.of("regression.diffs", "regression.out");

    /** Path components that stand for a name the reader picks: pg_xxx.h, foo.c. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)x{3,}|y{3,}|n{3,}|foo|bar|baz");

    /** Whether a path has a part that is a placeholder rather than a name. */
    static boolean isPlaceholder(String path) {
        for (String token : path.split("[^A-Za-z0-9]+")) {
            if (PLACEHOLDER.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The paths the build may make this one from, the likeliest first. */
    static List<String> inputsOf(String path) {
        List<String> inputs = new ArrayList<>();
        inputs.add(path + TEMPLATE_SUFFIX);
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        for (Generated g : GENERATED) {
            if (name.endsWith(g.made()) && name.length() > g.made().length()) {
                String input = name.substring(0, name.length() - g.made().length()) + g.from();
                resolve(dir, g.inputDir()).ifPresent(d -> {
                    String inDir = d.isEmpty() ? input : d + "/" + input;
                    inputs.add(inDir);
                    if (inDir.startsWith(INCLUDE)) {
                        inputs.add(BACKEND + inDir.substring(INCLUDE.length()));
                    }
                });
            }
        }
        return inputs;
    }

    /**
     * The directory a test output named by this path is written in (the test's own
     * directory, which must exist for the name to be right), or nothing when the path
     * does not name a test output.
     */
    static Optional<String> testDirectoryOf(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            boolean dir = TEST_OUTPUT_DIRS.contains(parts[i]) && (i < parts.length - 1 || !parts[i].contains("."));
            boolean file = i == parts.length - 1 && TEST_OUTPUT_FILES.contains(parts[i]);
            if (dir || file) {
                return Optional.of(String.join("/", List.of(parts).subList(0, i)));
            }
        }
        return Optional.empty();
    }

    /** {@code dir} followed by a relative directory of one "../" at most; nothing above the top. */
    private static Optional<String> resolve(String dir, String relative) {
        if (relative.isEmpty()) {
            return Optional.of(dir);
        }
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        String rest = relative.substring("../".length());
        int slash = dir.lastIndexOf('/');
        String parent = slash < 0 ? "" : dir.substring(0, slash);
        return Optional.of(parent.isEmpty() ? rest : parent + "/" + rest);
    }
}
