package dev.pgdocs.serve;

import dev.pgdocs.load.LoadException;
import dev.pgdocs.load.LoadedBook;
import dev.pgdocs.load.ParsedEntities;
import dev.pgdocs.load.PrologGate;
import dev.pgdocs.pipeline.Pipeline;
import dev.pgdocs.threads.DaemonThreads;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The load of the next save, started while serve waits for one: it reads the book's
 * prolog at once (the DocBook DTD and the files of entity declarations, which take about
 * a quarter of a load that plays the chapters back) and waits at a {@link PrologGate}.
 * A save that leaves what it read as it was lets it go on with the content, the edited
 * files parsed again; any other save stops it, and the build loads as it would have.
 */
final class NextLoad {

    private final ParsedEntities entities;
    private final PrologGate gate = new PrologGate();
    private final CompletableFuture<LoadedBook> book = new CompletableFuture<>();

    private NextLoad(ParsedEntities entities) {
        this.entities = entities;
    }

    /**
     * Starts the next load of {@code pipeline}'s book through {@code entities}, or returns
     * empty when it would parse the book whole anyway (its declarations changed since).
     */
    static Optional<NextLoad> start(Pipeline pipeline, ParsedEntities entities) {
        if (!entities.sameDeclarations()) {
            return Optional.empty();
        }
        NextLoad next = new NextLoad(entities);
        entities.holdAfterProlog(next.gate);
        DaemonThreads.start("pgdocs-next-load", 0, () -> {
            try {
                next.book.complete(pipeline.load(entities));
            } catch (Throwable e) {
                next.book.completeExceptionally(e);
            } finally {
                next.gate.reached().complete(null); // a load that failed before the gate
            }
        });
        return Optional.of(next);
    }

    /** Done once the load waits for the save (or has ended without coming to that). */
    CompletableFuture<Void> waiting() {
        return gate.reached();
    }

    /**
     * The book after a save of {@code edited}, which the entities forget here (they are
     * parsed again); empty when this load cannot give it, having read a file that has
     * changed since: then nothing of it counts, and the caller loads.
     */
    Optional<LoadedBook> finish(Set<Path> edited) throws LoadException {
        gate.reached().join(); // the entities are the loading thread's until then
        entities.forget(edited);
        boolean goOn = !book.isDone() && entities.sameDeclarations();
        gate.open(goOn);
        try {
            LoadedBook loaded = book.join();
            return goOn ? Optional.of(loaded) : Optional.empty();
        } catch (CompletionException e) {
            if (!goOn) {
                return Optional.empty(); // stopped at the gate, or failed before it with the old files
            }
            if (e.getCause() instanceof LoadException failed) {
                throw failed;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        } finally {
            entities.holdAfterProlog(null); // still set if the load failed before the gate
        }
    }

    /** Stops the load (the build is to start afresh) and waits until it has let go of the entities. */
    void cancel() {
        gate.close();
        book.handle((loaded, failure) -> null).join();
        entities.holdAfterProlog(null);
    }
}
