package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.danvan.common.ServiceClock;
import org.danvan.report.TaskCounts.Group;
import org.danvan.submission.Deadlines;
import org.junit.jupiter.api.Test;

/** The task rules as plain arithmetic: deciding units, done, done on time, behind schedule on an injected day. */
class TaskCountsTest {

    private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

    /** Today as the service's clock says it: the day in Vietnam of the instant. */
    private static LocalDate today(String instant) {
        ServiceClock clock = new ServiceClock();
        return ServiceClock.at(java.time.Instant.parse(instant), () -> Deadlines.dayInVietnam(clock.instant()));
    }

    @Test
    void shouldJudgeBehindScheduleByTheDayInVietnam() {
        // 30/06 17:30 UTC is already 01/07 00:30 in Hà Nội: the due day has passed there
        LocalDate first = today("2024-06-30T17:30:00Z");
        assertThat(first).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(TaskCounts.taskBehindSchedule(DUE, false, first)).isTrue();
        // 30/06 16:59 UTC is 30/06 23:59 in Hà Nội: the due day itself is not behind
        LocalDate due = today("2024-06-30T16:59:00Z");
        assertThat(due).isEqualTo(DUE);
        assertThat(TaskCounts.taskBehindSchedule(DUE, false, due)).isFalse();
        // done, or without a due date (continuous): never behind
        assertThat(TaskCounts.taskBehindSchedule(DUE, true, first)).isFalse();
        assertThat(TaskCounts.taskBehindSchedule(null, false, LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(ZonedDateTime.of(2024, 7, 1, 0, 30, 0, 0, ServiceClock.VIETNAM).toLocalDate()).isEqualTo(first);
    }

    @Test
    void shouldJudgeAnAssignmentBehindScheduleUnlessItIsDone() {
        LocalDate after = DUE.plusDays(1);
        for (String status : List.of("NOT_STARTED", "IN_PROGRESS", "NOT_DONE")) {
            assertThat(TaskCounts.assignmentBehindSchedule(DUE, status, after)).as(status).isTrue();
            assertThat(TaskCounts.assignmentBehindSchedule(DUE, status, DUE)).as(status).isFalse();
            assertThat(TaskCounts.assignmentBehindSchedule(null, status, after)).as(status).isFalse();
        }
        // done late is still done: not behind, whatever its review says
        assertThat(TaskCounts.assignmentBehindSchedule(DUE, "DONE", after)).isFalse();
        assertThat(TaskCounts.assignmentBehindSchedule(DUE, "DONE_LATE", after)).isFalse();
    }

    @Test
    void shouldDecideByTheLeadsAndByEveryUnitWhenThereIsNone() {
        // leads: one DONE accepted, one DONE_LATE accepted; a coordinating unit not updated does not decide
        TaskCounts led = TaskCounts.of(List.of(new Group("LEAD", "DONE", "ACCEPTED", false, 1),
                new Group("LEAD", "DONE_LATE", "ACCEPTED", false, 1),
                new Group("COORDINATING", "NOT_STARTED", null, true, 3)));
        assertThat(led.deciding()).isEqualTo(2);
        assertThat(led.taskDone()).isTrue();
        assertThat(led.taskDoneOnTime()).isFalse();
        assertThat(led.notUpdated()).isEqualTo(3);
        assertThat(led.assignmentsBehindSchedule(DUE, DUE.plusDays(1))).isEqualTo(3);
        assertThat(led.taskBehindSchedule(DUE, DUE.plusDays(1))).isFalse();

        // a lead done but only awaiting review: not done, so behind once the day has passed
        TaskCounts waiting = TaskCounts.of(List.of(new Group("LEAD", "DONE", "AWAITING_REVIEW", false, 1)));
        assertThat(waiting.taskDone()).isFalse();
        assertThat(waiting.taskBehindSchedule(DUE, DUE.plusDays(1))).isTrue();
        assertThat(waiting.assignmentsBehindSchedule(DUE, DUE.plusDays(1))).isZero();

        // no lead: every coordinating unit decides
        TaskCounts noLead = TaskCounts.of(List.of(new Group("COORDINATING", "DONE", "ACCEPTED", false, 2),
                new Group("COORDINATING", "DONE", "RETURNED", false, 1)));
        assertThat(noLead.deciding()).isEqualTo(3);
        assertThat(noLead.taskDone()).isFalse();
        assertThat(TaskCounts.of(List.of(new Group("COORDINATING", "DONE", "ACCEPTED", false, 2))).taskDoneOnTime())
                .isTrue();

        // no assignment at all: nothing decides, so the task is not done
        assertThat(TaskCounts.of(List.of()).taskDone()).isFalse();
        assertThat(TaskCounts.of(List.of())).isEqualTo(TaskCounts.NONE);
    }
}
