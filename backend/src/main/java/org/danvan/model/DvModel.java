package org.danvan.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.SearchText;
import org.danvan.common.Timestamped;
import org.danvan.orgunit.OrgUnit;

/**
 * A "Dân vận khéo" model (mô hình) a unit registered. Named DvModel so that it does not read as
 * a domain model in general; the table is {@code dv_model}.
 */
@Entity
@Table(name = "dv_model")
public class DvModel extends Timestamped {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public OrgUnit unit;

    /** Optional references: the database sets them to null when the plan or the period goes. */
    public UUID planId;

    public UUID periodId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelField field;

    public String goals;

    public String beneficiaries;

    @Column(nullable = false)
    public LocalDate startDate;

    public LocalDate endDate;

    @Column(nullable = false)
    public LocalDate registrationDate;

    /** The year of registration, what {@code year} filters and counts group by. */
    @Column(nullable = false)
    public int registrationYear;

    public String outcomeDescription;

    public String outcomeResults;

    public LocalDate outcomeReportedOn;

    @Enumerated(EnumType.STRING)
    public RecognitionLevel recognitionLevel;

    public String decisionNumber;

    public LocalDate decisionDate;

    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        registrationYear = registrationDate.getYear();
        searchText = searchText(name, goals, beneficiaries, field, unit.name);
    }

    /** What a search of models looks in: name, goals, beneficiaries, field and unit; V10 fills existing rows with it. */
    public static String searchText(String name, String goals, String beneficiaries, ModelField field,
            String unitName) {
        return SearchText.fold(String.join(" ", name, goals == null ? "" : goals,
                beneficiaries == null ? "" : beneficiaries, field.label(), unitName));
    }
}
