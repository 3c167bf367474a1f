package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.accountOf;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.common.Api.unit;
import static org.danvan.plan.PlanFixtures.PLANS;
import static org.danvan.plan.PlanFixtures.TASK;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.UNITS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.planBody;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.PlanFixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.danvan.security.Role;
import org.junit.jupiter.api.Test;

/** A task's lead and coordinating units become its assignments, kept in step with the task and read under reach. */
@QuarkusTest
class TaskAssignmentResourceTest {

    static final String TASK_ASSIGNMENTS = TASK + "/assignments";
    static final String PLAN_ASSIGNMENTS = PLANS + "/{planId}/task-assignments";

    private static Map<String, Object> task(List<String> leads, List<String> coordinating, Map<String, Object> timeFrame) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", "II.3");
        body.put("content", "Tiếp công dân, đối thoại trực tiếp với Nhân dân theo quy định");
        body.put("leadUnitIds", leads);
        body.put("coordinatingUnitIds", coordinating);
        body.put("timeFrame", timeFrame);
        return body;
    }

    private static Map<String, Object> quarter(int year, int quarter) {
        return Map.of("kind", "BY_QUARTER", "year", year, "quarter", quarter, "text", "Trong Quý " + quarter + "/" + year);
    }

    private static JsonPath assignments(String plan, String task) {
        return api().queryParam("size", 100).when().get(TASK_ASSIGNMENTS, plan, task).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void shouldAssignATaskToEachLeadAndCoordinatingUnitDueAtTheEndOfItsQuarter() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String tuPhap = department(province);
        String plan = plan(province, 2024, 2024);

        var created = api().body(task(List.of(noiVu, thanhTra), List.of(tuPhap), quarter(2024, 2)))
                .when().post(TASKS, plan).then().statusCode(201)
                .body("timeFrame.kind", equalTo("BY_QUARTER"))
                .body("timeFrame.year", equalTo(2024))
                .body("timeFrame.quarter", equalTo(2))
                .body("timeFrame.month", nullValue())
                .body("timeFrame.dueDate", equalTo("2024-06-30"))
                .extract();
        String task = created.path("id");

        api().when().get(TASK_ASSIGNMENTS, plan, task).then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.unitId", containsInAnyOrder(noiVu, thanhTra, tuPhap))
                .body("items.findAll { it.role == 'LEAD' }.unitId", containsInAnyOrder(noiVu, thanhTra))
                .body("items.findAll { it.role == 'COORDINATING' }.unitId", contains(tuPhap))
                .body("items.dueDate", everyItem(equalTo("2024-06-30")))
                .body("items.status", everyItem(equalTo("NOT_STARTED")))
                .body("items.taskId", everyItem(equalTo(task)))
                .body("items.taskOrdinal", everyItem(equalTo("II.3")))
                .body("items[0].role", equalTo("LEAD"))
                .body("items[2].role", equalTo("COORDINATING"));

        // the plan's list finds them too, filtered
        api().queryParam("role", "LEAD").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("items.unitId", containsInAnyOrder(noiVu, thanhTra));
        api().queryParam("unitId", tuPhap).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("items.role", contains("COORDINATING"));
        api().queryParam("status", "DONE").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldFollowTheTaskWhenItsUnitsOrQuarterChangeAndGoWithIt() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String tuPhap = department(province);
        String plan = plan(province, 2024, 2024);
        String task = createId(TASKS, task(List.of(noiVu, thanhTra), List.of(tuPhap), quarter(2024, 2)), plan);
        JsonPath before = assignments(plan, task);
        String noiVuAssignment = before.getString("items.find { it.unitId == '" + noiVu + "' }.id");

        // Thanh tra leaves the task, Tư pháp now leads it, and it moves to Quý IV
        api().header("If-Match", etag(TASK, plan, task))
                .body(task(List.of(noiVu, tuPhap), List.of(), quarter(2024, 4)))
                .when().put(TASK, plan, task).then().statusCode(200)
                .body("timeFrame.dueDate", equalTo("2024-12-31"));
        JsonPath after = assignments(plan, task);
        assertThat(after.getList("items.unitId", String.class)).containsExactlyInAnyOrder(noiVu, tuPhap);
        assertThat(after.getList("items.role", String.class)).containsOnly("LEAD");
        assertThat(after.getList("items.dueDate", String.class)).containsOnly("2024-12-31");
        assertThat(after.getString("items.find { it.unitId == '" + noiVu + "' }.id"))
                .as("an assignment still wanted keeps its id").isEqualTo(noiVuAssignment);

        // a continuous task is reported at each report period: no due date
        api().header("If-Match", etag(TASK, plan, task))
                .body(task(List.of(noiVu), List.of(), Map.of("kind", "CONTINUOUS", "text", "Thường xuyên")))
                .when().put(TASK, plan, task).then().statusCode(200);
        assertThat(assignments(plan, task).getList("items.dueDate")).singleElement().isNull();

        api().header("If-Match", etag(TASK, plan, task)).when().delete(TASK, plan, task).then().statusCode(204);
        api().when().get(TASK_ASSIGNMENTS, plan, task).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        api().when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldDueAWholePeriodTaskAtThePlansEndAndFollowAChangedPeriod() {
        String province = province();
        String noiVu = department(province);
        var body = planBody(province, 2022, 2025);
        String plan = createId(PLANS, body);
        String task = createId(TASKS, task(List.of(noiVu), List.of(), Map.of("kind", "WHOLE_PERIOD")), plan);
        assertThat(assignments(plan, task).getList("items.dueDate")).containsExactly("2025-12-31");

        body.put("periodEnd", 2026);
        api().header("If-Match", etag(PLANS + "/{id}", plan)).body(body).when().put(PLANS + "/{id}", plan).then()
                .statusCode(200);
        assertThat(assignments(plan, task).getList("items.dueDate")).containsExactly("2026-12-31");
    }

    @Test
    void shouldGiveAMonthTaskOfAMergedUnitToItsSuccessor() {
        String province = province();
        String commune = createId(UNITS, unit(unique("UBND xã Châu Thành"), "COMMUNE", province));
        var district = unit(unique("UBND huyện Châu Thành"), "DISTRICT", province);
        district.put("validTo", "2025-06-30");
        district.put("successorId", commune);
        String districtId = createId(UNITS, district);
        String plan = plan(province, 2025, 2025);

        String before = createId(TASKS, task(List.of(districtId), List.of(),
                Map.of("kind", "BY_MONTH", "year", 2025, "month", 6)), plan);
        api().when().get(TASK_ASSIGNMENTS, plan, before).then().statusCode(200)
                .body("items.unitId", contains(districtId))
                .body("items.dueDate", contains("2025-06-30"));

        String after = createId(TASKS, task(List.of(districtId), List.of(commune),
                Map.of("kind", "BY_MONTH", "year", 2025, "month", 9)), plan);
        api().when().get(TASK_ASSIGNMENTS, plan, after).then().statusCode(200)
                .body("items.unitId", contains(commune))
                .body("items.role", contains("LEAD"))
                .body("items.dueDate", contains("2025-09-30"));
    }

    @Test
    void shouldListOneTasksAssignmentsOfThePlanByPageUnderTheOtherFilters() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String tuPhap = department(province);
        String plan = plan(province, 2024, 2024);
        String first = createId(TASKS, task(List.of(noiVu), List.of(thanhTra, tuPhap), quarter(2024, 2)), plan);
        String second = createId(TASKS, task(List.of(thanhTra), List.of(), quarter(2024, 3)), plan);

        api().queryParam("taskId", first).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items.taskId", everyItem(equalTo(first)))
                .body("items[0].unitId", equalTo(noiVu));
        api().queryParam("taskId", second).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("items.unitId", contains(thanhTra));
        // paged: the second page of one a page holds the task's second assignment
        api().queryParam("taskId", first).queryParam("size", 1).queryParam("page", 1).when()
                .get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("items", hasSize(1))
                .body("items[0].taskId", equalTo(first)).body("items[0].role", equalTo("COORDINATING"));
        // with the unit and status filters of the progress figures
        api().queryParam("taskId", first).queryParam("unitId", thanhTra).when().get(PLAN_ASSIGNMENTS, plan).then()
                .statusCode(200).body("items.unitId", contains(thanhTra)).body("items.role", contains("COORDINATING"));
        api().queryParam("taskId", first).queryParam("status", "DONE").when().get(PLAN_ASSIGNMENTS, plan).then()
                .statusCode(200).body("totalItems", equalTo(0));
        // another plan's task, or no task at all, keeps nothing
        String other = plan(province, 2024, 2024);
        String elsewhere = createId(TASKS, task(List.of(noiVu), List.of(), quarter(2024, 2)), other);
        api().queryParam("taskId", elsewhere).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(0));
        api().queryParam("taskId", "khong-phai-ma").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldShowACallerOnlyTheAssignmentsOfUnitsInItsReach() {
        String provinceA = province();
        String noiVuA = department(provinceA);
        String tuPhapA = department(provinceA);
        String provinceB = province();
        String noiVuB = department(provinceB);
        String plan = plan(provinceA, 2024, 2024);
        String task = createId(TASKS, task(List.of(noiVuA, noiVuB), List.of(tuPhapA), quarter(2024, 1)), plan);

        api().when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200).body("totalItems", equalTo(3));

        String coordinatorA = accountOf(Role.COORDINATOR, tuPhapA);
        as(coordinatorA).when().get(TASK_ASSIGNMENTS, plan, task).then().statusCode(200)
                .body("items.unitId", containsInAnyOrder(noiVuA, tuPhapA));
        as(coordinatorA).queryParam("unitId", noiVuB).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(0));

        String reporter = reporterOf(noiVuA);
        as(reporter).when().get(TASK_ASSIGNMENTS, plan, task).then().statusCode(200)
                .body("items.unitId", contains(noiVuA)).body("totalItems", equalTo(1));
        as(reporter).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("items.unitId", contains(noiVuA));

        // B's coordinator does not see A's plan at all
        as(accountOf(Role.COORDINATOR, noiVuB)).when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(404);
    }

    @Test
    void shouldRefuseAQuarterWithoutItsYearOrADueDateThatIsNotItsEnd() {
        String province = province();
        String plan = plan(province, 2024, 2024);
        api().body(task(List.of(), List.of(), Map.of("kind", "BY_QUARTER", "quarter", 2))).when().post(TASKS, plan)
                .then().statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", contains("timeFrame.year"));
        api().body(task(List.of(), List.of(), Map.of("kind", "BY_MONTH", "year", 2024, "quarter", 2)))
                .when().post(TASKS, plan).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("timeFrame.month", "timeFrame.quarter"));
        api().body(task(List.of(), List.of(), Map.of("kind", "BY_QUARTER", "year", 2024, "quarter", 2,
                "dueDate", "2024-05-31"))).when().post(TASKS, plan).then().statusCode(400)
                .body("violations.field", contains("timeFrame.dueDate"));
        api().body(task(List.of(), List.of(), Map.of("kind", "WHOLE_PERIOD", "year", 2024))).when().post(TASKS, plan)
                .then().statusCode(400).body("violations.field", contains("timeFrame.year"));
        // a quarter or a month given by its last day alone
        api().body(task(List.of(), List.of(), Map.of("kind", "BY_QUARTER", "dueDate", "2024-06-30")))
                .when().post(TASKS, plan).then().statusCode(201)
                .body("timeFrame.year", equalTo(2024)).body("timeFrame.quarter", equalTo(2));
        api().body(task(List.of(), List.of(), Map.of("kind", "BY_MONTH", "dueDate", "2024-02-29")))
                .when().post(TASKS, plan).then().statusCode(201)
                .body("timeFrame.year", equalTo(2024)).body("timeFrame.month", equalTo(2));
        api().body(task(List.of(), List.of(), Map.of("kind", "BY_QUARTER", "dueDate", "2024-05-31")))
                .when().post(TASKS, plan).then().statusCode(400)
                .body("violations.field", contains("timeFrame.dueDate"));
        api().queryParam("role", "CHU_TRI").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(400)
                .body("violations.field", contains("role"));

        // a task read back (with its derived due date) is written back as it is
        String task = createId(TASKS, task(List.of(), List.of(), quarter(2024, 3)), plan);
        Map<String, Object> read = api().when().get(TASK, plan, task).then().statusCode(200).extract().path("timeFrame");
        assertThat(read).containsEntry("dueDate", "2024-09-30");
        api().header("If-Match", etag(TASK, plan, task)).body(task(List.of(), List.of(), read))
                .when().put(TASK, plan, task).then().statusCode(200).body("timeFrame.dueDate", equalTo("2024-09-30"));
    }
}
