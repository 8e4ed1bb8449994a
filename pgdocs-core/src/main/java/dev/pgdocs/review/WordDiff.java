package dev.pgdocs.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The change between two pages' text, as a reviewer wants to read it. First the blocks
 * (paragraphs, items, listings) are compared, so that text moved to another page shows
 * as one deleted run rather than scattered words; then a changed block is compared
 * with what replaced it word by word, when enough of it stayed to make that readable.
 * Both with java-diff-utils' Myers diff. Each change is a hunk with a few words of
 * unchanged text on either side.
 */
final class WordDiff {

    /** Unchanged words kept on each side of a change. */
    private static final int CONTEXT = 8;
    /** Below this share of words in common, a changed block reads better as deleted and inserted whole. */
    private static final double SIMILAR = 0.4;
    /** Stands for the end of one block and the start of the next. */
    static final String BREAK = "\u00b6";

    /** A run of words: unchanged, inserted or deleted. */
    record Segment(Kind kind, String text) {
    }

    enum Kind { SAME, INSERTED, DELETED }

    private WordDiff() {
    }

    /** The changed places between two pages' blocks, each a list of segments; empty when equal. */
    static List<List<Segment>> hunks(List<String> before, List<String> after) {
        List<List<Segment>> hunks = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int at = delta.getSource().getPosition();
            int end = at + delta.getSource().size();
            List<Segment> hunk = new ArrayList<>();
            if (at > 0) {
                hunk.add(new Segment(Kind.SAME, tail(before.get(at - 1)) + " " + BREAK));
            }
            String removed = String.join(" " + BREAK + " ", delta.getSource().getLines());
            String added = String.join(" " + BREAK + " ", delta.getTarget().getLines());
            if (!removed.isEmpty() && !added.isEmpty()) {
                hunk.addAll(words(removed, added));
            } else if (!removed.isEmpty()) {
                hunk.add(new Segment(Kind.DELETED, removed));
            } else {
                hunk.add(new Segment(Kind.INSERTED, added));
            }
            if (end < before.size()) {
                hunk.add(new Segment(Kind.SAME, BREAK + " " + head(before.get(end))));
            }
            hunks.add(hunk);
        }
        return hunks;
    }

    /** Two versions of some text word by word, or whole when they have too little in common. */
    private static List<Segment> words(String removed, String added) {
        List<String> a = Arrays.asList(removed.split(" "));
        List<String> b = Arrays.asList(added.split(" "));
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b).getDeltas();
        int changed = deltas.stream().mapToInt(d -> d.getSource().size()).sum();
        if (a.size() - changed < SIMILAR * Math.max(a.size(), b.size())) {
            return List.of(new Segment(Kind.DELETED, removed), new Segment(Kind.INSERTED, added));
        }
        List<Segment> segments = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : deltas) {
            int at = delta.getSource().getPosition();
            if (at > next) {
                segments.add(new Segment(Kind.SAME, shortened(a.subList(next, at))));
            }
            if (delta.getSource().size() > 0) {
                segments.add(new Segment(Kind.DELETED, String.join(" ", delta.getSource().getLines())));
            }
            if (delta.getTarget().size() > 0) {
                segments.add(new Segment(Kind.INSERTED, String.join(" ", delta.getTarget().getLines())));
            }
            next = at + delta.getSource().size();
        }
        if (next < a.size()) {
            segments.add(new Segment(Kind.SAME, shortened(a.subList(next, a.size()))));
        }
        return segments;
    }

    /** Unchanged words between two changes: all of them when few, else both ends. */
    private static String shortened(List<String> words) {
        if (words.size() <= 2 * CONTEXT) {
            return String.join(" ", words);
        }
        return String.join(" ", words.subList(0, CONTEXT)) + " … "
                + String.join(" ", words.subList(words.size() - CONTEXT, words.size()));
    }

    private static String head(String block) {
        String[] words = block.split(" ");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(CONTEXT, words.length)));
    }

    private static String tail(String block) {
        String[] words = block.split(" ");
        return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - CONTEXT), words.length));
    }
}
