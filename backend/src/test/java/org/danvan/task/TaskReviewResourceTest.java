package org.danvan.task;

import static org.danvan.common.Api.accountOf;
import static org.danvan.common.Api.admin;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.as;
import static org.danvan.common.Api.createId;
import static org.danvan.common.Api.reporterOf;
import static org.danvan.plan.PlanFixtures.TASKS;
import static org.danvan.plan.PlanFixtures.department;
import static org.danvan.plan.PlanFixtures.issueAndClose;
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.TaskFixtures.ASSIGNMENT;
import static org.danvan.plan.TaskFixtures.HISTORY;
import static org.danvan.plan.TaskFixtures.PLAN_ASSIGNMENTS;
import static org.danvan.plan.TaskFixtures.assignmentOf;
import static org.danvan.plan.TaskFixtures.identifiedWorld;
import static org.danvan.plan.TaskFixtures.task;
import static org.danvan.plan.TaskFixtures.world;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.danvan.common.TestAccounts;
import org.danvan.plan.TaskFixtures.World;
import org.danvan.security.Role;
import org.junit.jupiter.api.Test;

/**
 * A coordinator returns a unit's task update with a reason or accepts it, as with submissions: the
 * state rules, If-Match, who may, the history and the audit trail, and the unit's next update.
 */
@QuarkusTest
class TaskReviewResourceTest {

    static final String RETURN = ASSIGNMENT + "/return";
    static final String ACCEPT = ASSIGNMENT + "/accept";

    private static final String COORDINATOR = TestAccounts.COORDINATOR;
    private static final String REASON = "Đề nghị bổ sung số liệu số lượt tiếp công dân theo từng quý.";

    private static Map<String, Object> done(String result) {
        return Map.of("status", "DONE", "result", result, "doneOn", "2024-06-20");
    }

    private static String tag(String assignment) {
        return api().when().get(ASSIGNMENT, assignment).then().statusCode(200).extract().header("ETag");
    }

    /** The unit's reporter records its update; the assignment then awaits review. */
    private static void update(String reporter, String assignment, Map<String, Object> body) {
        as(reporter).header("If-Match", tag(assignment)).body(body).when().put(ASSIGNMENT, assignment).then()
                .statusCode(200).body("reviewStatus", equalTo("AWAITING_REVIEW"));
    }

    private static RequestSpecification reviewer(String assignment) {
        return api().header("If-Match", tag(assignment));
    }

    @Test
    void shouldReturnAnUpdateWithItsReasonKeepTheProgressAndRecordItInTheHistory() {
        World w = world();
        update(w.reporter(), w.assignment(), done("Đã tổ chức 12 buổi tiếp công dân định kỳ."));

        reviewer(w.assignment()).body(Map.of("reason", "  " + REASON + " ")).when().post(RETURN, w.assignment())
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("reviewStatus", equalTo("RETURNED")).body("reviewReason", equalTo(REASON))
                .body("reviewedBy", equalTo(COORDINATOR)).body("reviewedAt", notNullValue())
                .body("status", equalTo("DONE")).body("doneOn", equalTo("2024-06-20"))
                .body("result", equalTo("Đã tổ chức 12 buổi tiếp công dân định kỳ."))
                .body("updatedBy", equalTo(w.reporter()));

        // the unit sees why, in the assignment and its history
        as(w.reporter()).when().get(ASSIGNMENT, w.assignment()).then().statusCode(200)
                .body("reviewStatus", equalTo("RETURNED")).body("reviewReason", equalTo(REASON));
        as(w.reporter()).when().get(HISTORY, w.assignment()).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.kind", contains("UPDATE", "RETURN"))
                .body("items[1].fromStatus", equalTo("DONE")).body("items[1].toStatus", equalTo("DONE"))
                .body("items[1].reason", equalTo(REASON)).body("items[1].actor", equalTo(COORDINATOR))
                .body("items[1].result", nullValue());
        // the audit trail has the step as a move, as a submission's return
        admin().queryParam("entityId", w.assignment()).queryParam("size", 50).when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.findAll { it.changes.reviewStatus?.after == 'RETURNED' }.action", contains("TRANSITION"))
                .body("items.findAll { it.changes.reviewStatus?.after == 'RETURNED' }.actor", contains(COORDINATOR))
                .body("items.findAll { it.changes.reviewStatus?.after == 'RETURNED' }[0].changes.reviewReason.after",
                        equalTo(REASON));
    }

