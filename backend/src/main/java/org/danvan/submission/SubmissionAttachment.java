package org.danvan.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** An evidence file of a submission. */
@Entity
@Table(name = "submission_attachment")
public class SubmissionAttachment extends StoredFile {

    @Column(nullable = false)
    public UUID submissionId;
}
