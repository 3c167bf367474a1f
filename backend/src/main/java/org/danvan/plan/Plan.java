package org.danvan.plan;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.Timestamped;
import org.danvan.common.SearchText;
import org.danvan.orgunit.OrgUnit;

/**
 * A plan (kế hoạch) with its legal identity: issuer, number and symbol, and the year they count in
 * (numbers restart every 1 January), e.g. 859 + KH-UBND + 2024, written {@code 859/KH-UBND}.
 */
@Entity
@Table(name = "plan")
public class Plan extends Timestamped {

    @Id
    public UUID id = Ids.next();

    @Column(name = "doc_number")
    public Integer number;

    public String symbol;

    @Column(nullable = false)
    public int identityYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    public OrgUnit issuer;

    @Column(nullable = false)
    public String title;

    public String issuePlace;

    public LocalDate issueDate;

    @Column(nullable = false)
    public int periodStart;

    @Column(nullable = false)
    public int periodEnd;

    @Column(name = "implements_text")
    public String implementsText;

    @ElementCollection
    @CollectionTable(name = "plan_legal_basis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    public List<LegalReference> legalBases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_purpose", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    public List<String> purposes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_recipient", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    public List<String> recipients = new ArrayList<>();

    public String signerName;

    public String signerPosition;

    @Enumerated(EnumType.STRING)
    public SigningCapacity signerCapacity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_plan_id")
    public Plan parentPlan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    /**
     * Number and symbol as the document writes them. State bodies put a slash before the symbol
     * ({@code 859/KH-UBND}); Party bodies, whose symbols carry their own slash, a hyphen
     * ({@code 141-KH/BDVTU}).
     */
    public String reference() {
        return reference(number, symbol);
    }

    public static String reference(Integer number, String symbol) {
        if (number == null || symbol == null) {
            return null;
        }
        return number + (symbol.contains("/") ? "-" : "/") + symbol;
    }

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        identityYear = issueDate != null ? issueDate.getYear() : periodStart;
        searchText = searchText(title, reference(), periodStart, periodEnd, identityYear, issuer.name);
    }

    /**
     * What a search of plans looks in: the plan as it is cited ("Kế hoạch 859/KH-UBND", so
     * {@code kế hoạch 859} finds it), its title, the period as written ({@code 2024},
     * {@code 2022-2026}) and the year of the number, and the issuer's name. V10 fills existing rows
     * with the same function.
     */
    public static String searchText(String title, String reference, int periodStart, int periodEnd, int identityYear,
            String issuerName) {
        String period = periodStart == periodEnd ? String.valueOf(periodStart) : periodStart + "-" + periodEnd;
        return SearchText.fold(String.join(" ", "Kế hoạch", title, reference == null ? "" : reference, period,
                String.valueOf(identityYear), issuerName == null ? "" : issuerName));
    }
}
