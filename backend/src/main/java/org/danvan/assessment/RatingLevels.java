package org.danvan.assessment;

import java.util.List;
import java.util.OptionalInt;
import org.danvan.rubric.Scoring;

/**
 * "Rated at or above a level", with no container. A rubric's bands come highest first (its
 * validation keeps their minima strictly decreasing), so a level's rank is its place in that list,
 * 0 the highest, and a rating is at or above a level of the same rubric when its rank is not
 * greater. A level a rubric does not have is reached by none of its ratings. The SQL of RATING
 * targets compares the rank kept on each final assessment with the rank this class finds.
 */
public final class RatingLevels {

    private RatingLevels() {
    }

    /** The rank of the band with {@code code}; empty when the rubric has no such band. */
    public static OptionalInt rank(List<Scoring.Band> bands, String code) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).code().equals(code)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether a rating at {@code ratingCode} reaches {@code minimumCode} on the same rubric's bands. */
    public static boolean atOrAbove(List<Scoring.Band> bands, String ratingCode, String minimumCode) {
        OptionalInt rating = rank(bands, ratingCode);
        OptionalInt minimum = rank(bands, minimumCode);
        return rating.isPresent() && minimum.isPresent() && rating.getAsInt() <= minimum.getAsInt();
    }
}