    @Test
    void shouldRefuseAReturnWithoutAReasonNamingTheField() {
        World w = world();
        update(w.reporter(), w.assignment(), done("Đã tổ chức hội nghị đối thoại."));
        String tag = tag(w.assignment());

        api().header("If-Match", tag).body(Map.of()).when().post(RETURN, w.assignment()).then().statusCode(400)
                .body("type", equalTo("/problems/validation")).body("violations.field", contains("reason"));
        api().header("If-Match", tag).body(Map.of("reason", "   ")).when().post(RETURN, w.assignment()).then()
                .statusCode(400).body("violations.field", contains("reason"));
        api().header("If-Match", tag).body(Map.of("reason", "x".repeat(2001))).when().post(RETURN, w.assignment())
                .then().statusCode(400).body("violations.field", contains("reason"));
        api().header("If-Match", tag).when().post(RETURN, w.assignment()).then().statusCode(400)
                .body("violations.field", contains("reason"));
        api().when().get(ASSIGNMENT, w.assignment()).then().statusCode(200).header("ETag", equalTo(tag))
                .body("reviewStatus", equalTo("AWAITING_REVIEW"));
        api().when().get(HISTORY, w.assignment()).then().body("items.kind", contains("UPDATE"));
    }

    @Test
    void shouldAcceptAnUpdateOnceAndRefuseEveryStepNotFromAwaitingReview() {
        World w = world();
        // nothing to review before the unit's first update
        reviewer(w.assignment()).when().post(ACCEPT, w.assignment()).then().statusCode(409)
                .body("type", equalTo("/problems/task-update-missing"));
        reviewer(w.assignment()).body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then()
                .statusCode(409).body("type", equalTo("/problems/task-update-missing"));

        update(w.reporter(), w.assignment(), done("Đã tổ chức 12 buổi tiếp công dân định kỳ."));
        reviewer(w.assignment()).body(Map.of("reason", "Kết quả thực hiện đầy đủ.")).when().post(ACCEPT, w.assignment())
                .then().statusCode(200).body("reviewStatus", equalTo("ACCEPTED"))
                .body("reviewReason", equalTo("Kết quả thực hiện đầy đủ.")).body("reviewedBy", equalTo(COORDINATOR))
                .body("status", equalTo("DONE"));

        // accepted: neither accepted again nor returned
        reviewer(w.assignment()).when().post(ACCEPT, w.assignment()).then().statusCode(409)
                .body("type", equalTo("/problems/task-update-accepted"));
        reviewer(w.assignment()).body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then()
                .statusCode(409).body("type", equalTo("/problems/task-update-accepted"));
        api().when().get(HISTORY, w.assignment()).then().body("items.kind", contains("UPDATE", "ACCEPT"))
                .body("items[1].reason", equalTo("Kết quả thực hiện đầy đủ."));

        // returned: not reviewed again until the unit updates
        World v = world();
        update(v.reporter(), v.assignment(), done("Đã phối hợp tổ chức tiếp công dân."));
        reviewer(v.assignment()).body(Map.of("reason", REASON)).when().post(RETURN, v.assignment()).then()
                .statusCode(200);
        reviewer(v.assignment()).when().post(ACCEPT, v.assignment()).then().statusCode(409)
                .body("type", equalTo("/problems/task-update-returned"));
    }

    @Test
    void shouldNeedACurrentIfMatch() {
        World w = world();
        update(w.reporter(), w.assignment(), done("Đã tổ chức hội nghị đối thoại."));

        api().when().post(ACCEPT, w.assignment()).then().statusCode(428)
                .body("type", equalTo("/problems/precondition-required"));
        api().body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then().statusCode(428);
        api().header("If-Match", "\"0\"").when().post(ACCEPT, w.assignment()).then().statusCode(412)
                .body("type", equalTo("/problems/stale-version"));
        api().header("If-Match", "\"0\"").body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then()
                .statusCode(412).body("type", equalTo("/problems/stale-version"));
        api().when().get(ASSIGNMENT, w.assignment()).then().body("reviewStatus", equalTo("AWAITING_REVIEW"));
    }

