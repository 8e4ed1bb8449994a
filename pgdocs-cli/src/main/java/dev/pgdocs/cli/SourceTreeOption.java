package dev.pgdocs.cli;

import dev.pgdocs.diagnostics.SourceLocation;
import dev.pgdocs.load.LoadException;
import dev.pgdocs.resolve.SourceTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The --source-tree option of the commands that run the file-name rule (check, diff). */
public final class SourceTreeOption {

    @Option(names = "--source-tree", paramLabel = "DIR|FILELIST",
            description = "A PostgreSQL source checkout, or a list of its file paths, to check <filename> against.")
    Path path;

    /** The source tree, read; empty when the option was not given. */
    Optional<SourceTree> read() throws LoadException {
        if (path == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceTree.of(path));
        } catch (IOException e) {
            throw new LoadException(SourceLocation.of(path), "cannot read source tree: " + e.getMessage(), e);
        }
    }
}
