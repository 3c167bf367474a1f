package org.danvan.task;

import static org.danvan.common.Api.accountOf;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.etag;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.plan.PlanFixtures.TASK;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.issueAndClose;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.TaskFixtures.ASSIGNMENT;
import static org.danvan.plan.TaskFixtures.HISTORY;
import static org.danvan.plan.TaskFixtures.assignmentOf;
import static org.danvan.plan.TaskFixtures.coordinatedTask;
import static org.danvan.plan.TaskFixtures.identifiedWorld;
import static org.danvan.plan.TaskFixtures.task;
import static org.danvan.plan.TaskFixtures.update;
import static org.danvan.plan.TaskFixtures.world;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.danvan.plan.TaskFixtures.CoordinatedTask;
import org.danvan.plan.TaskFixtures.World;
import org.danvan.security.Role;
import org.junit.jupiter.api.Test;

/** The units record their progress on their task assignments: rules, history, reach and the task's changes. */
@QuarkusTest
class TaskProgressResourceTest {


    @Test
    void shouldKeepAReportersProgressInOrderAndDecideDoneOrDoneLateByTheDueDate() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String plan = plan(province, 2024, 2024);
        String task = createId(TASKS, task(List.of(noiVu), List.of(thanhTra)), plan);
        String mine = assignmentOf(plan, task, noiVu);
        String reporter = reporterOf(noiVu);

        as(reporter).header("If-Match", etag(ASSIGNMENT, mine))
                .body(update("IN_PROGRESS", "Đã xây dựng lịch tiếp công dân định kỳ năm 2024.", null, null))
                .when().put(ASSIGNMENT, mine).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("updatedBy", equalTo(reporter))
                .body("version", equalTo(1));
        as(reporter).header("If-Match", "\"1\"")
                .body(update("DONE", "Đã tổ chức 12 buổi tiếp công dân định kỳ, tiếp 145 lượt công dân.", "2024-06-20",
                        null))
                .when().put(ASSIGNMENT, mine).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("status", equalTo("DONE")).body("doneOn", equalTo("2024-06-20"))
                .body("notDoneReason", nullValue());

