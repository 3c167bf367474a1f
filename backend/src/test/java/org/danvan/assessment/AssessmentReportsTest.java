package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENT;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENTS;
import static org.danvan.assessment.AssessmentFixtures.RATED_UNITS;
import static org.danvan.assessment.AssessmentFixtures.RATINGS;
import static org.danvan.assessment.AssessmentFixtures.act;
import static org.danvan.assessment.AssessmentFixtures.appraisalBody;
import static org.danvan.assessment.AssessmentFixtures.appraised;
import static org.danvan.assessment.AssessmentFixtures.attainmentOf;
import static org.danvan.assessment.AssessmentFixtures.contributions;
import static org.danvan.assessment.AssessmentFixtures.create;
import static org.danvan.assessment.AssessmentFixtures.createBody;
import static org.danvan.assessment.AssessmentFixtures.decision;
import static org.danvan.assessment.AssessmentFixtures.finalized;
import static org.danvan.assessment.AssessmentFixtures.finalizedNotEligible;
import static org.danvan.assessment.AssessmentFixtures.group;
import static org.danvan.assessment.AssessmentFixtures.num;
import static org.danvan.assessment.AssessmentFixtures.obligation;
import static org.danvan.assessment.AssessmentFixtures.periodFigures;
import static org.danvan.assessment.AssessmentFixtures.plan;
import static org.danvan.assessment.AssessmentFixtures.reason;
import static org.danvan.assessment.AssessmentFixtures.rebuild;
import static org.danvan.assessment.AssessmentFixtures.saveAppraisal;
import static org.danvan.assessment.AssessmentFixtures.saveSelf;
import static org.danvan.assessment.AssessmentFixtures.selfBody;
import static org.danvan.assessment.AssessmentFixtures.submission;
import static org.danvan.assessment.AssessmentFixtures.target;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.danvan.assessment.AssessmentFixtures.World;
import org.danvan.rubric.RubricFixtures;
import org.danvan.submission.Deadlines;
import org.junit.jupiter.api.Test;

/**
 * What assessments move in the reports: the SELF_ASSESSMENT obligation they answer, the timeliness
 * deductions taken from the unit's real reports, the rating distribution and RATING targets.
 */
@QuarkusTest
class AssessmentReportsTest {

    @Test
    void shouldDiscardALinkedDraftWithItsAssessment() {
        World w = World.make();
        String unit = w.department();
        String group = group(w.province(), "DEPARTMENT");
        String planId = plan(w.province(), 2096, false);
        String period = obligation(planId, group, "SELF_ASSESSMENT", "2096-11-15")[1];
        var created = api().body(createBody(unit, w.rubric(), 2096, period)).when().post(ASSESSMENTS).then()
                .statusCode(201).extract();
        String id = created.path("id");
        String submissionId = created.path("submissionId");
        Map<String, Object> before = periodFigures(planId, period);

        api().header("If-Match", AssessmentFixtures.etag(api(), id)).when().delete(ASSESSMENT, id).then()
                .statusCode(204);
        api().when().get("/api/v1/submissions/{submissionId}", submissionId).then().statusCode(404);
        assertThat(periodFigures(planId, period)).isEqualTo(before);
        // the unit owes the period again: a new assessment makes a new submission for it
        api().body(createBody(unit, w.rubric(), 2096, period)).when().post(ASSESSMENTS).then().statusCode(201)
                .body("submissionId", notNullValue());
        Map<String, Object> kept = periodFigures(planId, period);
        rebuild();
        assertThat(periodFigures(planId, period)).isEqualTo(kept);
    }

