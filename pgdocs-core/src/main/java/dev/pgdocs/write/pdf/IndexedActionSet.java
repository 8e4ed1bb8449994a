package dev.pgdocs.write.pdf;

import java.awt.Point;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.fop.render.Renderer;
import org.apache.fop.render.intermediate.IFRenderer;
import org.apache.fop.render.intermediate.extensions.AbstractAction;
import org.apache.fop.render.intermediate.extensions.ActionSet;
import org.apache.fop.render.intermediate.extensions.GoToXYAction;

/**
 * FOP's set of the PDF's link actions, with the same answers found by lookup. FOP's own
 * compares each new action with every one already in the set (to write one action for
 * links that go to the same place): quadratic in the links, 6% of FOP's thread on
 * PostgreSQL's manual (thousands of link targets), 4% once compiled.
 *
 * <p>Two go-to actions are the same when they go to the same page and point there, both
 * known ({@link GoToXYAction#isSame}); an action whose point is not known yet (a link to
 * a later page) is the same as none. So those with a point are found by page and point;
 * those put without one are kept apart, and looked at again until their point is known
 * (FOP fills it in when it reaches the target), then filed by it. Other actions (URIs)
 * are compared one by one, as FOP does.
 */
final class IndexedActionSet extends ActionSet {

    private record Place(int page, Point point) {
    }

    private final Map<String, AbstractAction> byId = new HashMap<>();
    private final Map<Place, List<GoToXYAction>> byPlace = new HashMap<>();
    /** Where each action in {@link #byPlace} was filed. */
    private final Map<AbstractAction, Place> filedAt = new IdentityHashMap<>();
    private final List<GoToXYAction> placeUnknown = new ArrayList<>();
    private final List<AbstractAction> others = new ArrayList<>();

    /**
     * Puts an indexed set in place of the one FOP's renderer made; false when the renderer
     * is not FOP's IF renderer, or this FOP's keeps it elsewhere (the PDF is the same
     * either way, only slower).
     */
    static boolean install(Renderer renderer) {
        if (!(renderer instanceof IFRenderer)) {
            return false;
        }
        try {
            Field field = IFRenderer.class.getDeclaredField("actionSet");
            field.setAccessible(true);
            field.set(renderer, new IndexedActionSet());
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public synchronized AbstractAction get(String id) {
        return byId.get(id);
    }

    /** As FOP's: gives the action an ID if it has none; returns the same action already there, or files this one. */
    @Override
    public synchronized AbstractAction put(AbstractAction action) {
        if (!action.hasID()) {
            action.setID(generateNewID(action));
        }
        AbstractAction same = same(action);
        if (same == action) {
            AbstractAction replaced = byId.put(action.getID(), action);
            if (replaced != null && replaced != action) {
                unfile(replaced); // FOP's set forgets an action put again under its ID, so this one does
            }
            file(action);
        }
        return same;
    }

    @Override
    public synchronized void clear() {
        byId.clear();
        byPlace.clear();
        filedAt.clear();
        placeUnknown.clear();
        others.clear();
    }

    private AbstractAction same(AbstractAction action) {
        if (!(action instanceof GoToXYAction goTo)) {
            for (AbstractAction other : others) {
                if (other.isSame(action)) {
                    return other;
                }
            }
            return action;
        }
        if (!hasPoint(goTo)) {
            return action;
        }
        fileThoseNowPlaced();
        for (GoToXYAction there : byPlace.getOrDefault(placeOf(goTo), List.of())) {
            if (there.isSame(goTo)) {
                return there;
            }
        }
        return action;
    }

    private void file(AbstractAction action) {
        if (!(action instanceof GoToXYAction goTo)) {
            others.add(action);
        } else if (hasPoint(goTo)) {
            fileAtPlace(goTo);
        } else {
            placeUnknown.add(goTo);
        }
    }

    private void fileAtPlace(GoToXYAction goTo) {
        Place place = placeOf(goTo);
        filedAt.put(goTo, place);
        byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(goTo);
    }

    private void unfile(AbstractAction action) {
        others.remove(action);
        placeUnknown.remove(action);
        Place place = filedAt.remove(action);
        if (place != null) {
            List<GoToXYAction> there = byPlace.get(place);
            there.remove(action);
            if (there.isEmpty()) {
                byPlace.remove(place);
            }
        }
    }

    private void fileThoseNowPlaced() {
        for (Iterator<GoToXYAction> waiting = placeUnknown.iterator(); waiting.hasNext();) {
            GoToXYAction goTo = waiting.next();
            if (hasPoint(goTo)) {
                fileAtPlace(goTo);
                waiting.remove();
            }
        }
    }

    /** Whether the action's point is known: FOP's own test, as an action is the same as itself only then. */
    private static boolean hasPoint(GoToXYAction goTo) {
        return goTo.isSame(goTo);
    }

    private static Place placeOf(GoToXYAction goTo) {
        return new Place(goTo.getPageIndex(), new Point(goTo.getTargetLocation()));
    }
}
