package org.danvan.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;

/** One reporting period of an obligation: what is due for {@code year} by {@code dueDate}. */
@Entity
@Table(name = "obligation_period")
public class ObligationPeriod {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "obligation_id")
    public Obligation obligation;

    @Column(name = "period_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public LocalDate dueDate;
}
