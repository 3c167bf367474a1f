package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.assessment.AssessmentFixtures.APPRAISAL;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENT;
import static org.danvan.assessment.AssessmentFixtures.ASSESSMENTS;
import static org.danvan.assessment.AssessmentFixtures.HISTORY;
import static org.danvan.assessment.AssessmentFixtures.act;
import static org.danvan.assessment.AssessmentFixtures.appraisalBody;
import static org.danvan.assessment.AssessmentFixtures.appraised;
import static org.danvan.assessment.AssessmentFixtures.create;
import static org.danvan.assessment.AssessmentFixtures.createBody;
import static org.danvan.assessment.AssessmentFixtures.selfAssessmentPeriod;
import static org.danvan.assessment.AssessmentFixtures.decision;
import static org.danvan.assessment.AssessmentFixtures.num;
import static org.danvan.assessment.AssessmentFixtures.reason;
import static org.danvan.assessment.AssessmentFixtures.saveAppraisal;
import static org.danvan.assessment.AssessmentFixtures.saveSelf;
import static org.danvan.assessment.AssessmentFixtures.score;
import static org.danvan.assessment.AssessmentFixtures.selfBody;
import static org.danvan.common.Api.api;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.danvan.assessment.AssessmentFixtures.World;
import org.danvan.common.Api;
import org.danvan.rubric.RubricFixtures;
import org.junit.jupiter.api.Test;

/** The assessment workflow through the API, every answer checked against the contract. */
@QuarkusTest
class AssessmentResourceTest {

    private static final int YEAR = 2097;

    @Test
    void shouldSelfScoreSubmitAppraiseAndFinalizeWithEveryStepInTheHistory() {
        World w = World.make();
        String unit = w.department();
        String reporter = Api.reporterOf(unit);

        var created = Api.as(reporter).body(createBody(unit, w.rubric(), YEAR, selfAssessmentPeriod(unit, YEAR))).when().post(ASSESSMENTS).then()
                .statusCode(201).header("ETag", notNullValue()).body("status", equalTo("DRAFT")).body("unitKind", equalTo("DEPARTMENT"))
                .body("selfScore.applicableMaximum", num(20)).body("rating", nullValue()).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ASSESSMENTS + "/" + id);
        // using a rubric freezes it
        api().when().get(RubricFixtures.RUBRIC, w.rubric()).then().statusCode(200).body("status", equalTo("FROZEN"));

