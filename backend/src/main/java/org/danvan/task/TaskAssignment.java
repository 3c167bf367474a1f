package org.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.Timestamped;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.PlanTask;

/** A task of a plan given to one unit, as lead or coordinating unit, with its due date and where it stands. */
@Entity
@Table(name = "task_assignment")
public class TaskAssignment extends Timestamped {

    @Id
    public UUID id = Ids.next();

    /** The task's plan, kept on the row so a plan's assignments are listed without a join. */
    @Column(nullable = false)
    public UUID planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public PlanTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentRole role;

    /** Null for a continuous task: it is reported at each report period. */
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status = AssignmentStatus.NOT_STARTED;

    /** What the unit did, in its own words. */
    @Column(length = 20000)
    public String result;

    /** The day the task was done (DONE or DONE_LATE). */
    public LocalDate doneOn;

    /** Why the task was not done (NOT_DONE). */
    @Column(length = 2000)
    public String notDoneReason;

    /** Who recorded the progress last; null while nobody has. */
    public String updatedBy;

    /** Null before the unit's first update; AWAITING_REVIEW after each update. */
    @Enumerated(EnumType.STRING)
    public ReviewStatus reviewStatus;

    /** Why the coordinator returned the update (RETURNED). */
    @Column(length = 2000)
    public String reviewReason;

    public String reviewedBy;

    public Instant reviewedAt;

    @Version
    public long version;

    /** DONE or DONE_LATE, as the day it was done compares with the due date (none: on time). */
    static AssignmentStatus doneStatus(LocalDate doneOn, LocalDate dueDate) {
        return dueDate != null && doneOn.isAfter(dueDate) ? AssignmentStatus.DONE_LATE : AssignmentStatus.DONE;
    }

    /** DONE or DONE_LATE. */
    public boolean isDone() {
        return status == AssignmentStatus.DONE || status == AssignmentStatus.DONE_LATE;
    }
}
