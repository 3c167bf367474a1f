package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.danvan.plan.PlanFixtures.plan;
import static org.danvan.plan.PlanFixtures.province;
import static org.danvan.plan.TaskFixtures.ASSIGNMENT;
import static org.danvan.plan.TaskFixtures.assignmentOf;
import static org.danvan.plan.TaskFixtures.byDate;
import static org.danvan.plan.TaskFixtures.continuous;
import static org.danvan.plan.TaskFixtures.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.danvan.common.ChangeEvents.AssignmentsChanged;
import org.danvan.common.ServiceClock;
import org.danvan.plan.TaskFixtures;
import org.danvan.report.ReportDtos.TaskProgress;
import org.danvan.report.ReportDtos.TaskProgressReport;
import org.danvan.report.ReportDtos.TaskProgressTotals;
import org.danvan.report.ReportDtos.TaskProgressUnit;
import org.danvan.report.ReportDtos.TaskStatusCounts;
import org.danvan.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The task figures: a worked example computed by hand, kept figures equal to a recount after a mix
 * of changes and after a rebuild, the caller's reach and the filters, and the units with no update
 * named. "Today" comes from the service's clock, replaced here by one the test sets.
 *
 * <p>The review endpoints are not on this branch yet: a review step is written to the columns
 * directly and {@link AssignmentsChanged} fired in the same transaction, as the service will do.
 */
@QuarkusTest
class TaskFiguresTest {

    static final String PROGRESS = "/api/v1/plans/{planId}/task-progress";

    @Inject
    EntityManager em;

    @Inject
    Event<AssignmentsChanged> assignmentsChanged;

    @Inject
    TaskFigureKeeper keeper;

    /** The service's clock, at the instant the test sets. */
    static class TestClock extends ServiceClock {
        volatile Instant now = Instant.now();

        @Override
        public Instant instant() {
            return now;
        }

        /** Noon in Vietnam on the day. */
        void today(String day) {
            now = LocalDate.parse(day).atTime(12, 0).atZone(VIETNAM).toInstant();
        }
    }

