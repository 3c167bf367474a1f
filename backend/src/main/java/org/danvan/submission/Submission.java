package org.danvan.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.Timestamped;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.ObligationPeriod;

/** What one unit submits for one obligation period (báo cáo, hồ sơ của đơn vị). */
@Entity
@Table(name = "submission")
public class Submission extends Timestamped {

    /** A unit's figure for a REPORTED target. */
    @Embeddable
    public static class Value {
        @Column(name = "target_id", nullable = false)
        public UUID targetId;

        @Column(nullable = false)
        public long numerator;

        @Column(nullable = false)
        public long denominator;
    }

    @Id
    public UUID id = Ids.next();

    @Column(nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public UUID obligationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ObligationPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status = SubmissionStatus.DRAFT;

    public String results;
    public String shortcomings;
    public String causes;
    public String directions;
    public String recommendations;

    @ElementCollection
    @CollectionTable(name = "submission_value", joinColumns = @JoinColumn(name = "submission_id"))
    public List<Value> values = new ArrayList<>();

    public String documentNumber;

    public LocalDate documentDate;

    public Instant firstSubmittedAt;

    /** The day of the first submission in Vietnam. */
    public LocalDate firstSubmittedDay;

    public Instant submittedAt;

    public Instant acceptedAt;

    /** Written by the database alone (see {@link SubmissionSearch}); here for queries. */
    @Column(insertable = false, updatable = false)
    public String searchText;

    @Version
    public long version;

}
