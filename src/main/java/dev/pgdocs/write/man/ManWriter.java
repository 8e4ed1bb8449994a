package dev.pgdocs.write.man;

import dev.pgdocs.write.OutputWriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Writes rendered man pages (a path such as "man7/ABORT.7", the roff text) into a staging
 * directory, creating the section directories as they come, and counts pages and ".so"
 * stubs for the summary. The renderer hands pages over from its callback, which cannot
 * throw: the first failure is kept and {@link #finish()} throws it, naming the file as
 * it will be published.
 */
public final class ManWriter implements BiConsumer<String, String> {

    private final Path staging;
    private final Path target;
    private int pages;
    private int stubs;
    private OutputWriteException failure;

    /** Writes into {@code staging}, which will be published as {@code target}. */
    public ManWriter(Path staging, Path target) {
        this.staging = staging;
        this.target = target;
    }

    @Override
    public synchronized void accept(String name, String text) {
        if (failure != null) {
            return;
        }
        Path file = staging.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            failure = new OutputWriteException(target.resolve(name), e);
            return;
        }
        if (text.startsWith(".so ")) {
            stubs++;
        } else {
            pages++;
        }
    }

    /** Throws the first write that failed, if one did. */
    public synchronized void finish() throws OutputWriteException {
        if (failure != null) {
            throw failure;
        }
    }

    public synchronized int pages() {
        return pages;
    }

    public synchronized int stubs() {
        return stubs;
    }
}
