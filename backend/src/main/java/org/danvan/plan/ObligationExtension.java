package org.danvan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.orgunit.OrgUnit;

/** A later due date granted to one unit for one period, with the reason. */
@Entity
@Table(name = "obligation_extension")
public class ObligationExtension {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "obligation_id")
    public Obligation obligation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public ObligationPeriod period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    @Column(nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false)
    public String reason;

    @Version
    public long version;
}
