package org.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;

/**
 * One progress update of a task assignment: who, when, from which status to which, and what was
 * written; a review step; or an evidence file added or removed (the status unchanged), by {@link #kind}.
 */
@Entity
@Table(name = "task_assignment_change")
public class TaskAssignmentChange {

    @Id
    public UUID id = Ids.next();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind kind = ChangeKind.UPDATE;

    @Column(nullable = false)
    public UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus toStatus;

    @Column(length = 20000)
    public String result;

    public LocalDate doneOn;

    @Column(length = 2000)
    public String reason;

    /** The evidence file a FILE_ADDED or FILE_REMOVED row is about; null on other rows. */
    public UUID fileId;

    public String fileName;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;
}
