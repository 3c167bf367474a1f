package org.danvan.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An evidence file of one criterion row of a score sheet. The file itself is an attachment of the
 * sheet's SELF_ASSESSMENT submission (same storage, limits and types); this row says whose row it
 * backs, and goes with the file.
 */
@Entity
@Table(name = "assessment_evidence_file")
public class EvidenceFile {

    @Id
    public UUID attachmentId;

    @Column(nullable = false)
    public UUID assessmentId;

    @Column(nullable = false)
    public String criterionCode;
}
