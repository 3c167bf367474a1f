package org.danvan.assessment;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.danvan.rubric.RubricFixtures;

/**
 * What the assessment tests build through the API (every response checked against the contract):
 * a province with its rubric (RubricFixtures: I.1 6 + I.2 4 + II.1 10 = 20 points for a
 * department, 16 for a commune; NĐ 335/2025 bands), units, plans and assessments.
 */
final class AssessmentFixtures {

    static final String ASSESSMENTS = "/api/v1/assessments";
    static final String ASSESSMENT = ASSESSMENTS + "/{assessmentId}";
    static final String APPRAISAL = ASSESSMENT + "/appraisal";
    static final String HISTORY = ASSESSMENT + "/history";
    static final String RATINGS = "/api/v1/ratings";
    static final String RATED_UNITS = "/api/v1/ratings/units";

    private AssessmentFixtures() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A province, its rubric and the units a test assesses. */
    record World(String province, String rubric) {

        static World make() {
            String province = createId("/api/v1/org-units", org.danvan.common.Api.unit(unique("UBND tỉnh Thử nghiệm"), "PROVINCE", null));
            String rubric = createId(RubricFixtures.RUBRICS, RubricFixtures.rubricBody(province));
            return new World(province, rubric);
        }

        String unit(String name, String kind) {
            return createId("/api/v1/org-units", org.danvan.common.Api.unit(unique(name), kind, province));
        }

        String department() {
            return unit("Sở Nội vụ", "DEPARTMENT");
        }
    }

    /** A number of the JSON answer, whatever its Java type there (19, 19.0 and 19.00 are all 19). */
    static org.hamcrest.Matcher<Object> num(double expected) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && Math.abs(n.doubleValue() - expected) < 1e-6;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    static Map<String, Object> createBody(String unitId, String rubricId, int year, String periodId) {
        var body = new HashMap<String, Object>();
        body.put("unitId", unitId);
        body.put("rubricId", rubricId);
        body.put("year", year);
        body.put("periodId", periodId);
        return body;
    }

    /** A sheet in a period of its own: a plan of the year whose SELF_ASSESSMENT obligation names the unit. */
    static String create(String unitId, String rubricId, int year) {
        return createId(ASSESSMENTS, createBody(unitId, rubricId, year, selfAssessmentPeriod(unitId, year)));
    }

    /** The period of a new plan's SELF_ASSESSMENT obligation (due 15/11) owed by the units named. */
    static String selfAssessmentPeriod(String unitId, int year) {
        String group = createId("/api/v1/unit-groups", Map.of("name", unique("Đơn vị tự chấm điểm"), "kinds",
                List.of(), "memberIds", List.of(unitId)));
        return obligation(plan(unitId, year, false), group, "SELF_ASSESSMENT", year + "-11-15")[1];
    }

    static Map<String, Object> score(String code, Object points) {
        var line = new HashMap<String, Object>();
        line.put("code", code);
        line.put("points", points);
        return line;
    }

    static Map<String, Object> appraised(String code, Object points, String reason) {
        var line = new HashMap<String, Object>();
        line.put("code", code);
        line.put("points", points);
        line.put("reason", reason);
        return line;
    }

    /** The self scores of a department, all criteria. */
    static Map<String, Object> selfBody(Object i1, Object i2, Object ii1) {
        return Map.of("note", "Tự chấm theo bảng điểm.", "scores", List.of(score("I.1", i1), score("I.2", i2),
                score("II.1", ii1)), "bonuses", List.of());
    }

    static Map<String, Object> appraisalBody(List<Map<String, Object>> scores) {
        return Map.of("eligible", true, "scores", scores);
    }

    static String etag(RequestSpecification reader, String assessmentId) {
        return reader.when().get(ASSESSMENT, assessmentId).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse saveSelf(RequestSpecification as, String id, Map<String, Object> body) {
        return as.header("If-Match", etag(api(), id)).body(body).when().put(ASSESSMENT, id).then();
    }

    static ValidatableResponse saveAppraisal(String id, Map<String, Object> body) {
        return api().header("If-Match", etag(api(), id)).body(body).when().put(APPRAISAL, id).then();
    }

    static ValidatableResponse act(RequestSpecification as, String id, String action, Object body) {
        if (body != null) {
            as.body(body);
        }
        return as.when().post(ASSESSMENT + "/" + action, id).then();
    }

    static ValidatableResponse act(String id, String action, Object body) {
        return act(api(), id, action, body);
    }

    static Map<String, Object> reason(String text) {
        return Map.of("reason", text);
    }

    static Map<String, Object> decision() {
        return Map.of("decisionNumber", "3120/QĐ-UBND", "decisionDate", "2024-12-25");
    }

    /** Self-scored and appraised at the same points (code, points, code, points ...), then FINAL. */
    static String finalized(String unitId, String rubricId, int year, Object... codesAndPoints) {
        String id = create(unitId, rubricId, year);
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            scores.add(score((String) codesAndPoints[i], codesAndPoints[i + 1]));
        }
        saveSelf(api(), id, Map.of("scores", scores)).statusCode(200);
        act(id, "submit", null).statusCode(200);
        saveAppraisal(id, appraisalBody(scores)).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        act(id, "finalize", decision()).statusCode(200);
        return id;
    }

