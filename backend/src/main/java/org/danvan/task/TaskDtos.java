package org.danvan.task;

import java.time.Instant;
import java.time.LocalDate;

/** The task assignment as the API shows it (schema TaskAssignment). */
public final class TaskDtos {

    private TaskDtos() {
    }

    public record TaskAssignmentView(String id, String planId, String taskId, String taskOrdinal, String unitId,
            String unitName, AssignmentRole role, LocalDate dueDate, AssignmentStatus status, long version,
            Instant createdAt, Instant updatedAt) {

        static TaskAssignmentView of(TaskAssignment assignment) {
            return new TaskAssignmentView(assignment.id.toString(), assignment.planId.toString(),
                    assignment.task.id.toString(), assignment.task.ordinal, assignment.unit.id.toString(),
                    assignment.unit.name, assignment.role, assignment.dueDate, assignment.status, assignment.version,
                    assignment.createdAt, assignment.updatedAt);
        }
    }
}