        var self = Map.of("note", "Tự chấm năm " + YEAR, "scores", List.of(
                Map.of("code", "I.1", "points", 6, "note", "Kế hoạch số 45/KH-SNV", "evidence",
                        List.of(Map.of("label", "Kế hoạch số 45/KH-SNV", "url", "https://snv.example.vn/45.pdf"))),
                score("I.2", 4), score("II.1", 8)), "bonuses", List.of(Map.of("code", "MO_HINH", "points", 1)));
        saveSelf(Api.as(reporter), id, self).statusCode(200)
                .body("scores.code", equalTo(List.of("I.1", "I.2", "II.1")))
                .body("scores[0].evidence[0].label", equalTo("Kế hoạch số 45/KH-SNV"))
                .body("selfScore.rawScore", num(18)).body("selfScore.bonusTotal", num(1))
                .body("selfScore.total", num(19)).body("selfScore.percent", num(95.0))
                .body("selfScore.band.code", equalTo("HOAN_THANH_XUAT_SAC"));
        act(Api.as(reporter), id, "submit", reason("Gửi hồ sơ tự chấm điểm.")).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue());

        saveAppraisal(id, Map.of("eligible", true, "note", "Thẩm định", "scores", List.of(appraised("I.1", 6, null),
                appraised("I.2", 3, "Chưa kiểm tra đủ các phòng, ban."), appraised("II.1", 8, null)),
                "bonuses", List.of(Map.of("code", "MO_HINH", "points", 0)))).statusCode(200)
                .body("appraisedScore.total", num(17)).body("appraisedScore.percent", num(85.0))
                .body("appraisedScore.band.code", equalTo("HOAN_THANH_TOT"))
                .body("scores[1].appraisalReason", equalTo("Chưa kiểm tra đủ các phòng, ban."))
                .body("selfScore.total", num(19));
        act(id, "appraise", null).statusCode(200).body("status", equalTo("APPRAISED"));
        act(id, "finalize", decision()).statusCode(200).body("status", equalTo("FINAL"))
                .body("rating.levelCode", equalTo("HOAN_THANH_TOT")).body("rating.percent", num(85.0))
                .body("rating.total", num(17)).body("rating.decisionNumber", equalTo("3120/QĐ-UBND"))
                .body("rating.decisionDate", equalTo("2024-12-25"));

        api().queryParam("size", 50).when().get(HISTORY, id).then().statusCode(200)
                .body("totalItems", num(4))
                .body("items.fromStatus", equalTo(java.util.Arrays.asList(null, "DRAFT", "SUBMITTED", "APPRAISED")))
                .body("items.toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "APPRAISED", "FINAL")))
                .body("items[0].actor", equalTo(reporter)).body("items[1].reason", equalTo("Gửi hồ sơ tự chấm điểm."))
                .body("items[3].actor", equalTo("coordinator"));
    }

    @Test
    void shouldReturn409ForASecondAssessmentOfTheSameUnitRubricAndYear() {
        World w = World.make();
        String unit = w.department();
        create(unit, w.rubric(), YEAR);
        api().body(createBody(unit, w.rubric(), YEAR, selfAssessmentPeriod(unit, YEAR))).when().post(ASSESSMENTS).then().statusCode(409)
                .body("type", equalTo("/problems/assessment-exists"));
        // another year is another assessment
        create(unit, w.rubric(), YEAR + 1);
    }

    @Test
    void shouldRefuseEveryIllegalTransitionNamingTheState() {
        World w = World.make();
        String id = create(w.department(), w.rubric(), YEAR);
        for (String action : List.of("return", "appraise", "reconsider", "reopen")) {
            act(id, action, reason("Lý do")).statusCode(409).body("type", equalTo("/problems/assessment-draft"));
        }
        act(id, "finalize", decision()).statusCode(409).body("type", equalTo("/problems/assessment-draft"));
        saveAppraisal(id, appraisalBody(List.of())).statusCode(409).body("type", equalTo("/problems/assessment-draft"));

        saveSelf(api(), id, selfBody(5, 3, 7)).statusCode(200);
        act(id, "submit", null).statusCode(200);
        for (String action : List.of("submit", "reconsider", "reopen")) {
            act(id, action, reason("Lý do")).statusCode(409).body("type", equalTo("/problems/assessment-submitted"));
        }
        act(id, "finalize", decision()).statusCode(409).body("type", equalTo("/problems/assessment-submitted"));
        saveSelf(api(), id, selfBody(6, 3, 7)).statusCode(409).body("type", equalTo("/problems/assessment-submitted"));

        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 5, null), appraised("I.2", 3, null),
                appraised("II.1", 7, null)))).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        for (String action : List.of("submit", "return", "appraise", "reopen")) {
            act(id, action, reason("Lý do")).statusCode(409).body("type", equalTo("/problems/assessment-appraised"));
        }
        saveAppraisal(id, appraisalBody(List.of())).statusCode(409)
                .body("type", equalTo("/problems/assessment-appraised"));
        saveSelf(api(), id, selfBody(6, 3, 7)).statusCode(409).body("type", equalTo("/problems/assessment-appraised"));

        act(id, "finalize", decision()).statusCode(200);
        for (String action : List.of("submit", "return", "appraise", "reconsider")) {
            act(id, action, reason("Lý do")).statusCode(409).body("type", equalTo("/problems/assessment-final"));
        }
        act(id, "finalize", decision()).statusCode(409).body("type", equalTo("/problems/assessment-final"));
        saveSelf(api(), id, selfBody(6, 3, 7)).statusCode(409).body("type", equalTo("/problems/assessment-final"));
        saveAppraisal(id, appraisalBody(List.of())).statusCode(409).body("type", equalTo("/problems/assessment-final"));
    }

    @Test
    void shouldGoBackWithAReasonOnReturnReconsiderAndReopen() {
        World w = World.make();
        String id = create(w.department(), w.rubric(), YEAR);
        saveSelf(api(), id, selfBody(5, 3, 7)).statusCode(200);
        act(id, "submit", null).statusCode(200);
        act(id, "return", null).statusCode(400).body("violations[0].field", equalTo("reason"));
        act(id, "return", reason("Bổ sung tài liệu kiểm chứng.")).statusCode(200).body("status", equalTo("DRAFT"));
        saveSelf(api(), id, selfBody(6, 3, 7)).statusCode(200).body("selfScore.rawScore", num(16));
        act(id, "submit", null).statusCode(200);
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 6, null), appraised("I.2", 3, null),
                appraised("II.1", 7, null)))).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        act(id, "reconsider", reason(" ")).statusCode(400);
        act(id, "reconsider", reason("Đơn vị có ý kiến về tiêu chí II.1.")).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("appraisedAt", nullValue());
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 6, null), appraised("I.2", 3, null),
                appraised("II.1", 9, "Bổ sung mô hình được công nhận.")))).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        act(id, "finalize", decision()).statusCode(200).body("rating.levelCode", equalTo("HOAN_THANH_XUAT_SAC"));
        act(id, "reopen", null).statusCode(400);
        act(id, "reopen", reason("Điều chỉnh theo kết quả giải quyết khiếu nại.")).statusCode(200)
                .body("status", equalTo("APPRAISED")).body("rating", nullValue());
        act(id, "finalize", Map.of("decisionNumber", "3200/QĐ-UBND", "decisionDate", "2025-01-10")).statusCode(200)
                .body("rating.decisionNumber", equalTo("3200/QĐ-UBND"));
        api().queryParam("size", 50).when().get(HISTORY, id).then().statusCode(200)
                .body("items.toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "DRAFT", "SUBMITTED", "APPRAISED",
                        "SUBMITTED", "APPRAISED", "FINAL", "APPRAISED", "FINAL")))
                .body("items[2].reason", equalTo("Bổ sung tài liệu kiểm chứng."))
                .body("items[8].reason", equalTo("Điều chỉnh theo kết quả giải quyết khiếu nại."));
    }

    @Test
    void shouldAnswer412ForAStaleVersionAnd428WithoutIfMatch() {
        World w = World.make();
        String id = create(w.department(), w.rubric(), YEAR);
        String stale = AssessmentFixtures.etag(api(), id);
        saveSelf(api(), id, selfBody(5, 3, 7)).statusCode(200);
        api().header("If-Match", stale).body(selfBody(6, 3, 7)).when().put(ASSESSMENT, id).then().statusCode(412)
                .body("type", equalTo("/problems/stale-version"));
        api().body(selfBody(6, 3, 7)).when().put(ASSESSMENT, id).then().statusCode(428);
        act(id, "submit", null).statusCode(200);
        api().header("If-Match", stale).body(appraisalBody(List.of())).when().put(APPRAISAL, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
    }

    @Test
    void shouldRefusePointsTheRubricDoesNotAllowAndIncompleteScores() {
        World w = World.make();
        String commune = w.unit("Xã Hưng Điền", "COMMUNE");
        String id = create(commune, w.rubric(), YEAR);
        saveSelf(api(), id, Map.of("scores", List.of(score("I.1", 7), score("I.2", 1), score("IX", 1),
                score("I", 1)))).statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("scores[0].points")).body("violations.field", hasItem("scores[1].points"))
                .body("violations.field", hasItem("scores[2].points")).body("violations.field", hasItem("scores[3].points"));
        saveSelf(api(), id, Map.of("scores", List.of(Map.of("code", "I.1", "points", 3, "evidence",
                List.of(Map.of("label", "Biên bản", "url", "ftp://x"), Map.of("label", "Tệp", "attachmentId",
                        "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e9201")))))).statusCode(400)
                .body("violations.field", equalTo(List.of("scores[0].evidence[0].url",
                        "scores[0].evidence[1].attachmentId")));
        saveSelf(api(), id, Map.of("scores", List.of(score("I.1", 3)), "bonuses",
                List.of(Map.of("code", "KHONG_CO", "points", 1)))).statusCode(400)
                .body("violations.field", hasItem("bonuses[0].points"));
        // a commune has no I.2: its maximum is 16, and II.1 is still missing
        saveSelf(api(), id, Map.of("scores", List.of(score("I.1", 3)))).statusCode(200)
                .body("selfScore.applicableMaximum", num(16));
        act(id, "submit", null).statusCode(400).body("violations[0].field", equalTo("scores"))
                .body("violations[0].message", containsString("II.1"));
        saveSelf(api(), id, Map.of("scores", List.of(score("I.1", 3), score("II.1", 5)))).statusCode(200);
        act(id, "submit", null).statusCode(200);
        // appraisal: a different score needs a reason; not eligible needs one; every criterion before appraise
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 2, null)))).statusCode(400)
                .body("violations[0].field", equalTo("scores[0].reason"));
        saveAppraisal(id, Map.of("eligible", false)).statusCode(400)
                .body("violations[0].field", equalTo("ineligibilityReason"));
        saveAppraisal(id, appraisalBody(List.of(appraised("I.1", 3, null)))).statusCode(200);
        act(id, "appraise", null).statusCode(400).body("violations[0].message", containsString("II.1"));
    }

    @Test
    void shouldRefuseARubricOutsideItsYearsAndUnknownReferences() {
        World w = World.make();
        String unit = w.department();
        api().body(createBody(unit, w.rubric(), 2020, selfAssessmentPeriod(unit, 2020))).when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        api().body(createBody("0195f0c2-7a1e-7c3a-9f51-2b7d1c4e8a99", "nope", YEAR, "0195f0c2-7a1e-7c3a-9f51-2b7d1c4e9999"))
                .when().post(ASSESSMENTS).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("periodId", "rubricId", "unitId"));
    }

    @Test
    void shouldRateANotEligibleUnitWithNoLevel() {
        World w = World.make();
        String id = AssessmentFixtures.finalizedNotEligible(w.department(), w.rubric(), YEAR);
        api().when().get(ASSESSMENT, id).then().statusCode(200).body("eligible", equalTo(false))
                .body("ineligibilityReason", containsString("mới thành lập")).body("rating.levelCode", nullValue())
                .body("rating.percent", nullValue()).body("rating.decisionNumber", equalTo("3120/QĐ-UBND"));
    }

    @Test
    void shouldDeleteOnlyADraftThatWasNeverSubmitted() {
        World w = World.make();
        String draft = create(w.department(), w.rubric(), YEAR);
        api().when().delete(ASSESSMENT, draft).then().statusCode(428);
        api().header("If-Match", "\"99\"").when().delete(ASSESSMENT, draft).then().statusCode(412);
        api().header("If-Match", AssessmentFixtures.etag(api(), draft)).when().delete(ASSESSMENT, draft).then()
                .statusCode(204);
        api().when().get(ASSESSMENT, draft).then().statusCode(404);
        // the same unit, rubric and year can be started again
        String again = create(w.department(), w.rubric(), YEAR);

        saveSelf(api(), again, selfBody(5, 3, 7)).statusCode(200);
        act(again, "submit", null).statusCode(200);
        api().header("If-Match", AssessmentFixtures.etag(api(), again)).when().delete(ASSESSMENT, again).then()
                .statusCode(409).body("type", endsWith("/problems/assessment-submitted"));
        act(again, "return", reason("Bổ sung tài liệu kiểm chứng.")).statusCode(200);
        api().header("If-Match", AssessmentFixtures.etag(api(), again)).when().delete(ASSESSMENT, again).then()
                .statusCode(409).body("type", endsWith("/problems/assessment-returned"));
        api().when().get(ASSESSMENT, again).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldFilterByTheUnitsKind() {
        World w = World.make();
        String department = create(w.department(), w.rubric(), YEAR);
        String commune = create(w.unit("Xã Thử Lọc", "COMMUNE"), w.rubric(), YEAR);
        api().queryParam("rubricId", w.rubric()).queryParam("kind", "COMMUNE").when().get(ASSESSMENTS).then()
                .statusCode(200).body("items.id", equalTo(List.of(commune))).body("items[0].unitKind", equalTo("COMMUNE"));
        api().queryParam("rubricId", w.rubric()).queryParam("kind", "DEPARTMENT").when().get(ASSESSMENTS).then()
                .statusCode(200).body("items.id", equalTo(List.of(department)));
        api().queryParam("kind", "PAGODA").when().get(ASSESSMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void shouldShowAReporterOnlyItsOwnUnitsAssessments() {
        World w = World.make();
        String own = w.department();
        String other = w.unit("Sở Tư pháp", "DEPARTMENT");
        String ownId = create(own, w.rubric(), YEAR);
        String otherId = create(other, w.rubric(), YEAR);
        String reporter = Api.reporterOf(own);
        Api.as(reporter).queryParam("rubricId", w.rubric()).when().get(ASSESSMENTS).then().statusCode(200)
                .body("items.id", equalTo(List.of(ownId)));
        api().queryParam("rubricId", w.rubric()).when().get(ASSESSMENTS).then().statusCode(200)
                .body("totalItems", num(2));
        Api.as(reporter).when().get(ASSESSMENT, otherId).then().statusCode(404);
        Api.as(reporter).header("If-Match", "\"0\"").body(selfBody(1, 1, 1)).when().put(ASSESSMENT, otherId).then()
                .statusCode(404);
        Api.as(reporter).when().get(HISTORY, otherId).then().statusCode(404);
        Api.as(reporter).body(createBody(other, w.rubric(), YEAR + 1, selfAssessmentPeriod(other, YEAR + 1))).when().post(ASSESSMENTS).then()
                .statusCode(403);
        // its own: it submits, but never appraises or finalizes
        saveSelf(Api.as(reporter), ownId, selfBody(5, 3, 7)).statusCode(200);
        act(Api.as(reporter), ownId, "submit", null).statusCode(200);
        Api.as(reporter).header("If-Match", AssessmentFixtures.etag(api(), ownId)).body(appraisalBody(List.of()))
                .when().put(APPRAISAL, ownId).then().statusCode(403);
        act(Api.as(reporter), ownId, "appraise", null).statusCode(403);
        act(Api.as(reporter), ownId, "finalize", decision()).statusCode(403);
    }
}