        as(reporter).when().get(HISTORY, mine).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.fromStatus", contains("NOT_STARTED", "IN_PROGRESS"))
                .body("items.toStatus", contains("IN_PROGRESS", "DONE"))
                .body("items[1].doneOn", equalTo("2024-06-20"))
                .body("items.actor", contains(reporter, reporter));
        admin().queryParam("entityId", mine).when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("TRANSITION"));

        // the coordinating unit finished after the due date: DONE is stored DONE_LATE, and back
        String theirs = assignmentOf(plan, task, thanhTra);
        api().header("If-Match", etag(ASSIGNMENT, theirs)).body(update("DONE", "Đã phối hợp.", "2024-07-15", null))
                .when().put(ASSIGNMENT, theirs).then().statusCode(200).body("status", equalTo("DONE_LATE"));
        api().header("If-Match", etag(ASSIGNMENT, theirs)).body(update("DONE_LATE", "Đã phối hợp.", "2024-06-30", null))
                .when().put(ASSIGNMENT, theirs).then().statusCode(200).body("status", equalTo("DONE"));

        // the task moved to the first quarter (due 31/03/2024): both units finished after it, so both are late
        var earlier = task(List.of(noiVu), List.of(thanhTra));
        earlier.put("timeFrame", Map.of("kind", "BY_QUARTER", "year", 2024, "quarter", 1));
        api().header("If-Match", etag(TASK, plan, task)).body(earlier).when().put(TASK, plan, task).then()
                .statusCode(200);
        api().when().get(ASSIGNMENT, mine).then().statusCode(200)
                .body("dueDate", equalTo("2024-03-31")).body("status", equalTo("DONE_LATE"));
        api().when().get(ASSIGNMENT, theirs).then().statusCode(200).body("status", equalTo("DONE_LATE"));
    }

    @Test
    void shouldRefuseEachBadUpdateNamingTheFieldAndStoreNothing() {
        World w = world();
        String id = w.assignment();
        String reporter = w.reporter();

        List<Map.Entry<Map<String, Object>, String>> bad = List.of(
                Map.entry(update("DONE", "Đã tổ chức hội nghị.", null, null), "doneOn"),
                Map.entry(update("DONE_LATE", null, null, null), "doneOn"),
                Map.entry(update("DONE", null, "2099-01-01", null), "doneOn"),
                Map.entry(update("NOT_DONE", null, null, "  "), "notDoneReason"),
                Map.entry(update("NOT_STARTED", null, "2024-05-01", null), "doneOn"),
                Map.entry(update(null, "Đang thực hiện.", null, null), "status"));
        for (var entry : bad) {
            as(reporter).header("If-Match", "\"0\"").body(entry.getKey()).when().put(ASSIGNMENT, id).then()
                    .statusCode(400).body("violations.field", contains(entry.getValue()));
        }
        as(reporter).header("If-Match", "\"0\"")
                .body(update("IN_PROGRESS", "x".repeat(20001), null, null)).when().put(ASSIGNMENT, id).then()
                .statusCode(400).body("violations.field", contains("result"));
        as(reporter).when().get(ASSIGNMENT, id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("NOT_STARTED")).body("result", nullValue()).body("doneOn", nullValue());
        as(reporter).when().get(HISTORY, id).then().statusCode(200).body("totalItems", equalTo(0));

        // no If-Match, a stale one
        as(reporter).body(update("IN_PROGRESS", null, null, null)).when().put(ASSIGNMENT, id).then().statusCode(428);
        as(reporter).header("If-Match", "\"7\"").body(update("IN_PROGRESS", null, null, null))
                .when().put(ASSIGNMENT, id).then().statusCode(412).body("type", equalTo("/problems/stale-version"));

        // NOT_DONE with its reason is fine
        as(reporter).header("If-Match", "\"0\"")
                .body(update("NOT_DONE", null, null, "Chưa bố trí được kinh phí tổ chức hội nghị đối thoại."))
                .when().put(ASSIGNMENT, id).then().statusCode(200).body("status", equalTo("NOT_DONE"))
                .body("notDoneReason", equalTo("Chưa bố trí được kinh phí tổ chức hội nghị đối thoại."));
    }

    @Test
    void shouldLetOnlyTheUnitAndCoordinatorsInReachRecordProgress() {
        String provinceA = province();
        String noiVuA = department(provinceA);
        String tuPhapA = department(provinceA);
        String provinceB = province();
        String noiVuB = department(provinceB);
        String plan = plan(provinceA, 2024, 2024);
        String task = createId(TASKS, task(List.of(noiVuA, noiVuB), List.of(tuPhapA)), plan);
        String id = assignmentOf(plan, task, noiVuA);
        String idB = assignmentOf(plan, task, noiVuB);
        var body = update("IN_PROGRESS", "Đang triển khai.", null, null);

        // another unit's reporter does not see it at all, as with submissions
        as(reporterOf(tuPhapA)).when().get(ASSIGNMENT, id).then().statusCode(404);
        as(reporterOf(tuPhapA)).header("If-Match", "\"0\"").body(body).when().put(ASSIGNMENT, id).then()
                .statusCode(404);
        // a leader reads only
        String leader = accountOf(Role.LEADER, noiVuA);
        as(leader).when().get(ASSIGNMENT, id).then().statusCode(200);
        as(leader).header("If-Match", "\"0\"").body(body).when().put(ASSIGNMENT, id).then().statusCode(403);
        // A's coordinator records on behalf of A's unit, not on B's
        String coordinatorA = accountOf(Role.COORDINATOR, tuPhapA);
        as(coordinatorA).header("If-Match", "\"0\"").body(body).when().put(ASSIGNMENT, idB).then().statusCode(404);
        as(coordinatorA).header("If-Match", "\"0\"").body(body).when().put(ASSIGNMENT, id).then().statusCode(200)
                .body("updatedBy", equalTo(coordinatorA));
        as(reporterOf(noiVuB)).when().get(ASSIGNMENT, idB).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseProgressOnAClosedPlan() {
        World w = identifiedWorld();
        issueAndClose(w.plan());

        as(w.reporter()).header("If-Match", "\"0\"").body(update("IN_PROGRESS", null, null, null))
                .when().put(ASSIGNMENT, w.assignment()).then().statusCode(409)
                .body("type", equalTo("/problems/plan-closed"));
    }

    @Test
    void shouldRefuseDroppingAUnitThatRecordedProgressFromItsTask() {
        CoordinatedTask t = coordinatedTask();
        String plan = t.plan();
        String task = t.task();
        String id = t.assignment();
        api().header("If-Match", "\"0\"").body(update("IN_PROGRESS", "Đang phối hợp.", null, null))
                .when().put(ASSIGNMENT, id).then().statusCode(200);
        String taskTag = etag(TASK, plan, task);

        api().header("If-Match", taskTag).body(task(List.of(t.lead()), List.of())).when().put(TASK, plan, task).then()
                .statusCode(409).body("type", equalTo("/problems/task-assignment-has-progress"))
                .body("detail", containsString("Sở"));
        api().when().get(TASK, plan, task).then().statusCode(200).header("ETag", equalTo(taskTag))
                .body("coordinatingUnitIds", contains(t.coordinating()));
        api().header("If-Match", taskTag).when().delete(TASK, plan, task).then().statusCode(409)
                .body("type", equalTo("/problems/task-assignment-has-progress"));
        api().when().get(ASSIGNMENT, id).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        // a unit without progress still leaves freely
        String tuPhap = department(t.province());
        api().header("If-Match", taskTag).body(task(List.of(tuPhap), List.of(t.coordinating()))).when()
                .put(TASK, plan, task).then().statusCode(200);
        api().when().get(ASSIGNMENT, id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseDroppingAUnitThatWroteAResultWithoutMovingItsStatus() {
        CoordinatedTask t = coordinatedTask();
        String plan = t.plan();
        String task = t.task();
        String id = t.assignment();
        api().header("If-Match", "\"0\"").body(update("NOT_STARTED", "Đã cử cán bộ đầu mối phối hợp.", null, null))
                .when().put(ASSIGNMENT, id).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
        String taskTag = etag(TASK, plan, task);

        api().header("If-Match", taskTag).body(task(List.of(t.lead()), List.of())).when().put(TASK, plan, task).then()
                .statusCode(409).body("type", equalTo("/problems/task-assignment-has-progress"));
        api().header("If-Match", taskTag).when().delete(TASK, plan, task).then().statusCode(409)
                .body("type", equalTo("/problems/task-assignment-has-progress"));

        // the result taken back (status and result as before any update): the unit leaves freely
        api().header("If-Match", "\"1\"").body(update("NOT_STARTED", null, null, null)).when().put(ASSIGNMENT, id)
                .then().statusCode(200);
        api().header("If-Match", taskTag).body(task(List.of(t.lead()), List.of())).when().put(TASK, plan, task).then()
                .statusCode(200);
        api().header("If-Match", etag(TASK, plan, task)).when().delete(TASK, plan, task).then().statusCode(204);
    }
}
