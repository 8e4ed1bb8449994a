package dev.pgdocs.resolve;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" for misspelt ids and paths: the closest candidate by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to a word, if one is close enough to be a plausible typo:
     * at most a quarter of the word's length away (and at most 2 for short words).
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = Math.max(2, word.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(word, c);
            if (d >= 0 && (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean "x"?)" or "". */
    static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "; did you mean \"" + c + "\"?").orElse("");
    }
}
