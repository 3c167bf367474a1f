package org.danvan.common;

import java.util.UUID;

/**
 * What the plan model tells the report figures, synchronously and in the same transaction, so a
 * feature that changes who owes what need not know how figures are kept.
 */
public final class ChangeEvents {

    private ChangeEvents() {
    }

    /** A unit was created or changed; {@code oldPath} is its place in the tree before the change. */
    public record UnitChanged(UUID unitId, String oldPath) {
    }

    /** A unit's name or code changed: the search texts that carry it follow. */
    public record UnitRenamed(UUID unitId) {
    }

    /** An obligation's title, or its plan's title, number or symbol changed (and its search text with them). */
    public record ObligationRenamed(UUID obligationId) {
    }

    /** A group's definition changed. */
    public record GroupChanged(UUID groupId) {
    }

    /** An obligation's periods were (re)expanded, or its group or grace days changed. */
    public record PeriodsChanged(UUID obligationId) {
    }

    /** An extension was granted or withdrawn on a period. */
    public record ExtensionChanged(UUID periodId) {
    }

    /** A task was created, or its units, its time frame or its plan's period changed: its assignments follow. */
    public record TaskChanged(UUID taskId) {
    }

    /** A task is about to be deleted: its assignments go first. */
    public record TaskDeleting(UUID taskId) {
    }

    /**
     * A task's assignments changed (created, deleted, a unit's progress, a review step), in the
     * transaction of the change: the task's kept figures follow.
     */
    public record AssignmentsChanged(UUID planId, UUID taskId) {
    }

    /** A target was created or changed. */
    public record TargetChanged(UUID targetId) {
    }

    /**
     * A submission is about to move ({@code from} and {@code to} name SubmissionStatus values), in
     * the transaction of the move: the score sheet of a SELF_ASSESSMENT period follows it, or refuses
     * the move with a problem (a self-assessment sent without its sheet).
     */
    public record SubmissionMoving(UUID submissionId, UUID periodId, UUID unitId, String obligationKind, String from,
            String to, String reason) {
    }
}