    @Test
    void shouldLetOnlyCoordinatorsInReachReview() {
        World w = world();
        update(w.reporter(), w.assignment(), done("Đã tổ chức hội nghị đối thoại."));
        String tag = tag(w.assignment());

        // the unit's own reporter, a leader and the admin do not review, as with submissions
        as(w.reporter()).header("If-Match", tag).when().post(ACCEPT, w.assignment()).then().statusCode(403)
                .body("type", equalTo("/problems/forbidden"));
        as(w.reporter()).header("If-Match", tag).body(Map.of("reason", REASON)).when().post(RETURN, w.assignment())
                .then().statusCode(403);
        as(accountOf(Role.LEADER, w.unit())).header("If-Match", tag).when().post(ACCEPT, w.assignment()).then()
                .statusCode(403);
        admin().header("If-Match", tag).when().post(ACCEPT, w.assignment()).then().statusCode(403);
        // another province's coordinator does not see it
        String other = accountOf(Role.COORDINATOR, department(province()));
        as(other).header("If-Match", tag).when().post(ACCEPT, w.assignment()).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        as(other).header("If-Match", tag).body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then()
                .statusCode(404);
        api().when().get(ASSIGNMENT, w.assignment()).then().header("ETag", equalTo(tag));
        // the province's own coordinator does
        String own = accountOf(Role.COORDINATOR, department(w.province()));
        as(own).header("If-Match", tag).when().post(ACCEPT, w.assignment()).then().statusCode(200)
                .body("reviewStatus", equalTo("ACCEPTED")).body("reviewedBy", equalTo(own));
    }

    @Test
    void shouldRefuseReviewOnAClosedPlan() {
        World w = identifiedWorld();
        String assignment = w.assignment();
        update(w.reporter(), assignment, done("Đã tổ chức hội nghị đối thoại."));
        issueAndClose(w.plan());

        reviewer(assignment).when().post(ACCEPT, assignment).then().statusCode(409)
                .body("type", equalTo("/problems/plan-closed"));
        reviewer(assignment).body(Map.of("reason", REASON)).when().post(RETURN, assignment).then().statusCode(409)
                .body("type", equalTo("/problems/plan-closed"));
        api().when().get(ASSIGNMENT, assignment).then().body("reviewStatus", equalTo("AWAITING_REVIEW"));
    }

    @Test
    void shouldSendTheUnitsNextUpdateBackForReviewAfterAReturnOrAnAcceptance() {
        World w = world();
        update(w.reporter(), w.assignment(), done("Đã tổ chức 12 buổi tiếp công dân định kỳ."));
        reviewer(w.assignment()).body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then()
                .statusCode(200);

        // the unit corrects it: it awaits review again, the return's reason and reviewer cleared (kept in the history)
        as(w.reporter()).header("If-Match", tag(w.assignment()))
                .body(done("Đã tổ chức 12 buổi tiếp công dân, tiếp 145 lượt công dân (Quý I 70 lượt, Quý II 75 lượt)."))
                .when().put(ASSIGNMENT, w.assignment()).then().statusCode(200)
                .body("reviewStatus", equalTo("AWAITING_REVIEW")).body("reviewReason", nullValue())
                .body("reviewedBy", nullValue()).body("reviewedAt", nullValue());
        reviewer(w.assignment()).when().post(ACCEPT, w.assignment()).then().statusCode(200)
                .body("reviewStatus", equalTo("ACCEPTED"));

        // accepted, the same update again changes nothing; a correction awaits review again
        var same = done("Đã tổ chức 12 buổi tiếp công dân, tiếp 145 lượt công dân (Quý I 70 lượt, Quý II 75 lượt).");
        String accepted = tag(w.assignment());
        as(w.reporter()).header("If-Match", accepted).body(same).when().put(ASSIGNMENT, w.assignment()).then()
                .statusCode(200).header("ETag", equalTo(accepted)).body("reviewStatus", equalTo("ACCEPTED"));
        as(w.reporter()).header("If-Match", accepted).body(done("Đã tổ chức 13 buổi tiếp công dân định kỳ."))
                .when().put(ASSIGNMENT, w.assignment()).then().statusCode(200)
                .body("reviewStatus", equalTo("AWAITING_REVIEW"));
        api().when().get(HISTORY, w.assignment()).then()
                .body("items.kind", contains("UPDATE", "RETURN", "UPDATE", "ACCEPT", "UPDATE"))
                .body("items.actor", contains(w.reporter(), COORDINATOR, w.reporter(), COORDINATOR, w.reporter()));

        // returned, the same update sent again goes back for review as it stands
        reviewer(w.assignment()).body(Map.of("reason", REASON)).when().post(RETURN, w.assignment()).then()
                .statusCode(200);
        as(w.reporter()).header("If-Match", tag(w.assignment())).body(done("Đã tổ chức 13 buổi tiếp công dân định kỳ."))
                .when().put(ASSIGNMENT, w.assignment()).then().statusCode(200)
                .body("reviewStatus", equalTo("AWAITING_REVIEW"));
        api().when().get(HISTORY, w.assignment()).then().body("totalItems", equalTo(7))
                .body("items[6].kind", equalTo("UPDATE"))
                .body("items[6].fromStatus", equalTo("DONE")).body("items[6].toStatus", equalTo("DONE"));
    }

