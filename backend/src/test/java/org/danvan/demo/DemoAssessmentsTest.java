package org.danvan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's assessments of 2024: every state, and FINAL ratings that move the 859/KH-UBND RATING target. */
@QuarkusTest
@TestProfile(DemoProfile.class)
class DemoAssessmentsTest {

    @Inject
    DemoAssessments loader;

    @Test
    void shouldHoldAssessmentsInEveryStateWithAReturnedOneAndOneNotEligible() {
        for (var state : Map.of("DRAFT", 3, "SUBMITTED", 3, "APPRAISED", 2, "FINAL", 15).entrySet()) {
            api().queryParam("year", 2024).queryParam("status", state.getKey()).when().get("/api/v1/assessments")
                    .then().statusCode(200).body("totalItems", equalTo(state.getValue()));
        }
        String returned = api().queryParam("year", 2024).queryParam("status", "DRAFT").queryParam("size", 10).when()
                .get("/api/v1/assessments").then().statusCode(200).extract()
                .path("items.find { it.unitName == 'UBND huyện Châu Thành' }.id");
        api().when().get("/api/v1/assessments/{id}/history", returned).then().statusCode(200)
                .body("items.toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "DRAFT")))
                .body("items[2].reason", org.hamcrest.Matchers.containsString("tài liệu kiểm chứng"));
        api().queryParam("year", 2024).queryParam("eligible", false).when().get("/api/v1/ratings/units").then()
                .statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].unitName", equalTo("Ban Quản lý Khu du lịch quốc gia Núi Bà Đen"));
        // deductions come from the demo's real reporting history: somebody was late or missed a report
        List<Integer> missing = api().queryParam("year", 2024).queryParam("size", 50).when()
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items.missingReports");
        List<Integer> late = api().queryParam("year", 2024).queryParam("size", 50).when()
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items.lateReports");
        assertThat(missing.stream().mapToInt(Integer::intValue).sum() + late.stream().mapToInt(Integer::intValue).sum())
                .isGreaterThan(0);
    }

    @Test
    void shouldGiveThe859RatingTargetAFigureFromTheFinalRatings() {
        String plan = api().queryParam("q", "859/KH-UBND").when().get("/api/v1/plans").then().statusCode(200)
                .extract().path("items[0].id");
        Map<String, Object> rating = api().queryParam("year", 2024).when().get("/api/v1/plans/{id}/attainment", plan)
                .then().statusCode(200).extract().path("targets.find { it.measure == 'RATING' }");
        assertThat(rating.get("status")).isIn("MET", "NOT_MET");
        // 14 units rated; the units of the population not rated yet count as not meeting the target
        // (COUNT_AS_NOT_MET, the default): the denominator is the population less the units not eligible
        @SuppressWarnings("unchecked")
        Map<String, Object> coverage = (Map<String, Object>) rating.get("coverage");
        assertThat(coverage.get("unitsWithData")).isEqualTo(14);
        assertThat((Integer) coverage.get("unitsWithoutData")).isPositive();
        int denominator = (Integer) coverage.get("populationUnits") - (Integer) coverage.get("unitsNotEligible");
        assertThat((Integer) rating.get("denominator")).isEqualTo(denominator);
        assertThat((Integer) rating.get("numerator")).isBetween(1, 13);
        String target = (String) rating.get("targetId");
        List<Map<String, Object>> rows = api().queryParam("year", 2024).queryParam("size", 500).when()
                .get("/api/v1/plans/{id}/attainment/{targetId}/units", plan, target).then().statusCode(200)
                .extract().path("items");
        assertThat(rows.stream().mapToInt(r -> (Integer) r.get("numerator")).sum()).isEqualTo(rating.get("numerator"));
        assertThat(rows.stream().mapToInt(r -> (Integer) r.get("denominator")).sum()).isEqualTo(denominator);
        assertThat(rows.stream().filter(r -> "NOT_RATED".equals(r.get("dataStatus"))).count())
                .isEqualTo(((Integer) coverage.get("unitsWithoutData")).longValue());
        api().queryParam("year", 2024).when().get("/api/v1/ratings").then().statusCode(200)
                .body("rubrics[0].rated", equalTo(14)).body("rubrics[0].notEligible", equalTo(1))
                .body("rubrics[0].levels[0].code", equalTo("TOT")).body("rubrics[0].levels[0].units", greaterThan(0));
    }

    /**
     * One self-assessment, not two: every 2024 sheet is the submission of its unit to the 859 plan's
     * SELF_ASSESSMENT period, in the state the sheet says, and the period counts exactly the sheets.
     * By hand from demo/assessments.json: 23 sheets, 21 sent (15 FINAL + 2 APPRAISED + 3 SUBMITTED +
     * Châu Thành returned), 17 accepted, 1 returned, 1 late (Tân Châu sent 19/11, due 15/11).
     */
    @Test
    void shouldMakeEverySheetTheSubmissionOfItsSelfAssessmentPeriod() {
        List<Map<String, Object>> sheets = api().queryParam("year", 2024).queryParam("size", 100).when()
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items");
        assertThat(sheets).hasSize(23);
        String period = (String) sheets.get(0).get("periodId");
        assertThat(period).isNotNull();
        Map<String, String> expected = Map.of("DRAFT", "DRAFT", "SUBMITTED", "SUBMITTED", "APPRAISED", "ACCEPTED",
                "FINAL", "ACCEPTED");
        for (Map<String, Object> sheet : sheets) {
            assertThat(sheet.get("periodId")).as("period of %s", sheet.get("unitName")).isEqualTo(period);
            Map<String, Object> submission = api().when().get("/api/v1/submissions/{id}", sheet.get("submissionId"))
                    .then().statusCode(200).extract().path("");
            assertThat(submission.get("periodId")).isEqualTo(period);
            assertThat(submission.get("unitId")).isEqualTo(sheet.get("unitId"));
            String state = "UBND huyện Châu Thành".equals(sheet.get("unitName")) ? "RETURNED"
                    : expected.get((String) sheet.get("status"));
            assertThat(submission.get("status")).as("submission of %s", sheet.get("unitName")).isEqualTo(state);
            // no sheet for a unit that did not exist on the period's due date
            String validFrom = api().when().get("/api/v1/org-units/{id}", sheet.get("unitId")).then().statusCode(200)
                    .extract().path("validFrom");
            assertThat(validFrom == null || validFrom.compareTo("2024-11-15") <= 0).as("%s existed", sheet.get("unitName"))
                    .isTrue();
        }
        // the period's submissions are the sheets', no more
        api().queryParam("periodId", period).queryParam("size", 100).when().get("/api/v1/submissions").then()
                .statusCode(200).body("totalItems", equalTo(23));
        String plan = api().queryParam("q", "859/KH-UBND").when().get("/api/v1/plans").then().statusCode(200)
                .extract().path("items[0].id");
        Map<String, Object> figures = api().queryParam("periodId", period).when()
                .get("/api/v1/plans/{planId}/completeness", plan).then().statusCode(200).extract().path("periods[0]");
        assertThat(figures).containsEntry("submitted", 21).containsEntry("accepted", 17).containsEntry("returned", 1)
                .containsEntry("late", 1).containsEntry("onTime", 20);
    }

    @Test
    void shouldLoadOnce() {
        loader.loadOnce();
        api().queryParam("year", 2024).when().get("/api/v1/assessments").then().statusCode(200)
                .body("totalItems", equalTo(23));
    }
}
