package org.danvan.rubric;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.SearchText;
import org.danvan.common.Timestamped;
import org.danvan.orgunit.OrgUnit;

/**
 * A scoring rubric (bảng điểm) issued by a decision. Its criteria, rules and bands are kept as one
 * JSON document ({@link #content}, a {@link RubricDtos.RubricContent}): the rubric is validated,
 * frozen, copied and scored as a whole, and the assessments refer to criteria by their code.
 */
@Entity
@Table(name = "rubric")
public class Rubric extends Timestamped {

    @Id
    public UUID id = Ids.next();

    /** The first version's id, shared by the whole line of versions. */
    @Column(nullable = false)
    public UUID familyId;

    @Column(nullable = false)
    public int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_version_id")
    public Rubric previousVersion;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String decisionNumber;

    public LocalDate decisionDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_unit_id")
    public OrgUnit issuer;

    @Column(nullable = false)
    public int validFromYear;

    public Integer validToYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RubricStatus status = RubricStatus.DRAFT;

    public Instant frozenAt;

    @Column(nullable = false, length = 1_000_000)
    public String content;

    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        searchText = SearchText.fold(name + " " + decisionNumber);
    }
}
