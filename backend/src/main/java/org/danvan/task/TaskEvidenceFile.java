package org.danvan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.danvan.submission.StoredFile;

/** An evidence file of a task assignment, stored as a submission's attachment is. */
@Entity
@Table(name = "task_evidence_file")
public class TaskEvidenceFile extends StoredFile {

    @Column(nullable = false)
    public UUID assignmentId;
}
