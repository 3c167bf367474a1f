package org.danvan.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.danvan.common.Ids;

/** One step of an assessment's workflow: who moved it, when, from where to where and why. */
@Entity
@Table(name = "assessment_transition")
public class AssessmentTransition {

    @Id
    public UUID id = Ids.next();

    @Column(nullable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public String reason;
}
