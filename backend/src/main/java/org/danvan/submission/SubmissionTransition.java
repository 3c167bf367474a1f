package org.danvan.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.danvan.common.Ids;

/** One step of a submission's workflow: who moved it, when, from where to where and why. */
@Entity
@Table(name = "submission_transition")
public class SubmissionTransition {

    @Id
    public UUID id = Ids.next();

    @Column(nullable = false)
    public UUID submissionId;

    @Enumerated(EnumType.STRING)
    public SubmissionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public String reason;
}
