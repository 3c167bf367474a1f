package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.danvan.rubric.RubricDtos.BandPreset;
import org.danvan.rubric.Scoring;
import org.junit.jupiter.api.Test;

/** Which final ratings count as "at or above" a RATING target's minimum level. */
class RatingLevelsTest {

    private static List<Scoring.Band> bands(BandPreset preset) {
        return preset.bands().stream().map(b -> new Scoring.Band(b.code(), b.labelVi(), b.labelEn(),
                b.minPercentInclusive())).toList();
    }

    @Test
    void theMinimumLevelItselfAndTheLevelsAboveItCountTheLevelsBelowDoNot() {
        List<Scoring.Band> classic = bands(BandPreset.CLASSIC);
        assertThat(RatingLevels.atOrAbove(classic, "TOT", "KHA")).isTrue();
        assertThat(RatingLevels.atOrAbove(classic, "KHA", "KHA")).isTrue();
        assertThat(RatingLevels.atOrAbove(classic, "TRUNG_BINH", "KHA")).isFalse();
        assertThat(RatingLevels.atOrAbove(classic, "KEM", "TOT")).isFalse();
        assertThat(RatingLevels.rank(classic, "TOT")).hasValue(0);
        assertThat(RatingLevels.rank(classic, "KEM")).hasValue(3);
    }

    @Test
    void aLevelTheRubricDoesNotHaveIsReachedByNone() {
        List<Scoring.Band> nd335 = bands(BandPreset.ND_335_2025);
        assertThat(RatingLevels.rank(nd335, "TOT")).isEmpty();
        assertThat(RatingLevels.atOrAbove(nd335, "HOAN_THANH_XUAT_SAC", "TOT")).isFalse();
        assertThat(RatingLevels.atOrAbove(nd335, "TOT", "TOT")).isFalse();
    }

    @Test
    void aUnitExactlyOnTheMinimumPercentReachesTheLevelAndOneHundredthBelowDoesNot() {
        List<Scoring.Band> nd335 = bands(BandPreset.ND_335_2025);
        String at70 = Scoring.band(nd335, new BigDecimal("70.00")).orElseThrow().code();
        String below = Scoring.band(nd335, new BigDecimal("69.99")).orElseThrow().code();
        assertThat(RatingLevels.atOrAbove(nd335, at70, "HOAN_THANH_TOT")).isTrue();
        assertThat(RatingLevels.atOrAbove(nd335, below, "HOAN_THANH_TOT")).isFalse();
    }
}
