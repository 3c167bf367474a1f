package org.danvan.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The counts of a task's assignments (all of them, or those a reader keeps), as {@code task_figure}
 * keeps them, and the rules that turn them into the task's state.
 *
 * <p><b>Deciding units</b>: the task's lead units; all its assignments when it names no lead.
 * <b>Done</b>: the task has deciding units and each one's assignment is DONE or DONE_LATE and
 * ACCEPTED. <b>Done on time</b>: done, and none of them DONE_LATE. <b>Behind schedule</b> (chậm
 * tiến độ): the task has a due date, it is before today and the task is not done. An assignment is
 * behind schedule when its due date is before today and it is not DONE or DONE_LATE.
 */
public record TaskCounts(long assignments, long leads, long notStarted, long inProgress, long done, long doneLate,
        long notDone, long notUpdated, long awaitingReview, long returned, long accepted, long deciding,
        long decidingDoneAccepted, long decidingDoneOnTime) {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One row of the grouped count: how many assignments have this role, status, review status and update state. */
    public record Group(String role, String status, String reviewStatus, boolean notUpdated, long count) {
    }

    /** The counts of one task's groups. */
    public static TaskCounts of(List<Group> groups) {
        long leads = groups.stream().filter(g -> "LEAD".equals(g.role())).mapToLong(Group::count).sum();
        long[] c = new long[14];
        c[1] = leads;
        for (Group g : groups) {
            long n = g.count();
            c[0] += n;
            switch (g.status()) {
                case "NOT_STARTED" -> c[2] += n;
                case "IN_PROGRESS" -> c[3] += n;
                case "DONE" -> c[4] += n;
                case "DONE_LATE" -> c[5] += n;
                case "NOT_DONE" -> c[6] += n;
                default -> throw new IllegalStateException("unknown assignment status " + g.status());
            }
            if (g.notUpdated()) {
                c[7] += n;
            }
            if (g.reviewStatus() != null) {
                switch (g.reviewStatus()) {
                    case "AWAITING_REVIEW" -> c[8] += n;
                    case "RETURNED" -> c[9] += n;
                    case "ACCEPTED" -> c[10] += n;
                    default -> throw new IllegalStateException("unknown review status " + g.reviewStatus());
                }
            }
            boolean decides = leads == 0 || "LEAD".equals(g.role());
            if (decides) {
                c[11] += n;
                boolean accepted = "ACCEPTED".equals(g.reviewStatus());
                if (accepted && ("DONE".equals(g.status()) || "DONE_LATE".equals(g.status()))) {
                    c[12] += n;
                }
                if (accepted && "DONE".equals(g.status())) {
                    c[13] += n;
                }
            }
        }
        return new TaskCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    }

    /** Every deciding unit's assignment is DONE or DONE_LATE and ACCEPTED (and there is one). */
    public boolean taskDone() {
        return deciding > 0 && decidingDoneAccepted == deciding;
    }

    /** Done, and none of the deciding units DONE_LATE. */
    public boolean taskDoneOnTime() {
        return taskDone() && decidingDoneOnTime == deciding;
    }

    /** DONE or DONE_LATE. */
    public long assignmentsDone() {
        return done + doneLate;
    }

    /** The assignments behind schedule on {@code today}: all those not done, when the task's due date has passed. */
    public long assignmentsBehindSchedule(LocalDate dueDate, LocalDate today) {
        return isOverdue(dueDate, today) ? assignments - assignmentsDone() : 0;
    }

    /** Behind schedule (chậm tiến độ) on {@code today}. */
    public boolean taskBehindSchedule(LocalDate dueDate, LocalDate today) {
        return taskBehindSchedule(dueDate, taskDone(), today);
    }

    /** A task is behind schedule when it has a due date, the date is before today and it is not done. */
    public static boolean taskBehindSchedule(LocalDate dueDate, boolean done, LocalDate today) {
        return isOverdue(dueDate, today) && !done;
    }

    /** An assignment is behind schedule when its due date is before today and it is not DONE or DONE_LATE. */
    public static boolean assignmentBehindSchedule(LocalDate dueDate, String status, LocalDate today) {
        return isOverdue(dueDate, today) && !"DONE".equals(status) && !"DONE_LATE".equals(status);
    }

    private static boolean isOverdue(LocalDate dueDate, LocalDate today) {
        return dueDate != null && dueDate.isBefore(today);
    }
}
