package org.danvan.plan;

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
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.orgunit.UnitGroup;

/** A target (chỉ tiêu): "100% of a population do X", measured one of four ways. */
@Entity
@Table(name = "target")
public class Target {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String ordinal;

    @Column(nullable = false)
    public String statement;

    @Enumerated(EnumType.STRING)
    public Comparator comparator;

    @Column(precision = 5, scale = 2)
    public BigDecimal thresholdPercent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public UnitGroup group;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PopulationBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_kind", nullable = false)
    public MeasureKind measureKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id")
    public Obligation obligation;

    public String minimumRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_data", nullable = false)
    public MissingData missingData = MissingData.COUNT_AS_NOT_MET;

    /** Whether the target may be MET while some units of its population have no data. */
    @Column(name = "allow_met_on_partial_data", nullable = false)
    public boolean allowMetOnPartialData;

    /** A coordinator's verdict on a MANUAL target. */
    public Boolean verdictMet;

    public String verdictReason;

    public java.time.Instant verdictRecordedAt;

    @Version
    public long version;
}
