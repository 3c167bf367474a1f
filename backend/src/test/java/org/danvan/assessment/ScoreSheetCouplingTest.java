package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENT;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENTS;
import static org.danvan.assessment.AssessmentFixtures.HISTORY;
import static org.danvan.assessment.AssessmentFixtures.act;
import static org.danvan.assessment.AssessmentFixtures.appraisalBody;
import static org.danvan.assessment.AssessmentFixtures.appraised;
import static org.danvan.assessment.AssessmentFixtures.createBody;
import static org.danvan.assessment.AssessmentFixtures.decision;
import static org.danvan.assessment.AssessmentFixtures.group;
import static org.danvan.assessment.AssessmentFixtures.obligation;
import static org.danvan.assessment.AssessmentFixtures.periodFigures;
import static org.danvan.assessment.AssessmentFixtures.plan;
import static org.danvan.assessment.AssessmentFixtures.reason;
import static org.danvan.assessment.AssessmentFixtures.rebuild;
import static org.danvan.assessment.AssessmentFixtures.saveAppraisal;
import static org.danvan.assessment.AssessmentFixtures.saveSelf;
import static org.danvan.assessment.AssessmentFixtures.selfBody;
import static org.danvan.assessment.AssessmentFixtures.submission;
import static org.danvan.assessment.AssessmentFixtures.unique;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.danvan.assessment.AssessmentFixtures.World;
import org.junit.jupiter.api.Test;

/**
 * One self-assessment, not two: a score sheet belongs to its plan's SELF_ASSESSMENT period and is
 * the unit's submission to it, whichever side is moved; the period's kept figures count the sheets
 * and equal a rebuild.
 */
@QuarkusTest
class ScoreSheetCouplingTest {

    private static final String SUBMISSION = "/api/v1/submissions/{submissionId}";
    private static final int YEAR = 2095;

    /** A World's departments owe a SELF_ASSESSMENT period due 15/11/2095: {plan, period}. */
    private static String[] selfAssessmentPeriod(World w) {
        String group = group(w.province(), "DEPARTMENT");
        String planId = plan(w.province(), YEAR, false);
        return new String[] {planId, obligation(planId, group, "SELF_ASSESSMENT", YEAR + "-11-15")[1]};
    }

    private static io.restassured.response.ValidatableResponse moveSubmission(String id, String action, Object body) {
        var request = api();
        if (body != null) {
            request.body(body);
        }
        return request.when().post(SUBMISSION + "/" + action, id).then();
    }

    @Test
    void shouldMoveTheSheetWithItsSubmissionAndTheSubmissionWithItsSheet() {
        World w = World.make();
        String unit = w.department();
        w.department();
        String[] p = selfAssessmentPeriod(w);
        var created = api().body(createBody(unit, w.rubric(), YEAR, p[1])).when().post(ASSESSMENTS).then()
                .statusCode(201).extract();
        String id = created.path("id");
        String sub = created.path("submissionId");
        submission(sub).body("status", equalTo("DRAFT"));

        // sending the report sends the sheet, which must be scored first: nothing moves
        moveSubmission(sub, "submit", null).statusCode(400).body("violations.field", hasItem("scores"));
        submission(sub).body("status", equalTo("DRAFT"));
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertThat(periodFigures(p[0], p[1])).containsEntry("expected", 2).containsEntry("submitted", 0);

        saveSelf(api(), id, selfBody(5, 3, 7)).statusCode(200);
        moveSubmission(sub, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertThat(periodFigures(p[0], p[1])).containsEntry("submitted", 1).containsEntry("onTime", 1)
                .containsEntry("returned", 0);

        // returning the report returns the sheet, with the reason
        moveSubmission(sub, "return", reason("Bổ sung biên bản kiểm tra tiêu chí I.2.")).statusCode(200);
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("status", equalTo("DRAFT"));
        api().when().get(HISTORY, id).then().statusCode(200)
                .body("items.toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "DRAFT")))
                .body("items[2].reason", equalTo("Bổ sung biên bản kiểm tra tiêu chí I.2."));
        assertThat(periodFigures(p[0], p[1])).containsEntry("submitted", 1).containsEntry("returned", 1);

        // sending the sheet sends the report again
        act(id, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        submission(sub).body("status", equalTo("SUBMITTED"));

        // accepting the report appraises the sheet: refused until every criterion is appraised
        moveSubmission(sub, "accept", null).statusCode(400);
        submission(sub).body("status", equalTo("SUBMITTED"));
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 5, null), appraised("I.2", 3, null),
                appraised("II.1", 7, null)))).statusCode(200);
        moveSubmission(sub, "accept", null).statusCode(200).body("status", equalTo("ACCEPTED"));
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("status", equalTo("APPRAISED"));
        assertThat(periodFigures(p[0], p[1])).containsEntry("accepted", 1).containsEntry("returned", 0);

