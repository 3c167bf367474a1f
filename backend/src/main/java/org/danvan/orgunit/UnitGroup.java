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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.Timestamped;
import org.danvan.common.SearchText;

/**
 * A named population (nhóm đơn vị): every unit of {@link #kinds} under {@link #scope}, plus the
 * explicit {@link #members}. Who belongs depends on the day: see {@link UnitGroupRepository#members}.
 */
@Entity
@Table(name = "unit_group")
public class UnitGroup extends Timestamped {

    @Id
    public UUID id = Ids.next();

    public String code;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id")
    public OrgUnit scope;

    @ElementCollection
    @CollectionTable(name = "unit_group_kind", joinColumns = @JoinColumn(name = "group_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public Set<OrgUnitKind> kinds = EnumSet.noneOf(OrgUnitKind.class);

    @ManyToMany
    @JoinTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<OrgUnit> members = new LinkedHashSet<>();

    @Column(nullable = false)
    public String searchText;

    @Version
    public long version;

    /**
     * Whether {@code unit} belongs to this group on {@code day}: named explicitly, or of one of the
     * kinds under the scope unit (the scope itself included), and valid that day. The list of all
     * members on a day is the same rule in one query: {@link UnitGroupRepository#members}.
     */
    public boolean includes(OrgUnit unit, LocalDate day) {
        boolean byKind = scope != null && kinds.contains(unit.kind) && unit.path.startsWith(scope.path);
        return unit.isValidOn(day) && (byKind || members.contains(unit));
    }

    @PrePersist
    @PreUpdate
    void deriveColumns() {
        searchText = SearchText.fold(name + " " + (code == null ? "" : code));
    }
}
