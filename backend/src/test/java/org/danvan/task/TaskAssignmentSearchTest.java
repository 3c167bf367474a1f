package org.danvan.task;

import static org.danvan.common.Api.accountOf;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.plan.PlanFixtures.PLANS;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.planBody;
import static org.danvan.plan.PlanFixtures.province;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.danvan.plan.PlanFixtures;
import org.danvan.security.Role;
import org.junit.jupiter.api.Test;

/** A unit's tasks across plans (GET /task-assignments): reach, filters and order. */
@QuarkusTest
class TaskAssignmentSearchTest {

    static final String SEARCH = "/api/v1/task-assignments";

    /** Two plans of one province, two departments, five tasks; the ids worth naming. */
    record World(String province, String noiVu, String tuPhap, String early, String late, List<String> noiVuOrder,
            String doneTask) {

        /**
         * Plan "late" is made first (so its id sorts first) but issued 01/05/2024, after plan "early"
         * (01/04/2024). Sở Nội vụ's assignments, in the order expected (due date, nulls last; then the
         * plan issued first; then the plan's task order):
         * 31/03 late II.1 | 15/05 early II.1 | 15/05 early II.2 | 15/05 late II.2 | (none) early III.1
         */
        static World make() {
            String province = PlanFixtures.province();
            String noiVu = department(province);
            String tuPhap = department(province);
            String late = plan(province, "2024-05-01");
            String early = plan(province, "2024-04-01");
            String lateQ1 = createId(TASKS, task("II.1", Map.of("kind", "BY_QUARTER", "year", 2024, "quarter", 1),
                    List.of(noiVu), List.of()), late);
            String lateMay = createId(TASKS, task("II.2", Map.of("kind", "BY_DATE", "dueDate", "2024-05-15"),
                    List.of(noiVu), List.of(tuPhap)), late);
            String earlyMay = createId(TASKS, task("II.1", Map.of("kind", "BY_DATE", "dueDate", "2024-05-15"),
                    List.of(tuPhap), List.of(noiVu)), early);
            String earlyMay2 = createId(TASKS, task("II.2", Map.of("kind", "BY_DATE", "dueDate", "2024-05-15"),
                    List.of(noiVu), List.of()), early);
            String continuous = createId(TASKS, task("III.1", Map.of("kind", "CONTINUOUS", "text", "Thường xuyên"),
                    List.of(noiVu), List.of()), early);
            return new World(province, noiVu, tuPhap, early, late,
                    List.of(lateQ1, earlyMay, earlyMay2, lateMay, continuous), lateMay);
        }
    }

    private static String plan(String province, String issueDate) {
        var body = planBody(province, 2024, 2024);
        body.put("issueDate", issueDate);
        return createId(PLANS, body);
    }

    private static Map<String, Object> task(String ordinal, Map<String, Object> timeFrame, List<String> leads,
            List<String> coordinating) {
        var body = new HashMap<String, Object>();
        body.put("ordinal", ordinal);
        body.put("content", "Nhiệm vụ " + ordinal + ": tiếp công dân, đối thoại trực tiếp với Nhân dân");
        body.put("leadUnitIds", leads);
        body.put("coordinatingUnitIds", coordinating);
        body.put("timeFrame", timeFrame);
        return body;
    }

    @Test
    void shouldListAUnitsTasksAcrossPlansByDueDateThenPlanThenTaskOrder() {
        World w = World.make();
        String title = api().when().get(PLANS + "/{id}", w.early()).then().statusCode(200).extract().path("title");

        api().queryParam("unitId", w.noiVu()).when().get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.taskId", equalTo(w.noiVuOrder()))
                .body("items.dueDate", contains("2024-03-31", "2024-05-15", "2024-05-15", "2024-05-15", null))
                .body("items.planId", contains(w.late(), w.early(), w.early(), w.late(), w.early()))
                .body("items.role", contains("LEAD", "COORDINATING", "LEAD", "LEAD", "LEAD"))
                .body("items[1].planTitle", equalTo(title))
                .body("items[4].taskContent", equalTo("Nhiệm vụ III.1: tiếp công dân, đối thoại trực tiếp với Nhân dân"))
                .body("items.unitId", everyItem(equalTo(w.noiVu())));
        // paged: the second page of two goes on where the first stopped
        api().queryParam("unitId", w.noiVu()).queryParam("size", 2).queryParam("page", 1).when().get(SEARCH).then()
                .statusCode(200).body("totalItems", equalTo(5)).body("page", equalTo(1))
                .body("items.taskId", equalTo(w.noiVuOrder().subList(2, 4)));
    }

    @Test
    void shouldFilterByPlanRoleAndStatus() {
        World w = World.make();
        String reporter = reporterOf(w.noiVu());
        String mine = api().queryParam("unitId", w.noiVu()).queryParam("planId", w.late()).when()
                .get(SEARCH).then().statusCode(200).body("items.planId", everyItem(equalTo(w.late())))
                .body("totalItems", equalTo(2)).extract().path("items[1].id");
        as(reporter).header("If-Match", etag("/api/v1/task-assignments/{id}", mine))
                .body(Map.of("status", "IN_PROGRESS", "result", "Đang tổ chức tiếp công dân định kỳ."))
                .when().put("/api/v1/task-assignments/{id}", mine).then().statusCode(200);

        as(reporter).queryParam("status", "IN_PROGRESS").when().get(SEARCH).then().statusCode(200)
                .body("items.id", contains(mine)).body("items[0].taskId", equalTo(w.doneTask()));
        api().queryParam("unitId", w.noiVu()).queryParam("role", "COORDINATING").when().get(SEARCH).then()
                .statusCode(200).body("items.taskId", contains(w.noiVuOrder().get(1)));
        api().queryParam("unitId", w.tuPhap()).queryParam("planId", w.early()).queryParam("role", "LEAD")
                .when().get(SEARCH).then().statusCode(200).body("totalItems", equalTo(1));
        // an unknown or malformed id keeps nothing; a bad enum or page is a 400 naming the parameter
        api().queryParam("planId", "not-an-id").when().get(SEARCH).then().statusCode(200)
                .body("items", empty());
        api().queryParam("status", "FINISHED").when().get(SEARCH).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        api().queryParam("size", 0).when().get(SEARCH).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldShowEachCallerTheUnitsInItsReachOnly() {
        World w = World.make();
        // a reporter: its own unit's, with or without naming it; another unit of the province: nothing
        as(reporterOf(w.noiVu())).when().get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(5)).body("items.unitId", everyItem(equalTo(w.noiVu())));
        as(reporterOf(w.noiVu())).queryParam("unitId", w.tuPhap()).when().get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items", empty());
        as(reporterOf(w.tuPhap())).queryParam("planId", w.late()).when().get(SEARCH).then().statusCode(200)
                .body("items.taskId", contains(w.doneTask()));
        // the province's coordinator and leader: both units; another province's: none of them
        String coordinator = accountOf(Role.COORDINATOR, w.tuPhap());
        as(coordinator).queryParam("planId", w.early()).when().get(SEARCH).then().statusCode(200)
                .body("totalItems", equalTo(4));
        as(accountOf(Role.LEADER, w.noiVu())).queryParam("unitId", w.tuPhap()).when().get(SEARCH).then()
                .statusCode(200).body("totalItems", equalTo(2));
        String stranger = accountOf(Role.COORDINATOR, department(province()));
        as(stranger).queryParam("unitId", w.noiVu()).when().get(SEARCH).then().statusCode(200)
                .body("items", empty());
    }
}
