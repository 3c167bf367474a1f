package org.danvan.orgunit;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.danvan.common.Ids;
import org.danvan.common.Timestamped;
import org.danvan.common.SearchText;

/** A body in the tree of the province (cơ quan, đơn vị, địa phương), with its validity and lineage. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends Timestamped {

    public static final int SHARDS = 16;

    @Id
    public UUID id = Ids.next();

    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public OrgUnit parent;

    /** {@code /<root id>/.../<own id>/}, kept by {@link OrgUnitService} when the parent changes. */
    @Column(nullable = false)
    public String path;

    public LocalDate validFrom;

    public LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    public OrgUnit successor;

    @ElementCollection
    @CollectionTable(name = "org_unit_headcount", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("year")
    public List<Headcount> headcounts = new ArrayList<>();

    /** Which of the 16 counter rows this unit adds to (see V2 migration): spreads hot rows. */
    @Column(nullable = false)
    public int shard = ThreadLocalRandom.current().nextInt(SHARDS);

    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        searchText = SearchText.fold(name + " " + (code == null ? "" : code));
    }
}
