package dev.pgdocs.cli;

import dev.pgdocs.review.ReviewBuild;
import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How diff is given the change it reviews: --patch (with -p) or --base. */
public final class ChangeOptions {

    @ArgGroup(multiplicity = "1")
    Either either;

    /** Exactly one way to give the change. */
    static final class Either {
        @Option(names = "--patch", paramLabel = "FILE", required = true,
                description = "A patch against MASTER's sources (git format-patch series or unified diff).")
        Path patch;

        @Option(names = "--base", paramLabel = "DIR", required = true,
                description = "A directory holding the sources before the change, laid out as MASTER's.")
        Path base;
    }

    @Option(names = "-p", paramLabel = "N",
            description = "Strip N leading directories from the patch's file names, git's a/ counted as for "
                    + "patch -p (default: found by trying).")
    Integer strip;

    /** The change, as the review takes it. */
    ReviewBuild.Change change() {
        return either.patch != null
                ? new ReviewBuild.Patch(either.patch, strip == null ? OptionalInt.empty() : OptionalInt.of(strip))
                : new ReviewBuild.Base(either.base);
    }
}
