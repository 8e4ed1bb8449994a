package dev.pgdocs.write.pdf;

import java.lang.reflect.Field;
import java.util.List;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFSerializer;

/**
 * FOP's writer of the intermediate format, letting go of each page sequence's part of
 * the structure tree once it is written out. FOP records the structure events of every
 * sequence as the FO arrives and replays a sequence's at its start, but keeps all of them
 * to the end: with the tagged PDF's own structure tree on the painting side, PostgreSQL
 * 14's PDF then ran the resident JVM's 736 MB heap out of memory. The recordings are
 * private to FOP; {@code SequenceReleasingSerializerTest} fails when a FOP upgrade renames
 * them, and the tree is then kept, as FOP keeps it, not lost.
 */
final class SequenceReleasingSerializer extends IFSerializer {

    private static final Field BUILDER = field(IFSerializer.class, "structureTreeBuilder");
    private static final Field INDEX = field(IFSerializer.class, "pageSequenceIndex");
    private static final Field RECORDINGS = recordings();

    SequenceReleasingSerializer(IFContext context) {
        super(context);
    }

    /** Whether this FOP still keeps the recordings where this class looks for them. */
    static boolean canRelease() {
        return BUILDER != null && INDEX != null && RECORDINGS != null;
    }

    @Override
    public void startPageSequence(String id) throws IFException {
        super.startPageSequence(id); // replays the sequence's structure events, then moves on to the next
        if (!canRelease()) {
            return;
        }
        try {
            Object builder = BUILDER.get(this);
            if (builder == null) {
                return; // no structure tree: an untagged PDF
            }
            if (RECORDINGS.get(builder) instanceof List<?> list) {
                int replayed = INDEX.getInt(this) - 1;
                if (replayed >= 0 && replayed < list.size()) {
                    list.set(replayed, null); // each sequence is replayed once, in order
                }
            }
        } catch (IllegalAccessException e) {
            // kept, then, as FOP keeps it
        }
    }

    private static Field recordings() {
        try {
            return field(Class.forName("org.apache.fop.render.intermediate.IFStructureTreeBuilder"),
                    "pageSequenceEventRecorders");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
