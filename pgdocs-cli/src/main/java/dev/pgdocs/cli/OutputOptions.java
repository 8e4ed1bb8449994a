package dev.pgdocs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * -o and --force, for the commands that write a directory (build, serve, diff). Each
 * command's description says where its output goes without -o.
 */
public final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Where the output goes; replaced in one step, only when complete (default: see above).")
    Path dir;

    @Option(names = "--force", description = "Replace -o even if it is a non-empty directory pgdocs did not make.")
    boolean force;

    /** -o, or {@code otherwise} when it was not given. */
    Path dirOr(Path otherwise) {
        return dir != null ? dir : otherwise;
    }
}
