package org.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.plan.PlanFixtures.TASK;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.identifiedPlan;
import static org.danvan.plan.PlanFixtures.issueAndClose;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanTaskResourceTest {

    private static Map<String, Object> task(String ordinal, Map<String, Object> timeFrame) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", ordinal);
        body.put("content", "Tổ chức quán triệt, triển khai thực hiện quy chế dân chủ ở cơ sở");
        body.put("timeFrame", timeFrame);
        return body;
    }

    private static Map<String, Object> task(String ordinal) {
        return task(ordinal, Map.of("kind", "CONTINUOUS", "text", "Thường xuyên"));
    }

    private static Map<String, Object> timeFrame(String kind, String dueDate) {
        var timeFrame = new HashMap<String, Object>();
        timeFrame.put("kind", kind);
        timeFrame.put("dueDate", dueDate);
        return timeFrame;
    }

    @Test
    void shouldCreateATaskWithLocationAndETag() {
        String plan = plan(2024, 2024);
        var body = task("II.3", Map.of("kind", "WHOLE_PERIOD", "text", "Trong năm 2024"));
        body.put("directedBy", "Lãnh đạo Văn phòng");
        body.put("leadText", "Phòng Hành chính - Tổ chức");
        body.put("coordinatingText", "Các phòng, đơn vị trực thuộc");
        var created = api().body(body).when().post(TASKS, plan).then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("planId", equalTo(plan))
                .body("ordinal", equalTo("II.3"))
                .body("directedBy", equalTo("Lãnh đạo Văn phòng"))
                .body("leadText", equalTo("Phòng Hành chính - Tổ chức"))
                .body("coordinatingText", equalTo("Các phòng, đơn vị trực thuộc"))
                .body("leadUnitIds", empty())
                .body("coordinatingUnitIds", empty())
                .body("timeFrame.kind", equalTo("WHOLE_PERIOD"))
                .body("timeFrame.text", equalTo("Trong năm 2024"))
                .body("timeFrame.dueDate", nullValue())
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/plans/" + plan + "/tasks/" + id);
    }

    @Test
    void shouldReadATaskWithItsETag() {
        String plan = plan(2024, 2024);
        String id = createId(TASKS, task("1", timeFrame("BY_DATE", "2024-04-10")), plan);
        api().when().get(TASK, plan, id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("ordinal", equalTo("1"))
                .body("timeFrame.kind", equalTo("BY_DATE"))
                .body("timeFrame.dueDate", equalTo("2024-04-10"));
    }

    @Test
    void shouldListTasksInTheOrderTheyWereAdded() {
        String plan = plan(2024, 2024);
        String third = createId(TASKS, task("III"), plan);
        String first = createId(TASKS, task("I.2"), plan);
        String second = createId(TASKS, task("II.1"), plan);
        api().when().get(TASKS, plan).then()
                .statusCode(200)
                .body("items.id", contains(third, first, second))
                .body("items.ordinal", contains("III", "I.2", "II.1"))
                .body("page", equalTo(0)).body("size", equalTo(20)).body("totalItems", equalTo(3));
    }

    @Test
    void shouldPageThroughTasks() {
        String plan = plan(2024, 2024);
        String a = createId(TASKS, task("1"), plan);
        String b = createId(TASKS, task("2"), plan);
        String c = createId(TASKS, task("3"), plan);
        api().queryParam("size", 2).when().get(TASKS, plan).then()
                .statusCode(200).body("items.id", contains(a, b)).body("size", equalTo(2)).body("totalItems", equalTo(3));
        api().queryParam("size", 2).queryParam("page", 1).when().get(TASKS, plan).then()
                .statusCode(200).body("items.id", contains(c)).body("page", equalTo(1));
        api().queryParam("size", 2).queryParam("page", 2).when().get(TASKS, plan).then()
                .statusCode(200).body("items", empty()).body("totalItems", equalTo(3));
        api().queryParam("size", 0).when().get(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldListNoTasksOfAnotherPlan() {
        String plan = plan(2024, 2024);
        createId(TASKS, task("1"), plan(2024, 2024));
        api().when().get(TASKS, plan).then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void shouldResolveLeadAndCoordinatingUnitsInTheGivenOrder() {
        String province = province();
        String a = department(province);
        String b = department(province);
        String c = department(province);
        String d = department(province);
        String plan = plan(province, 2024, 2024);
        var body = task("1");
        body.put("leadUnitIds", List.of(c, a, b));
        body.put("coordinatingUnitIds", List.of(d, province));
        String id = api().body(body).when().post(TASKS, plan).then()
                .statusCode(201)
                .body("leadUnitIds", contains(c, a, b))
                .body("coordinatingUnitIds", contains(d, province))
                .extract().path("id");
        api().when().get(TASK, plan, id).then()
                .statusCode(200)
                .body("leadUnitIds", contains(c, a, b))
                .body("coordinatingUnitIds", contains(d, province));
    }

    @Test
    void shouldReturn400WhenALeadOrCoordinatingUnitIsUnknown() {
        String province = province();
        String plan = plan(province, 2024, 2024);
        var body = task("1");
        body.put("leadUnitIds", List.of(department(province), UUID.randomUUID().toString()));
        api().body(body).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("leadUnitIds"));

        var coordinating = task("1");
        coordinating.put("coordinatingUnitIds", List.of("not-an-id"));
        api().body(coordinating).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("coordinatingUnitIds"));
        api().when().get(TASKS, plan).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldReturn400WhenAByDateTimeFrameHasNoDueDate() {
        String plan = plan(2024, 2024);
        api().body(task("1", timeFrame("BY_DATE", null))).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("timeFrame.dueDate"));
    }

    @Test
    void shouldReturn400WhenAContinuousOrWholePeriodTimeFrameHasADueDate() {
        String plan = plan(2024, 2024);
        api().body(task("1", timeFrame("CONTINUOUS", "2024-06-30"))).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("timeFrame.dueDate"));
        api().body(task("1", timeFrame("WHOLE_PERIOD", "2024-06-30"))).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("timeFrame.dueDate"));
    }

    @Test
    void shouldReturn400ForMissingFieldsAnUnknownTimeFrameKindOrAMalformedBody() {
        String plan = plan(2024, 2024);
        api().body(Map.of("ordinal", "")).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem("ordinal"))
                .body("violations.field", hasItem("content"))
                .body("violations.field", hasItem("timeFrame"));
        api().body(task("1", Map.of("kind", "SOMETIMES"))).when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("timeFrame.kind"));
        api().body("{\"ordinal\": ").when().post(TASKS, plan).then()
                .statusCode(400).body("type", equalTo("/problems/malformed-body"));
    }

    @Test
    void shouldReturn415ForANonJsonBody() {
        String plan = plan(2024, 2024);
        api().contentType("text/plain").body("Nhiệm vụ").when().post(TASKS, plan).then()
                .statusCode(415).body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void shouldUpdateWithIfMatchAndRejectStaleOrMissingVersions() {
        String province = province();
        String lead = department(province);
        String plan = plan(province, 2024, 2024);
        String id = createId(TASKS, task("1"), plan);
        var change = task("1.a", timeFrame("BY_DATE", "2024-12-15"));
        change.put("leadUnitIds", List.of(lead));
        api().header("If-Match", "\"0\"").body(change).when().put(TASK, plan, id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("ordinal", equalTo("1.a"))
                .body("leadUnitIds", contains(lead))
                .body("timeFrame.dueDate", equalTo("2024-12-15"));
        api().when().get(TASK, plan, id).then().statusCode(200).header("ETag", "\"1\"")
                .body("ordinal", equalTo("1.a"));

        api().header("If-Match", "\"0\"").body(change).when().put(TASK, plan, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().body(change).when().put(TASK, plan, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
    }

    @Test
    void shouldApplyTheTimeFrameRulesOnUpdate() {
        String plan = plan(2024, 2024);
        String id = createId(TASKS, task("1"), plan);
        api().header("If-Match", "\"0\"").body(task("1", timeFrame("BY_DATE", null))).when().put(TASK, plan, id)
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("timeFrame.dueDate"));
        api().when().get(TASK, plan, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("timeFrame.kind", equalTo("CONTINUOUS"));
    }

    @Test
    void shouldDeleteWithIfMatchAndRejectStaleOrMissingVersions() {
        String plan = plan(2024, 2024);
        String id = createId(TASKS, task("1"), plan);
        api().when().delete(TASK, plan, id).then()
                .statusCode(428).body("type", equalTo("/problems/precondition-required"));
        api().header("If-Match", "\"3\"").when().delete(TASK, plan, id).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", etag(TASK, plan, id)).when().delete(TASK, plan, id).then().statusCode(204);
        api().when().get(TASK, plan, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(TASK, plan, id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldReturn404ForATaskOfAnotherPlan() {
        String plan = plan(2024, 2024);
        String other = plan(2024, 2024);
        String id = createId(TASKS, task("1"), plan);
        api().when().get(TASK, other, id).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(task("2")).when().put(TASK, other, id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").when().delete(TASK, other, id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(TASK, plan, id).then().statusCode(200).header("ETag", "\"0\"")
                .body("ordinal", equalTo("1"));
    }

    @Test
    void shouldReturn404ForAnUnknownPlanOrTask() {
        String unknown = UUID.randomUUID().toString();
        api().when().get(TASKS, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().body(task("1")).when().post(TASKS, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        String plan = plan(2024, 2024);
        api().when().get(TASK, plan, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(TASK, plan, "not-an-id").then().statusCode(404).body("type", equalTo("/problems/not-found"));
        api().header("If-Match", "\"0\"").body(task("1")).when().put(TASK, plan, unknown).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldRefuseToAddChangeOrDeleteTasksOfAClosedPlan() {
        String province = province();
        String plan = identifiedPlan(province, 2024);
        String id = createId(TASKS, task("1"), plan);
        issueAndClose(plan);

        api().body(task("2")).when().post(TASKS, plan).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").body(task("1.a")).when().put(TASK, plan, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().header("If-Match", "\"0\"").when().delete(TASK, plan, id).then()
                .statusCode(409).body("type", equalTo("/problems/plan-closed"));
        api().when().get(TASKS, plan).then().statusCode(200).body("items.id", contains(id))
                .body("items[0].ordinal", equalTo("1"));
    }

    @Test
    void shouldKeepTasksOfAnIssuedPlanEditable() {
        String plan = identifiedPlan(province(), 2024);
        api().when().post(PlanFixtures.PLANS + "/{id}/issue", plan).then().statusCode(200);
        String id = createId(TASKS, task("1"), plan);
        api().header("If-Match", "\"0\"").body(task("1.a")).when().put(TASK, plan, id).then().statusCode(200);
        api().header("If-Match", "\"1\"").when().delete(TASK, plan, id).then().statusCode(204);
    }
}
