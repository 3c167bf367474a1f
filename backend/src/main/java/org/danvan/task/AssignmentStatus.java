package org.danvan.task;

/**
 * Where a unit stands on a task assigned to it: chưa thực hiện, đang thực hiện, đã hoàn thành,
 * hoàn thành chậm, không hoàn thành. An assignment starts NOT_STARTED; the units' progress updates
 * move it.
 */
public enum AssignmentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    DONE_LATE,
    NOT_DONE
}