    /** Submitted, appraised as not eligible, then FINAL. */
    static String finalizedNotEligible(String unitId, String rubricId, int year) {
        String id = create(unitId, rubricId, year);
        saveSelf(api(), id, selfBodyFor(unitId)).statusCode(200);
        act(id, "submit", null).statusCode(200);
        saveAppraisal(id, Map.of("eligible", false, "ineligibilityReason",
                "Đơn vị mới thành lập sau sắp xếp, chưa đủ thời gian đánh giá.")).statusCode(200);
        act(id, "appraise", null).statusCode(200);
        act(id, "finalize", decision()).statusCode(200);
        return id;
    }

    /** Full self scores for the unit's kind (a commune has no I.2). */
    static Map<String, Object> selfBodyFor(String unitId) {
        String kind = api().when().get("/api/v1/org-units/{unitId}", unitId).then().statusCode(200).extract()
                .path("kind");
        return "COMMUNE".equals(kind) ? Map.of("scores", List.of(score("I.1", 3), score("II.1", 5)))
                : selfBody(3, 2, 5);
    }

    // ---- plans: groups, obligations, periods, targets, figures ----

    static String group(String scopeUnitId, String... kinds) {
        return createId("/api/v1/unit-groups", Map.of("name", unique("Các cơ quan, đơn vị"), "kinds", List.of(kinds),
                "scopeUnitId", scopeUnitId, "memberIds", List.of()));
    }

    /** An identified plan of one year, issued when asked. */
    static String plan(String issuerId, int year, boolean issued) {
        var body = new HashMap<String, Object>();
        body.put("number", java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 999_999));
        body.put("symbol", "KH-UBND-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("issuerId", issuerId);
        body.put("title", unique("Kế hoạch thực hiện công tác dân vận chính quyền"));
        body.put("issueDate", year + "-03-25");
        body.put("periodStart", year);
        body.put("periodEnd", year);
        String id = createId("/api/v1/plans", body);
        if (issued) {
            api().when().post("/api/v1/plans/{planId}/issue", id).then().statusCode(200);
        }
        return id;
    }

    /** An obligation due on one day; answers its period's id. */
    static String[] obligation(String planId, String groupId, String kind, String dueDate) {
        var body = new HashMap<String, Object>();
        body.put("kind", kind);
        body.put("title", unique("Gửi hồ sơ tự đánh giá, chấm điểm"));
        body.put("groupId", groupId);
        body.put("dueDate", dueDate);
        body.put("graceDays", 0);
        String id = createId("/api/v1/plans/{planId}/obligations", body, planId);
        List<String> periods = api().when().get("/api/v1/obligations/{obligationId}/periods", id).then()
                .statusCode(200).extract().path("items.id");
        return new String[] {id, periods.get(0)};
    }

    static String target(String planId, String groupId, String kind, String obligationId, String minimumRating,
            String comparator, int threshold) {
        var measure = new HashMap<String, Object>();
        measure.put("kind", kind);
        measure.put("obligationId", obligationId);
        measure.put("minimumRating", minimumRating);
        return createId("/api/v1/plans/{planId}/targets", Map.of("ordinal", "III.6", "statement",
                "Phấn đấu trên " + threshold + "% các cơ quan, đơn vị được xếp loại", "comparator", comparator,
                "thresholdPercent", threshold, "population", Map.of("groupId", groupId, "basis", "UNITS"),
                "measure", measure), planId);
    }

    /** The kept figures of one period, as the completeness report shows them. */
    static Map<String, Object> periodFigures(String planId, String periodId) {
        return api().queryParam("periodId", periodId).when().get("/api/v1/plans/{planId}/completeness", planId)
                .then().statusCode(200).extract().path("periods[0]");
    }

    static Map<String, Object> attainmentOf(String planId, String targetId, Integer year) {
        var request = api();
        if (year != null) {
            request.queryParam("year", year);
        }
        List<Map<String, Object>> targets = request.when().get("/api/v1/plans/{planId}/attainment", planId).then()
                .statusCode(200).extract().path("targets");
        return targets.stream().filter(t -> targetId.equals(t.get("targetId"))).findFirst().orElseThrow();
    }

    static List<Map<String, Object>> contributions(String planId, String targetId, Integer year) {
        var request = api().queryParam("size", 500);
        if (year != null) {
            request.queryParam("year", year);
        }
        return request.when().get("/api/v1/plans/{planId}/attainment/{targetId}/units", planId, targetId).then()
                .statusCode(200).extract().path("items");
    }

    static void rebuild() {
        org.danvan.common.Api.admin().when().post("/api/v1/figures/rebuild").then().statusCode(200);
    }

    static ValidatableResponse submission(String submissionId) {
        return api().when().get("/api/v1/submissions/{submissionId}", submissionId).then().statusCode(200);
    }
}
