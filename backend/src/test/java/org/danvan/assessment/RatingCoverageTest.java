package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.assessment.AssessmentFixtures.attainmentOf;
import static org.danvan.assessment.AssessmentFixtures.contributions;
import static org.danvan.assessment.AssessmentFixtures.create;
import static org.danvan.assessment.AssessmentFixtures.finalized;
import static org.danvan.assessment.AssessmentFixtures.group;
import static org.danvan.assessment.AssessmentFixtures.plan;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.danvan.assessment.AssessmentFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * A RATING target says how many units of its population are rated, counts the unrated ones as not
 * meeting it by default, and is never MET on the rated ones alone unless it says so; a sheet not
 * scored yet has no band ("chưa chấm"), never the lowest one.
 */
@QuarkusTest
class RatingCoverageTest {

    private static String target(String plan, String group, String missingData, boolean allowMet) {
        var measure = new HashMap<String, Object>();
        measure.put("kind", "RATING");
        measure.put("minimumRating", "HOAN_THANH_TOT");
        return createId("/api/v1/plans/{planId}/targets", Map.of("ordinal", "III.6", "statement",
                "Phấn đấu trên 60% các cơ quan, đơn vị được xếp loại Hoàn thành tốt", "comparator", "GT",
                "thresholdPercent", 60, "population", Map.of("groupId", group, "basis", "UNITS"), "measure", measure,
                "missingData", missingData, "allowMetOnPartialData", allowMet), plan);
    }

    /** A RATING target's coverage as the API answers it (no officials: those are REPORTED's). */
    static Map<String, Object> coverage(int population, int withData, int withoutData, int notEligible) {
        var coverage = new HashMap<String, Object>();
        coverage.put("populationUnits", population);
        coverage.put("unitsWithData", withData);
        coverage.put("unitsWithoutData", withoutData);
        coverage.put("unitsNotEligible", notEligible);
        coverage.put("officialsWithoutData", null);
        coverage.put("unitsWithoutHeadcount", null);
        return coverage;
    }

    @Test
    void shouldCountUnratedUnitsAndNameThem() {
        int year = 2097;
        World w = World.make();
        String excellent = w.department();
        String good = w.department();
        String fulfilled = w.department();
        String notRated = w.department();
        String alsoNotRated = w.department();
        String group = group(w.province(), "DEPARTMENT");
        String planId = plan(w.province(), year, false);
        String counted = target(planId, group, "COUNT_AS_NOT_MET", false);
        String excluded = target(planId, group, "EXCLUDE", false);
        String allowed = target(planId, group, "EXCLUDE", true);

        // 19/20 = 95% xuất sắc, 17/20 = 85% tốt, 11/20 = 55% hoàn thành; two departments not rated
        finalized(excellent, w.rubric(), year, "I.1", 6, "I.2", 4, "II.1", 9);
        finalized(good, w.rubric(), year, "I.1", 6, "I.2", 3, "II.1", 8);
        finalized(fulfilled, w.rubric(), year, "I.1", 3, "I.2", 2, "II.1", 6);
        create(notRated, w.rubric(), year);
        Map<String, Object> coverage = coverage(5, 3, 2, 0);

        // COUNT_AS_NOT_MET (the default): 2 at or above HOAN_THANH_TOT of all 5 = 40.0%, not above 60%
        Map<String, Object> count = attainmentOf(planId, counted, year);
        assertThat(count).containsEntry("numerator", 2).containsEntry("denominator", 5)
                .containsEntry("status", "NOT_MET").containsEntry("coverage", coverage);
        // EXCLUDE: 2 of the 3 rated = 66.7% is above 60%, but 2 units are not rated: NOT_MET with the reason
        Map<String, Object> exclude = attainmentOf(planId, excluded, year);
        assertThat(exclude).containsEntry("numerator", 2).containsEntry("denominator", 3)
                .containsEntry("status", "NOT_MET").containsEntry("coverage", coverage)
                .containsEntry("reason", "Chưa thể kết luận đạt: 2 đơn vị chưa có số liệu.");
        // ... MET only where the target allows it
        assertThat(attainmentOf(planId, allowed, year)).containsEntry("denominator", 3).containsEntry("status", "MET");

        // the drill-down names the units not rated yet, "chưa xếp loại"
        List<Map<String, Object>> without = api().queryParam("year", year).queryParam("hasData", false).when()
                .get("/api/v1/plans/{planId}/attainment/{targetId}/units", planId, counted).then().statusCode(200)
                .body("totalItems", equalTo(2)).extract().path("items");
        assertThat(without).extracting(row -> row.get("unitId")).containsExactlyInAnyOrder(notRated, alsoNotRated);
        assertThat(without).allSatisfy(row -> assertThat(row).containsEntry("dataStatus", "NOT_RATED")
                .containsEntry("numerator", 0).containsEntry("denominator", 1));
        List<Map<String, Object>> all = contributions(planId, counted, year);
        assertThat(all.stream().mapToInt(r -> (Integer) r.get("denominator")).sum()).isEqualTo(5);
        assertThat(contributions(planId, excluded, year).stream().mapToInt(r -> (Integer) r.get("denominator")).sum())
                .isEqualTo(3);
    }

    @Test
    void shouldShowASheetNotScoredYetWithoutABand() {
        World w = World.make();
        String id = create(w.department(), w.rubric(), 2097);
        // nothing scored: no percent and no band, not the lowest band a total of 0 falls in
        api().when().get(AssessmentFixtures.ASSESSMENT, id).then().statusCode(200)
                .body("selfScore.scored", equalTo(false)).body("selfScore.rated", equalTo(false))
                .body("selfScore.percent", nullValue()).body("selfScore.band", nullValue())
                .body("appraisedScore.scored", equalTo(false)).body("appraisedScore.band", nullValue());
        // one criterion at 0 points is scored: 0% falls in the lowest band
        AssessmentFixtures.saveSelf(api(), id, Map.of("scores", List.of(AssessmentFixtures.score("I.1", 0))))
                .statusCode(200).body("selfScore.scored", equalTo(true)).body("selfScore.band.code",
                        equalTo("KHONG_HOAN_THANH"));
    }
}
