package org.danvan.plan;

import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.plan.PlanFixtures.GROUPS;
import static org.danvan.plan.PlanFixtures.OBLIGATIONS;
import static org.danvan.plan.PlanFixtures.PLANS;
import static org.danvan.plan.PlanFixtures.TARGETS;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reviewed import draft saved as a plan with its tasks, targets and obligations in one request. */
@QuarkusTest
class PlanOneStepCreateTest {

    private static Map<String, Object> body(String issuerId, String groupId, String targetGroupId) {
        var body = PlanFixtures.planBody(issuerId, 2022, 2026);
        body.put("obligations", List.of(
                Map.of("kind", "UNIT_PLAN", "title", "Kế hoạch của đơn vị", "groupId", groupId,
                        "dueDate", "2022-04-10", "sourcePhrase", "chậm nhất ngày 10/4/2022"),
                Map.of("kind", "SEMIANNUAL_REPORT", "title", "Báo cáo 6 tháng", "groupId", groupId,
                        "dueMonthDay", "--06-10")));
        body.put("tasks", List.of(Map.of("ordinal", "III.1", "content", "Tuyên truyền, quán triệt Chỉ thị 33/CT-TTg.",
                "leadText", "Sở Nội vụ", "timeFrame", Map.of("kind", "CONTINUOUS", "text", "Thường xuyên"))));
        body.put("targets", List.of(Map.of("ordinal", "II.1",
                "statement", "100% các cơ quan, đơn vị có xây dựng kế hoạch.", "comparator", "GTE",
                "thresholdPercent", 100, "population", Map.of("groupId", targetGroupId, "basis", "UNITS"),
                "measure", Map.of("kind", "SUBMISSION", "obligationId", "#0"))));
        return body;
    }

    @Test
    void shouldCreateThePlanWithItsTasksTargetsAndObligations() {
        String province = PlanFixtures.province();
        String group = PlanFixtures.departmentsOf(province);
        String planId = createId(PLANS, body(province, group, group));
        api().when().get(OBLIGATIONS, planId).then().statusCode(200)
                .body("items.kind", containsInAnyOrder("UNIT_PLAN", "SEMIANNUAL_REPORT"));
        api().when().get(TASKS, planId).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].leadText", equalTo("Sở Nội vụ"));
        String unitPlan = api().when().get(OBLIGATIONS, planId).then().extract().jsonPath()
                .getString("items.find { it.kind == 'UNIT_PLAN' }.id");
        api().when().get(TARGETS, planId).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].measure.obligationId", equalTo(unitPlan));
        // the yearly obligation was expanded over 2022-2026
        String semiannual = api().when().get(OBLIGATIONS, planId).then().extract().jsonPath()
                .getString("items.find { it.kind == 'SEMIANNUAL_REPORT' }.id");
        api().when().get("/api/v1/obligations/{id}/periods", semiannual).then().statusCode(200)
                .body("totalItems", equalTo(5));
    }

    @Test
    void shouldStoreNothingAndNameEveryInvalidEntryByItsPath() {
        String province = PlanFixtures.province();
        String group = PlanFixtures.departmentsOf(province);
        var body = body(province, group, "0195f0c2-7a1e-7c3a-9f51-000000000000");
        String title = (String) body.get("title");
        var targets = new java.util.ArrayList<Object>((List<?>) body.get("targets"));
        targets.add(Map.of("ordinal", "II.2", "statement", "Trên 90% xếp loại Tốt.", "comparator", "GT",
                "thresholdPercent", 90, "population", Map.of("groupId", group, "basis", "UNITS"),
                "measure", Map.of("kind", "SUBMISSION", "obligationId", "#7")));
        body.put("targets", targets);
        body.put("tasks", List.of(Map.of("ordinal", "III.1", "content", "Tổ chức hội nghị.",
                "timeFrame", Map.of("kind", "BY_DATE", "text", "Trước ngày ..."))));
        api().body(body).when().post(PLANS).then().statusCode(400)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", containsInAnyOrder("tasks[0].timeFrame.dueDate",
                        "targets[0].population.groupId", "targets[1].measure.obligationId"));
        api().queryParam("q", title).when().get(PLANS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldValidateNestedEntriesByTheirPath() {
        String province = PlanFixtures.province();
        String group = PlanFixtures.departmentsOf(province);
        var body = body(province, group, group);
        body.put("tasks", List.of(Map.of("ordinal", "", "content", "Nội dung",
                "timeFrame", Map.of("kind", "CONTINUOUS"))));
        api().body(body).when().post(PLANS).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("tasks[0].ordinal"));
    }

    @Test
    void shouldRefuseContentWhenUpdatingAPlan() {
        String province = PlanFixtures.province();
        String group = PlanFixtures.departmentsOf(province);
        String planId = createId(PLANS, PlanFixtures.planBody(province, 2024, 2024));
        String etag = api().when().get(PLANS + "/{id}", planId).then().extract().header("ETag");
        api().header("If-Match", etag).body(body(province, group, group)).when().put(PLANS + "/{id}", planId)
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("tasks", "targets", "obligations"));
    }

    static String unused() {
        return GROUPS;
    }
}