        // reopening the report reconsiders the sheet; appraising the sheet accepts the report
        moveSubmission(sub, "reopen", reason("Xem xét lại điểm tiêu chí II.1.")).statusCode(200);
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        act(id, "appraise", null).statusCode(200);
        submission(sub).body("status", equalTo("ACCEPTED"));

        // a rated sheet holds its report: reopening the report alone is refused, nothing moves
        act(id, "finalize", decision()).statusCode(200);
        moveSubmission(sub, "reopen", reason("Xem xét lại.")).statusCode(409)
                .body("type", equalTo("/problems/assessment-final"));
        submission(sub).body("status", equalTo("ACCEPTED"));
        assertThat(periodFigures(p[0], p[1])).containsEntry("expected", 2).containsEntry("submitted", 1)
                .containsEntry("accepted", 1).containsEntry("onTime", 1).containsEntry("late", 0);

        Map<String, Object> kept = periodFigures(p[0], p[1]);
        rebuild();
        assertThat(periodFigures(p[0], p[1])).isEqualTo(kept);
    }

    @Test
    void shouldRefuseASelfAssessmentSentWithoutItsSheetWhileARubricScoresTheUnit() {
        World w = World.make();
        String unit = w.department();
        String[] p = selfAssessmentPeriod(w);
        String sub = createId("/api/v1/submissions", Map.of("periodId", p[1], "unitId", unit, "sections",
                Map.of("results", "Đã tự đánh giá.")));
        moveSubmission(sub, "submit", null).statusCode(409)
                .body("type", equalTo("/problems/self-assessment-needs-score-sheet"));
        submission(sub).body("status", equalTo("DRAFT"));
        assertThat(periodFigures(p[0], p[1])).containsEntry("submitted", 0);

        // the sheet takes the draft over and sends it
        String id = api().body(createBody(unit, w.rubric(), YEAR, p[1])).when().post(ASSESSMENTS).then()
                .statusCode(201).body("submissionId", equalTo(sub)).extract().path("id");
        saveSelf(api(), id, selfBody(6, 4, 9)).statusCode(200);
        act(id, "submit", null).statusCode(200);
        submission(sub).body("status", equalTo("SUBMITTED"));
        assertThat(periodFigures(p[0], p[1])).containsEntry("submitted", 1);

        // where no rubric scores the unit (another province), the self-assessment stays a plain report
        String other = createId("/api/v1/org-units", org.danvan.common.Api.unit(unique("UBND tỉnh Không bảng điểm"),
                "PROVINCE", null));
        String department = createId("/api/v1/org-units", org.danvan.common.Api.unit(unique("Sở Nội vụ"),
                "DEPARTMENT", other));
        String planId = plan(other, YEAR, false);
        String period = obligation(planId, group(other, "DEPARTMENT"), "SELF_ASSESSMENT", YEAR + "-11-15")[1];
        String plain = createId("/api/v1/submissions", Map.of("periodId", period, "unitId", department, "sections",
                Map.of("results", "Đã tự đánh giá.")));
        moveSubmission(plain, "submit", null).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseASheetOutsideItsPeriodsPopulationOrDates() {
        World w = World.make();
        String member = w.department();
        String[] p = selfAssessmentPeriod(w);
        // a unit founded after the due date (the 2025 mergers): no sheet in that period
        var founded = new HashMap<>(org.danvan.common.Api.unit(unique("Sở Nông nghiệp và Môi trường"), "DEPARTMENT",
                w.province()));
        founded.put("validFrom", (YEAR + 1) + "-03-01");
        String late = createId("/api/v1/org-units", founded);
        api().body(createBody(late, w.rubric(), YEAR, p[1])).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("unitId"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString(YEAR + ""));
        // a unit of a kind the period's group does not name
        String commune = w.unit("Phường Tân Ninh", "COMMUNE");
        api().body(createBody(commune, w.rubric(), YEAR, p[1])).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("unitId"));
        // no period at all
        api().body(createBody(member, w.rubric(), YEAR, null)).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("periodId"));
        api().queryParam("rubricId", w.rubric()).when().get(ASSESSMENTS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        // a period of another kind is no self-assessment period
        String planId = plan(w.province(), YEAR, false);
        String period = obligation(planId, group(w.province(), "COMMUNE"), "ANNUAL_REPORT", YEAR + "-11-01")[1];
        api().body(createBody(commune, w.rubric(), YEAR, period)).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("periodId"));
    }
}
