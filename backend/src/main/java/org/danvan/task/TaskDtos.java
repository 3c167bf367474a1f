package org.danvan.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** The task assignment as the API shows it (schema TaskAssignment), its progress update and history. */
public final class TaskDtos {

    private TaskDtos() {
    }

    public record TaskAssignmentView(String id, String planId, String planTitle, String taskId, String taskOrdinal,
            String taskContent, String unitId, String unitName, AssignmentRole role, LocalDate dueDate,
            AssignmentStatus status, String result, LocalDate doneOn, String notDoneReason, ReviewStatus reviewStatus,
            String reviewReason, String reviewedBy, Instant reviewedAt, long version, Instant createdAt,
            Instant updatedAt, String updatedBy) {

        static TaskAssignmentView of(TaskAssignment assignment) {
            return new TaskAssignmentView(assignment.id.toString(), assignment.planId.toString(),
                    assignment.task.plan.title, assignment.task.id.toString(), assignment.task.ordinal,
                    assignment.task.content, assignment.unit.id.toString(),
                    assignment.unit.name, assignment.role, assignment.dueDate, assignment.status, assignment.result,
                    assignment.doneOn, assignment.notDoneReason, assignment.reviewStatus, assignment.reviewReason,
                    assignment.reviewedBy, assignment.reviewedAt, assignment.version, assignment.createdAt,
                    assignment.updatedAt, assignment.updatedBy);
        }
    }

    /** A unit's progress on its assignment (schema TaskAssignmentUpdate). */
    public record TaskAssignmentUpdate(@NotNull AssignmentStatus status, @Size(max = 20000) String result,
            LocalDate doneOn, @Size(max = 2000) String notDoneReason) {
    }

    /** One entry of an assignment's history: a progress update, a review step, a file (schema TaskAssignmentChange). */
    public record TaskAssignmentChangeView(ChangeKind kind, AssignmentStatus fromStatus, AssignmentStatus toStatus,
            String result, LocalDate doneOn, String reason, String fileId, String fileName, String actor, Instant at) {

        static TaskAssignmentChangeView of(TaskAssignmentChange change) {
            return new TaskAssignmentChangeView(change.kind, change.fromStatus, change.toStatus, change.result,
                    change.doneOn, change.reason, change.fileId == null ? null : change.fileId.toString(),
                    change.fileName, change.actor, change.at);
        }
    }
}