    @Test
    void shouldListAPlansUpdatesByReviewStatus() {
        String province = province();
        String noiVu = department(province);
        String thanhTra = department(province);
        String tuPhap = department(province);
        String plan = plan(province, 2024, 2024);
        String task = createId(TASKS, task("II.3", List.of(noiVu), List.of(thanhTra, tuPhap)), plan);
        String awaiting = assignmentOf(plan, task, noiVu);
        String returned = assignmentOf(plan, task, thanhTra);
        String untouched = assignmentOf(plan, task, tuPhap);
        String accepted = assignmentOf(plan, createId(TASKS, task("II.4", List.of(noiVu), List.of()), plan), noiVu);
        update(reporterOf(noiVu), awaiting, done("Đã tổ chức hội nghị đối thoại."));
        update(reporterOf(thanhTra), returned, Map.of("status", "IN_PROGRESS", "result", "Đang phối hợp."));
        update(reporterOf(noiVu), accepted, done("Đã tổ chức 12 buổi tiếp công dân định kỳ."));
        reviewer(returned).body(Map.of("reason", REASON)).when().post(RETURN, returned).then().statusCode(200);
        reviewer(accepted).when().post(ACCEPT, accepted).then().statusCode(200);

        api().queryParam("reviewStatus", "AWAITING_REVIEW").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", contains(awaiting))
                .body("items.reviewStatus", everyItem(equalTo("AWAITING_REVIEW")));
        api().queryParam("reviewStatus", "RETURNED").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("items.id", contains(returned)).body("items[0].reviewReason", equalTo(REASON));
        api().queryParam("reviewStatus", "ACCEPTED").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200)
                .body("items.id", contains(accepted));
        // with the other filters, and without: the untouched assignment is listed, with no review status
        api().queryParam("reviewStatus", "AWAITING_REVIEW").queryParam("unitId", thanhTra).when()
                .get(PLAN_ASSIGNMENTS, plan).then().statusCode(200).body("totalItems", equalTo(0));
        api().when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.id", containsInAnyOrder(awaiting, returned, untouched, accepted))
                .body("items.find { it.id == '" + untouched + "' }.reviewStatus", nullValue());
        // a reporter lists its own unit's only
        as(reporterOf(noiVu)).queryParam("reviewStatus", "ACCEPTED").when().get(PLAN_ASSIGNMENTS, plan).then()
                .statusCode(200).body("items.id", contains(accepted));
        as(reporterOf(tuPhap)).queryParam("reviewStatus", "RETURNED").when().get(PLAN_ASSIGNMENTS, plan).then()
                .statusCode(200).body("totalItems", equalTo(0));
        api().queryParam("reviewStatus", "PENDING").when().get(PLAN_ASSIGNMENTS, plan).then().statusCode(400)
                .body("violations.field", hasItem("reviewStatus"));
    }
}
