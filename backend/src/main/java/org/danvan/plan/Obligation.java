package org.danvan.plan;

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
import java.time.MonthDay;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.SearchText;
import org.danvan.orgunit.UnitGroup;

/**
 * What a group of units owes under a plan and by when: a fixed day, or a yearly rule expanded into
 * one {@link ObligationPeriod} per year of the plan.
 */
@Entity
@Table(name = "obligation")
public class Obligation {

    @Id
    public UUID id = Ids.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationKind kind;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public UnitGroup group;

    public LocalDate dueDate;

    /** ISO {@code --MM-DD}. */
    public String dueMonthDay;

    @Column(nullable = false)
    public int graceDays;

    public String sourcePhrase;

    public String recipient;

    /** What a search of submissions looks in for their obligation and plan (see SubmissionSearch). */
    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        searchText = searchText(title, plan.title, plan.reference());
    }

    /** The obligation's title with its plan's title, number and symbol; V10 fills existing rows with it. */
    public static String searchText(String title, String planTitle, String planReference) {
        return SearchText.fold(String.join(" ", title, planTitle, planReference == null ? "" : planReference));
    }

    public Schedule schedule() {
        return dueDate != null ? Schedule.fixed(dueDate) : Schedule.yearly(MonthDay.parse(dueMonthDay));
    }
}