    private final TestClock clock = new TestClock();

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, ServiceClock.class);
    }

    // --- helpers ---

    /** The unit's progress, recorded by the coordinator on its behalf. */
    private static void update(String assignment, String status, String doneOn) {
        var body = TaskFixtures.update(status, "Đã triển khai theo kế hoạch.", doneOn,
                "NOT_DONE".equals(status) ? "Chưa bố trí được kinh phí." : null);
        api().header("If-Match", etag(ASSIGNMENT, assignment)).body(body).when().put(ASSIGNMENT, assignment).then()
                .statusCode(200);
    }

    /** A review step as the review endpoints will make it: the columns, then the event, in one transaction. */
    private void review(String assignment, String reviewStatus) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = UUID.fromString(assignment);
            em.createNativeQuery("update task_assignment set review_status = :s, review_reason = :r,"
                            + " reviewed_by = 'coordinator', reviewed_at = :at, version = version + 1 where id = :id")
                    .setParameter("s", reviewStatus)
                    .setParameter("r", "RETURNED".equals(reviewStatus) ? "Thiếu tài liệu minh chứng." : null)
                    .setParameter("at", clock.instant()).setParameter("id", id).executeUpdate();
            Object[] ids = (Object[]) em.createNativeQuery("select plan_id, task_id from task_assignment where id = :id")
                    .setParameter("id", id).getSingleResult();
            assignmentsChanged.fire(new AssignmentsChanged(FigureKeeper.toUuid(ids[0]), FigureKeeper.toUuid(ids[1])));
        });
    }

    private static TaskProgressReport progress(RequestSpecification as, String plan) {
        return ReportFixtures.read(as.when().get(PROGRESS, plan).then(), TaskProgressReport.class);
    }

    private static TaskProgress row(TaskProgressReport report, String taskId) {
        return report.tasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst().orElseThrow();
    }

    private void assertKeptEqualsRecount(String plan) {
        List<UUID> tasks = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from plan_task where plan_id = :p").setParameter("p", UUID.fromString(plan))
                .getResultList().stream().map(FigureKeeper::toUuid).toList());
        assertThat(tasks).isNotEmpty();
        for (UUID task : tasks) {
            TaskCounts kept = QuarkusTransaction.requiringNew().call(() -> keeper.kept(task));
            TaskCounts counted = QuarkusTransaction.requiringNew().call(() -> keeper.count(task));
            assertThat(kept).as("task " + task).isEqualTo(counted);
        }
    }

    // --- tests ---

    /**
     * A plan of 2024 with four tasks and six assignments. Today is 15/07/2024.
     *
     * <pre>
     * I.1 due 30/06, lead A, coordinating B   A: DONE 20/06, ACCEPTED        B: no update (NOT_STARTED)
     * I.2 due 31/05, lead C                   C: done 10/06 = DONE_LATE, ACCEPTED
     * I.3 due 30/06, lead A, coordinating D   A: DONE 25/06, RETURNED        D: IN_PROGRESS, AWAITING_REVIEW
     * I.4 continuous, coordinating B only     B: IN_PROGRESS, AWAITING_REVIEW
     * </pre>
     *
     * By hand:
     * <ul>
     * <li>I.1 decides by its lead A: DONE and ACCEPTED, so done, and on time. Not behind. B is the one
     * unit with no update; B is behind (due 30/06 &lt; 15/07, not done): 1 assignment behind.
     * <li>I.2: C is DONE_LATE and ACCEPTED: done, not on time. Not behind (done).
     * <li>I.3 decides by A, whose DONE was RETURNED: not done; due 30/06 &lt; 15/07, so behind
     * schedule. Assignments behind: D only (A's status is DONE): 1.
     * <li>I.4 names no lead: B decides, IN_PROGRESS: not done; no due date, so never behind.
     * </ul>
     * Totals: 4 tasks, 2 done (I.1, I.2), 1 on time (I.1), 1 behind (I.3); 6 assignments, 3 done
     * (A@I.1, C@I.2, A@I.3), 2 on time (the two DONE of A), 1 not updated (B@I.1), 2 awaiting review
     * (D@I.3, B@I.4), 2 behind (B@I.1, D@I.3). I.3 is listed first, then I.1, I.2, I.4.
     * On 30/06 itself nothing is behind yet: the due day is not before today.
     */
    @Test
    void shouldGiveTheFiguresOfTheWorkedExampleComputedByHand() {
        clock.today("2024-07-15");
        String province = province();
        String a = department(province);
        String b = department(province);
        String c = department(province);
        String d = department(province);
        String plan = plan(province, 2024, 2024);
        String t1 = createId(TASKS, task("I.1", List.of(a), List.of(b), byDate("2024-06-30")), plan);
        String t2 = createId(TASKS, task("I.2", List.of(c), List.of(), byDate("2024-05-31")), plan);
        String t3 = createId(TASKS, task("I.3", List.of(a), List.of(d), byDate("2024-06-30")), plan);
        String t4 = createId(TASKS, task("I.4", List.of(), List.of(b), continuous()), plan);

        String a1 = assignmentOf(plan, t1, a);
        update(a1, "DONE", "2024-06-20");
        review(a1, "ACCEPTED");
        String c2 = assignmentOf(plan, t2, c);
        update(c2, "DONE", "2024-06-10");
        review(c2, "ACCEPTED");
        String a3 = assignmentOf(plan, t3, a);
        update(a3, "DONE", "2024-06-25");
        review(a3, "RETURNED");
        update(assignmentOf(plan, t3, d), "IN_PROGRESS", null);
        update(assignmentOf(plan, t4, b), "IN_PROGRESS", null);

        TaskProgressReport report = progress(api(), plan);
        assertThat(report.asOf()).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(report.totals()).isEqualTo(new TaskProgressTotals(4, 2, 1, 1, 6, 3, 2, 1, 2, 2));
        assertThat(report.tasks()).extracting(TaskProgress::ordinal).containsExactly("I.3", "I.1", "I.2", "I.4");

        TaskProgress i1 = row(report, t1);
        assertThat(i1.dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(i1.byStatus()).isEqualTo(new TaskStatusCounts(1, 0, 1, 0, 0));
        assertThat(List.of(i1.decidingUnits(), i1.decidingDoneAccepted(), i1.decidingDoneOnTime(), i1.notUpdated(),
                i1.accepted(), i1.assignmentsBehindSchedule())).containsExactly(1L, 1L, 1L, 1L, 1L, 1L);
        assertThat(List.of(i1.done(), i1.doneOnTime(), i1.behindSchedule())).containsExactly(true, true, false);
        assertThat(i1.notUpdatedUnits()).extracting(TaskProgressUnit::unitId).containsExactly(b);

        TaskProgress i2 = row(report, t2);
        assertThat(i2.byStatus()).isEqualTo(new TaskStatusCounts(0, 0, 0, 1, 0));
        assertThat(List.of(i2.done(), i2.doneOnTime(), i2.behindSchedule())).containsExactly(true, false, false);

        TaskProgress i3 = row(report, t3);
        assertThat(List.of(i3.returned(), i3.awaitingReview(), i3.decidingDoneAccepted(), i3.assignmentsBehindSchedule()))
                .containsExactly(1L, 1L, 0L, 1L);
        assertThat(List.of(i3.done(), i3.doneOnTime(), i3.behindSchedule())).containsExactly(false, false, true);
        assertThat(i3.notUpdatedUnits()).isEmpty();

        TaskProgress i4 = row(report, t4);
        assertThat(i4.dueDate()).isNull();
        assertThat(i4.timeFrameKind()).isEqualTo(org.danvan.plan.TimeFrameKind.CONTINUOUS);
        assertThat(List.of(i4.decidingUnits(), i4.awaitingReview())).containsExactly(1L, 1L);
        assertThat(List.of(i4.done(), i4.doneOnTime(), i4.behindSchedule())).containsExactly(false, false, false);

        // on the due day itself nothing is behind yet, and the plan's order stands
        clock.today("2024-06-30");
        TaskProgressReport dueDay = progress(api(), plan);
        assertThat(dueDay.totals().tasksBehindSchedule()).isZero();
        assertThat(dueDay.totals().assignmentsBehindSchedule()).isZero();
        assertThat(dueDay.tasks()).extracting(TaskProgress::ordinal).containsExactly("I.1", "I.2", "I.3", "I.4");
        // the day after, I.3 is behind again
        clock.today("2024-07-01");
        assertThat(progress(api(), plan).tasks().get(0).ordinal()).isEqualTo("I.3");

        // a unit's filter counts its own rows: A leads I.1 and I.3, and decides both alone
        TaskProgressReport ofA = ReportFixtures.read(api().queryParam("unitId", a).when().get(PROGRESS, plan).then(),
                TaskProgressReport.class);
        assertThat(ofA.tasks()).extracting(TaskProgress::ordinal).containsExactly("I.3", "I.1");
        assertThat(ofA.totals()).isEqualTo(new TaskProgressTotals(2, 1, 1, 1, 2, 2, 2, 0, 0, 0));
        assertKeptEqualsRecount(plan);
    }

    @Test
    void shouldKeepTheFiguresEqualToARecountThroughAMixOfChangesAndARebuild() {
        clock.today("2024-09-01");
        String province = province();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(department(province));
        }
        String plan = plan(province, 2024, 2024);
        String t1 = createId(TASKS, task("1", List.of(units.get(0)), List.of(units.get(1), units.get(2)),
                byDate("2024-06-30")), plan);
        String t2 = createId(TASKS, task("2", List.of(), List.of(units.get(3), units.get(4)), continuous()), plan);
        String t3 = createId(TASKS, task("3", List.of(units.get(1)), List.of(), byDate("2024-12-31")), plan);
        assertKeptEqualsRecount(plan);

        // progress, review steps, a second update after a return, a not-done
        String lead1 = assignmentOf(plan, t1, units.get(0));
        update(lead1, "DONE", "2024-07-10");
        review(lead1, "RETURNED");
        update(lead1, "DONE", "2024-06-28");
        review(lead1, "ACCEPTED");
        update(assignmentOf(plan, t1, units.get(1)), "NOT_DONE", null);
        update(assignmentOf(plan, t2, units.get(3)), "DONE", "2024-08-01");
        review(assignmentOf(plan, t2, units.get(3)), "ACCEPTED");
        assertKeptEqualsRecount(plan);

        // the task moves earlier: the lead's DONE becomes DONE_LATE; a coordinating unit without progress is dropped
        var moved = task("1", List.of(units.get(0)), List.of(units.get(1)), byDate("2024-06-15"));
        api().header("If-Match", etag(TASK, plan, t1)).body(moved).when().put(TASK, plan, t1).then().statusCode(200);
        // a unit joins task 2
        var joined = task("2", List.of(), List.of(units.get(3), units.get(4), units.get(0)), continuous());
        api().header("If-Match", etag(TASK, plan, t2)).body(joined).when().put(TASK, plan, t2).then().statusCode(200);
        // task 3 goes
        api().header("If-Match", etag(TASK, plan, t3)).when().delete(TASK, plan, t3).then().statusCode(204);
        assertKeptEqualsRecount(plan);

        TaskProgress first = row(progress(api(), plan), t1);
        assertThat(first.byStatus()).isEqualTo(new TaskStatusCounts(0, 0, 0, 1, 1));
        assertThat(List.of(first.done(), first.doneOnTime(), first.behindSchedule())).containsExactly(true, false, false);
        assertThat(progress(api(), plan).tasks()).hasSize(2);

        // a figure gone wrong is put right by the rebuild
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update task_figure set assignments = 99, deciding_done_accepted = 0 where task_id = :t")
                .setParameter("t", UUID.fromString(t1)).executeUpdate());
        assertThat(row(progress(api(), plan), t1).assignments()).isEqualTo(99);
        ReportDtos.RebuildResult rebuilt = ReportFixtures.rebuild();
        assertThat(rebuilt.tasks()).isGreaterThanOrEqualTo(2);
        assertKeptEqualsRecount(plan);
        assertThat(row(progress(api(), plan), t1).assignments()).isEqualTo(2);
    }

    @Test
    void shouldCountOnlyTheReachedRowsAndRefuseAPlanTheCallerDoesNotSee() {
        clock.today("2024-07-15");
        String provinceA = province();
        String noiVuA = department(provinceA);
        String tuPhapA = department(provinceA);
        String provinceB = province();
        String noiVuB = department(provinceB);
        String plan = plan(provinceA, 2024, 2024);
        String t = createId(TASKS, task("II.1", List.of(noiVuA, noiVuB), List.of(tuPhapA), byDate("2024-06-30")), plan);
        update(assignmentOf(plan, t, noiVuB), "IN_PROGRESS", null);

        // the national coordinator: every row, from the kept figures
        TaskProgress all = progress(api(), plan).tasks().get(0);
        assertThat(List.of(all.assignments(), all.notUpdated(), all.decidingUnits())).containsExactly(3L, 2L, 2L);
        // A's coordinator: A's units only, counted from the rows
        TaskProgress ofA = progress(as(accountOf(Role.COORDINATOR, tuPhapA)), plan).tasks().get(0);
        assertThat(List.of(ofA.assignments(), ofA.notUpdated(), ofA.decidingUnits())).containsExactly(2L, 2L, 1L);
        assertThat(ofA.notUpdatedUnits()).extracting(TaskProgressUnit::unitId).containsExactly(noiVuA, tuPhapA);
        assertThat(ofA.behindSchedule()).isTrue();
        // a reporter: its own unit's row; B's coordinator and leader do not see A's plan
        TaskProgressReport reporter = progress(as(reporterOf(tuPhapA)), plan);
        assertThat(reporter.totals().assignments()).isEqualTo(1);
        assertThat(reporter.tasks().get(0).notUpdatedUnits()).extracting(TaskProgressUnit::unitId)
                .containsExactly(tuPhapA);
        as(accountOf(Role.COORDINATOR, noiVuB)).when().get(PROGRESS, plan).then().statusCode(404);
        as(accountOf(Role.LEADER, noiVuB)).when().get(PROGRESS, plan).then().statusCode(404);
        api().when().get(PROGRESS, UUID.randomUUID().toString()).then().statusCode(404);

        // filters: by status keeps the task with the rows it finds; none found, no task
        TaskProgressReport inProgress = ReportFixtures.read(api().queryParam("status", "IN_PROGRESS").when()
                .get(PROGRESS, plan).then(), TaskProgressReport.class);
        assertThat(inProgress.totals().assignments()).isEqualTo(1);
        assertThat(ReportFixtures.read(api().queryParam("status", "NOT_DONE").when().get(PROGRESS, plan).then(),
                TaskProgressReport.class).tasks()).isEmpty();
        api().queryParam("status", "FINISHED").when().get(PROGRESS, plan).then().statusCode(400);
    }

    @Test
    void shouldNameTheFirstTwentyUnitsWithNoUpdateLeadsFirstAndCountThemAll() {
        clock.today("2024-07-15");
        String province = province();
        String lead = department(province);
        List<String> coordinating = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            coordinating.add(department(province));
        }
        // a unit of another province takes part too (it has updated), so the province's coordinator
        // reaches part of the plan: its figures are counted from its rows, the units named by another query
        String outside = department(province());
        coordinating.add(outside);
        String plan = plan(province, 2024, 2024);
        String t = createId(TASKS, task("III.2", List.of(lead), coordinating, byDate("2024-12-31")), plan);
        update(assignmentOf(plan, t, coordinating.get(0)), "IN_PROGRESS", null);
        update(assignmentOf(plan, t, outside), "IN_PROGRESS", null);

        TaskProgress row = progress(api(), plan).tasks().get(0);
        assertThat(row.assignments()).isEqualTo(26);
        assertThat(row.notUpdated()).isEqualTo(24);
        assertThat(row.notUpdatedUnits()).hasSize(20);
        assertThat(row.notUpdatedUnits().get(0).unitId()).isEqualTo(lead);
        assertThat(row.notUpdatedUnits()).extracting(TaskProgressUnit::unitId)
                .doesNotContain(coordinating.get(0), outside);
        assertThat(row.behindSchedule()).isFalse();
        // the same 24 units with no update, so the same 20 named in the same order, whichever way read:
        // the province's coordinator (its rows), a status filter (the rows kept), the national read (kept)
        TaskProgress ofProvince = progress(as(accountOf(Role.COORDINATOR, lead)), plan).tasks().get(0);
        assertThat(List.of(ofProvince.assignments(), ofProvince.notUpdated())).containsExactly(25L, 24L);
        assertThat(ofProvince.notUpdatedUnits()).isEqualTo(row.notUpdatedUnits());
        TaskProgress notStarted = ReportFixtures.read(api().queryParam("status", "NOT_STARTED").when()
                .get(PROGRESS, plan).then(), TaskProgressReport.class).tasks().get(0);
        assertThat(notStarted.notUpdatedUnits()).isEqualTo(row.notUpdatedUnits());
        // a unit filter names that unit alone, the province's coordinator reading it too
        TaskProgress ofLead = ReportFixtures.read(as(accountOf(Role.COORDINATOR, lead)).queryParam("unitId", lead)
                .when().get(PROGRESS, plan).then(), TaskProgressReport.class).tasks().get(0);
        assertThat(ofLead.notUpdatedUnits()).extracting(TaskProgressUnit::unitId).containsExactly(lead);
        admin().when().get(PROGRESS, plan).then().statusCode(200);
    }
}
