package org.danvan.assessment;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.Timestamped;
import org.danvan.orgunit.OrgUnit;
import org.danvan.rubric.Rubric;

/**
 * One unit's assessment on one rubric for one year (tự chấm điểm, thẩm định, xếp loại). The score
 * lines are one JSON document ({@link AssessmentDtos.ScoreLine}s), the final rating is in columns.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends Timestamped {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    public Rubric rubric;

    @Column(name = "assessment_year", nullable = false)
    public int year;

    /** The SELF_ASSESSMENT period the assessment answers, and the submission made for it. */
    public UUID periodId;

    public UUID submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status = AssessmentStatus.DRAFT;

    @Column(nullable = false)
    public boolean eligible = true;

    public String ineligibilityReason;

    public String selfNote;

    public String appraisalNote;

    @Column(nullable = false, length = 1_000_000)
    public String scores = "[]";

    @Column(nullable = false, length = 100_000)
    public String bonuses = "[]";

    public Instant submittedAt;

    public Instant appraisedAt;

    public Integer lateReports;

    public Integer missingReports;

    @Column(precision = 9, scale = 2)
    public BigDecimal finalTotal;

    @Column(precision = 5, scale = 2)
    public BigDecimal finalPercent;

    public String ratingCode;

    public String ratingLabelVi;

    public String ratingLabelEn;

    /** The level's place in the rubric's bands, 0 the highest; null when not rated. */
    public Integer ratingRank;

    public String decisionNumber;

    public LocalDate decisionDate;

    public Instant finalizedAt;

    @Version
    public long version;
}
