package dev.pgdocs.load;

import java.util.concurrent.CompletableFuture;
import org.xml.sax.SAXException;

/**
 * Where a load started ahead of the save it is for (serve's next load) waits: its prolog
 * read (the DTD and the files of entity declarations, a quarter of a load that plays the
 * book's chapters back), nothing of the book's content yet. The save then says whether
 * the load may go on, which it may when none of what it read has changed; the content,
 * the edited files among it, is read after that.
 *
 * <p>Set on a {@link ParsedEntities}; the first parse of the next load through it stops
 * at the end of its DTD, or at its first element if it has none.
 */
public final class PrologGate {

    private final CompletableFuture<Void> reached = new CompletableFuture<>();
    private final CompletableFuture<Boolean> verdict = new CompletableFuture<>();

    /** Done once the load waits here (or will not come: see {@link #close}). */
    public CompletableFuture<Void> reached() {
        return reached;
    }

    /** Lets the load go on, or ({@code false}) stops it: what it read has changed. */
    public void open(boolean goOn) {
        verdict.complete(goOn);
    }

    /** Stops the load, whether it came here or not. */
    public void close() {
        verdict.complete(false);
        reached.complete(null);
    }

    /** On the loading thread: waits for the verdict, and fails the parse if it is to stop. */
    void pass() throws SAXException {
        reached.complete(null);
        if (!verdict.join()) {
            throw new Stopped();
        }
    }

    /** The parse of a load that was stopped at the gate: what it was for has changed. */
    static final class Stopped extends SAXException {
        Stopped() {
            super("stopped after the prolog: the files it read have changed");
        }
    }
}
