package dev.pgdocs.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.render.intermediate.IFRenderer;
import org.apache.fop.render.intermediate.extensions.AbstractAction;
import org.apache.fop.render.intermediate.extensions.ActionSet;
import org.apache.fop.render.intermediate.extensions.GoToXYAction;
import org.apache.fop.render.intermediate.extensions.URIAction;
import org.junit.jupiter.api.Test;

class IndexedActionSetTest {

    /** One step of a run of puts, replayed on both sets: an action, or a target's place becoming known. */
    private record Step(String target, int page, Point point, String uri) {
    }

    /**
     * The same puts, on FOP's set and on the indexed one: each put merges with an action
     * already there exactly when FOP's does, and with one that is the same, which FOP's
     * set has under the same ID; and both have an action under the same IDs. Links to later pages get their place afterwards, as
     * FOP's renderer gives it when it reaches the target.
     */
    @Test
    void answersAsFopsOwnSetOnARandomRunOfLinks() {
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    steps.add(new Step(null, 0, null, "https://example.org/" + random.nextInt(20)));
                } else {
                    // few pages and points, so that places repeat; a third not known yet
                    Point point = random.nextInt(3) == 0 ? null : new Point(random.nextInt(3), random.nextInt(3));
                    steps.add(new Step("t" + random.nextInt(150), random.nextInt(4), point, null));
                }
            }
            List<GoToXYAction> fopWaiting = new ArrayList<>();
            List<GoToXYAction> ourWaiting = new ArrayList<>();
            ActionSet fop = new ActionSet();
            ActionSet ours = new IndexedActionSet();
            for (Step step : steps) {
                AbstractAction a = action(step);
                AbstractAction b = action(step);
                AbstractAction fromFop = fop.put(a);
                AbstractAction fromOurs = ours.put(b);
                assertEquals(fromFop == a, fromOurs == b, "seed " + seed + ": merged alike at " + step);
                if (fromOurs != b) { // merged: with an action FOP's set has too, under its ID, and the same
                    assertTrue(fromOurs.isSame(b), "merged with the same action");
                    AbstractAction counterpart = fop.get(fromOurs.getID());
                    assertTrue(counterpart != null && counterpart.isSame(a), "seed " + seed + ": FOP has it too, at " + step);
                }
                if (a instanceof GoToXYAction goTo && step.point() == null) {
                    fopWaiting.add(goTo);
                    ourWaiting.add((GoToXYAction) b);
                }
                if (!fopWaiting.isEmpty() && random.nextInt(4) == 0) { // a waiting link's target is reached
                    int i = random.nextInt(fopWaiting.size());
                    Point point = new Point(random.nextInt(3), random.nextInt(3));
                    fopWaiting.remove(i).setTargetLocation(point);
                    ourWaiting.remove(i).setTargetLocation(new Point(point));
                }
                assertEquals(fop.get(step.target() == null ? "" : step.target()) == null,
                        ours.get(step.target() == null ? "" : step.target()) == null);
            }
        }
    }

    private static AbstractAction action(Step step) {
        if (step.uri() != null) {
            return new URIAction(step.uri(), false, null);
        }
        return new GoToXYAction(step.target(), step.page(), step.point() == null ? null : new Point(step.point()), null);
    }

    @Test
    void takesThePlaceOfTheSetInFopsRenderer() throws Exception {
        FOUserAgent agent = FopFactory.newInstance(new java.io.File(".").toURI()).newFOUserAgent();
        IFRenderer renderer = new IFRenderer(agent);
        assertTrue(IndexedActionSet.install(renderer));
        Field field = IFRenderer.class.getDeclaredField("actionSet");
        field.setAccessible(true);
        assertSame(IndexedActionSet.class, field.get(renderer).getClass());
    }
}