    @Test
    void shouldCountALinkedAssessmentAsTheUnitsSelfAssessmentSubmission() {
        World w = World.make();
        String unit = w.department();
        w.department();
        String group = group(w.province(), "DEPARTMENT");
        String planId = plan(w.province(), 2097, false);
        String[] selfAssessment = obligation(planId, group, "SELF_ASSESSMENT", "2097-11-15");
        String[] annual = obligation(planId, group, "ANNUAL_REPORT", "2097-11-01");
        String targetId = target(planId, group, "SUBMISSION", selfAssessment[0], null, "GTE", 100);
        String period = selfAssessment[1];

        // only a SELF_ASSESSMENT period of the same year
        api().body(createBody(unit, w.rubric(), 2097, annual[1])).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("periodId"));
        api().body(createBody(unit, w.rubric(), 2098, period)).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("periodId"));

        var created = api().body(createBody(unit, w.rubric(), 2097, period)).when().post(ASSESSMENTS).then()
                .statusCode(201).body("periodId", equalTo(period)).body("submissionId", notNullValue()).extract();
        String id = created.path("id");
        String submissionId = created.path("submissionId");
        submission(submissionId).body("status", equalTo("DRAFT")).body("unitId", equalTo(unit))
                .body("periodId", equalTo(period));
        assertThat(periodFigures(planId, period)).containsEntry("expected", 2).containsEntry("submitted", 0);
        // the assessment moves its submission: deleting the draft on its own is refused
        api().header("If-Match", "\"0\"").when().delete("/api/v1/submissions/{submissionId}", submissionId).then()
                .statusCode(409);
        submission(submissionId).body("status", equalTo("DRAFT"));
        // the unit's submission to the period is the assessment's: a second one is refused
        String other = api().body(RubricFixtures.rubricBody(w.province())).when().post(RubricFixtures.RUBRICS).then()
                .statusCode(201).extract().path("id");
        api().body(createBody(unit, other, 2097, period)).when().post(ASSESSMENTS).then().statusCode(409)
                .body("type", equalTo("/problems/submission-exists"));

        // evidence may be an attachment of the linked submission
        String attachment = api().contentType("multipart/form-data")
                .multiPart("file", "ke-hoach.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf")
                .when().post("/api/v1/submissions/{submissionId}/attachments", submissionId).then().statusCode(201)
                .extract().path("id");
        saveSelf(api(), id, Map.of("scores", List.of(Map.of("code", "I.1", "points", 5, "evidence",
                List.of(Map.of("label", "Kế hoạch", "attachmentId", attachment)))))).statusCode(200)
                .body("scores[0].evidence[0].attachmentId", equalTo(attachment));
        saveSelf(api(), id, selfBody(5, 3, 7)).statusCode(200);

        act(id, "submit", null).statusCode(200);
        submission(submissionId).body("status", equalTo("SUBMITTED")).body("timeliness", equalTo("ON_TIME"));
        assertThat(periodFigures(planId, period)).containsEntry("submitted", 1).containsEntry("onTime", 1);

        act(id, "return", reason("Bổ sung tài liệu kiểm chứng.")).statusCode(200);
        submission(submissionId).body("status", equalTo("RETURNED"));
        assertThat(periodFigures(planId, period)).containsEntry("returned", 1).containsEntry("submitted", 1);

        act(id, "submit", null).statusCode(200);
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 5, null), appraised("I.2", 3, null),
                appraised("II.1", 7, null)))).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        submission(submissionId).body("status", equalTo("ACCEPTED"));
        assertThat(periodFigures(planId, period)).containsEntry("accepted", 1);
        assertThat(attainmentOf(planId, targetId, 2097)).containsEntry("numerator", 1).containsEntry("denominator", 2);

        // the kept figures are those rebuilt from the rows
        Map<String, Object> kept = periodFigures(planId, period);
        Map<String, Object> keptTarget = attainmentOf(planId, targetId, 2097);
        rebuild();
        assertThat(periodFigures(planId, period)).isEqualTo(kept);
        assertThat(attainmentOf(planId, targetId, 2097)).isEqualTo(keptTarget);

        act(id, "reconsider", reason("Xem xét lại tiêu chí II.1.")).statusCode(200);
        submission(submissionId).body("status", equalTo("SUBMITTED"));
        // no accepted submission left: NO_DATA, its numerator null as for every measure
        assertThat(attainmentOf(planId, targetId, 2097)).containsEntry("numerator", null)
                .containsEntry("status", "NO_DATA");
        api().queryParam("size", 50).when().get("/api/v1/submissions/{submissionId}/history", submissionId).then()
                .statusCode(200).body("items.toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED",
                        "ACCEPTED", "SUBMITTED")));
        kept = periodFigures(planId, period);
        rebuild();
        assertThat(periodFigures(planId, period)).isEqualTo(kept);
    }

    @Test
    void shouldDeductForTheUnitsLateAndMissingReportsOfTheYear() {
        int year = LocalDate.now(Deadlines.VIETNAM).getYear() - 1;
        World w = World.make();
        String unit = w.department();
        String group = group(w.province(), "DEPARTMENT");
        String planId = plan(w.province(), year, true);
        String[] unitPlan = obligation(planId, group, "UNIT_PLAN", year + "-04-10");
        obligation(planId, group, "SEMIANNUAL_REPORT", year + "-06-10");
        String[] annual = obligation(planId, group, "ANNUAL_REPORT", year + "-11-01");
        // a plan still in DRAFT owes nothing yet
        obligation(plan(w.province(), year, false), group, "AD_HOC", year + "-05-01");
        // the unit plan arrives today: late; the two reports never came: missing
        String late = api().body(Map.of("periodId", unitPlan[1], "unitId", unit, "sections",
                Map.of("results", "Đã ban hành kế hoạch."))).when().post("/api/v1/submissions").then().statusCode(201)
                .extract().path("id");
        api().when().post("/api/v1/submissions/{submissionId}/submit", late).then().statusCode(200);

        String id = create(unit, w.rubric(), year);
        saveSelf(api(), id, selfBody(6, 4, 10)).statusCode(200).body("lateReports", equalTo(1))
                .body("missingReports", equalTo(2))
                .body("selfScore.deductions.code", equalTo(List.of("TRE_HAN", "KHONG_GUI")))
                .body("selfScore.deductions.count", equalTo(List.of(1, 2)))
                .body("selfScore.deductions[0].points", num(0.5)).body("selfScore.deductions[1].points", num(4))
                // 0.5 + 4 cut to the rubric's cap of 3
                .body("selfScore.deductionTotal", num(3)).body("selfScore.total", num(17))
                .body("selfScore.percent", num(85));
        act(id, "submit", null).statusCode(200);
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 6, null), appraised("I.2", 4, null),
                appraised("II.1", 10, null)))).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        act(id, "finalize", decision()).statusCode(200).body("rating.total", num(17))
                .body("rating.levelCode", equalTo("HOAN_THANH_TOT"));

        // the annual report now arrives, late: a FINAL rating keeps its counts, a draft sees the new one
        String annualReport = api().body(Map.of("periodId", annual[1], "unitId", unit, "sections",
                Map.of("results", "Báo cáo năm."))).when().post("/api/v1/submissions").then().statusCode(201)
                .extract().path("id");
        api().when().post("/api/v1/submissions/{submissionId}/submit", annualReport).then().statusCode(200);
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("lateReports", equalTo(1))
                .body("missingReports", equalTo(2)).body("rating.total", num(17));
        String another = api().body(RubricFixtures.rubricBody(w.province())).when().post(RubricFixtures.RUBRICS)
                .then().statusCode(201).extract().path("id");
        api().when().get(ASSESSMENT, create(unit, another, year)).then().statusCode(200)
                .body("lateReports", equalTo(2)).body("missingReports", equalTo(1));
    }

    @Test
    void shouldComputeRatingTargetsAndTheDistributionFromFinalRatings() {
        int year = 2098;
        World w = World.make();
        String good = w.department();
        String excellent = w.department();
        String fulfilled = w.department();
        String commune = w.unit("Xã Vĩnh Thạnh", "COMMUNE");
        String outside = w.unit("Ban Dân vận", "PARTY_BODY");
        String group = group(w.province(), "DEPARTMENT", "COMMUNE");
        String planId = plan(w.province(), year, false);
        String targetId = target(planId, group, "RATING", null, "HOAN_THANH_TOT", "GT", 60);

        assertThat(attainmentOf(planId, targetId, null)).containsEntry("status", "NO_DATA")
                .containsEntry("year", year).containsEntry("numerator", null);
        assertThat((String) attainmentOf(planId, targetId, null).get("reason")).isNotBlank();

        String goodId = finalized(good, w.rubric(), year, "I.1", 6, "I.2", 3, "II.1", 8);
        finalized(excellent, w.rubric(), year, "I.1", 6, "I.2", 4, "II.1", 9);
        finalized(fulfilled, w.rubric(), year, "I.1", 3, "I.2", 2, "II.1", 6);
        String communeId = finalizedNotEligible(commune, w.rubric(), year);
        finalized(outside, w.rubric(), year, "I.1", 6, "I.2", 4, "II.1", 10);
        // not FINAL: counts nowhere
        String draft = w.department();
        create(draft, w.rubric(), year);

        // the population: four departments and the commune (the party body is not in it). The commune is not
        // eligible: out of both; three departments are rated, two at or above HOAN_THANH_TOT; the draft's
        // department is not rated yet and counts as not meeting the target (COUNT_AS_NOT_MET, the default):
        // 2 / (5 - 1) = 50.0%, not above 60%
        Map<String, Object> rating = attainmentOf(planId, targetId, year);
        assertThat(rating).containsEntry("numerator", 2).containsEntry("denominator", 4)
                .containsEntry("status", "NOT_MET").containsEntry("periodId", null).containsEntry("year", year);
        assertThat(((Number) rating.get("valuePercent")).doubleValue()).isCloseTo(50.0, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(rating.get("coverage")).isEqualTo(RatingCoverageTest.coverage(5, 3, 1, 1));
        // every kind of the population, with its units: the commune's only unit is not eligible (0 of 0)
        assertThat((List<?>) rating.get("byKind")).hasSize(2);

        List<Map<String, Object>> rows = contributions(planId, targetId, year);
        assertThat(rows).hasSize(5);
        assertThat(rows.stream().mapToInt(r -> (Integer) r.get("numerator")).sum()).isEqualTo(2);
        assertThat(rows.stream().mapToInt(r -> (Integer) r.get("denominator")).sum()).isEqualTo(4);
        Map<String, Object> communeRow = rows.stream().filter(r -> commune.equals(r.get("unitId"))).findFirst()
                .orElseThrow();
        assertThat(communeRow).containsEntry("numerator", 0).containsEntry("denominator", 0)
                .containsEntry("assessmentId", communeId).containsEntry("dataStatus", "NOT_ELIGIBLE");
        assertThat(rows.stream().filter(r -> fulfilled.equals(r.get("unitId"))).findFirst().orElseThrow())
                .containsEntry("numerator", 0).containsEntry("denominator", 1);
        assertThat(rows.stream().filter(r -> draft.equals(r.get("unitId"))).findFirst().orElseThrow())
                .containsEntry("denominator", 1).containsEntry("assessmentId", null)
                .containsEntry("dataStatus", "NOT_RATED");

        api().queryParam("year", year).queryParam("rubricId", w.rubric()).when().get(RATINGS).then().statusCode(200)
                .body("rubrics.size()", equalTo(1)).body("rubrics[0].rated", equalTo(4))
                .body("rubrics[0].notEligible", equalTo(1))
                .body("rubrics[0].levels.code", equalTo(List.of("HOAN_THANH_XUAT_SAC", "HOAN_THANH_TOT", "HOAN_THANH",
                        "KHONG_HOAN_THANH")))
                .body("rubrics[0].levels.units", equalTo(List.of(2, 1, 1, 0)));
        api().queryParam("year", year).queryParam("rubricId", w.rubric()).queryParam("kind", "DEPARTMENT").when()
                .get(RATINGS).then().statusCode(200).body("kind", equalTo("DEPARTMENT"))
                .body("rubrics[0].rated", equalTo(3)).body("rubrics[0].notEligible", equalTo(0))
                .body("rubrics[0].levels[0].byKind[0].kind", equalTo("DEPARTMENT"));
        api().queryParam("year", year).queryParam("rubricId", w.rubric()).queryParam("level", "HOAN_THANH_TOT").when()
                .get(RATED_UNITS).then().statusCode(200).body("items.unitId", equalTo(List.of(good)))
                .body("items[0].percent", num(85)).body("items[0].decisionNumber", equalTo("3120/QĐ-UBND"));
        api().queryParam("year", year).queryParam("rubricId", w.rubric()).queryParam("eligible", false).when()
                .get(RATED_UNITS).then().statusCode(200).body("items.unitId", equalTo(List.of(commune)))
                .body("items[0].eligible", equalTo(false));
        api().queryParam("year", year).queryParam("rubricId", w.rubric()).when().get(RATED_UNITS).then()
                .statusCode(200).body("totalItems", equalTo(5));
        api().queryParam("rubricId", w.rubric()).when().get(RATINGS).then().statusCode(400);

        // reopening a rating takes it out at once: the unit is not rated now, 1 of 4 is not above 60%
        act(goodId, "reopen", reason("Điều chỉnh theo kết quả giải quyết khiếu nại.")).statusCode(200);
        assertThat(attainmentOf(planId, targetId, year)).containsEntry("numerator", 1)
                .containsEntry("denominator", 4).containsEntry("status", "NOT_MET");
    }
}
