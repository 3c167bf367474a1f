package org.danvan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.SearchText;

@ApplicationScoped
public class UnitGroupRepository implements PanacheRepositoryBase<UnitGroup, UUID> {

    private final OrgUnitRepository units;

    public UnitGroupRepository(OrgUnitRepository units) {
        this.units = units;
    }

    public PanacheQuery<UnitGroup> search(Optional<String> q, Sort sort) {
        return q.map(text -> {
                    Parameters params = new Parameters();
                    return find(SearchText.allWordsIn("searchText", text, params), sort, params);
                })
                .orElseGet(() -> findAll(sort));
    }

    /**
     * The units that belong to {@code group} on {@code day}: of its kinds under its scope, or
     * explicitly named, and valid that day. One query, paged by the caller, whatever the size.
     */
    public PanacheQuery<OrgUnit> members(UnitGroup group, LocalDate day) {
        Parameters params = Parameters.with("groupId", group.id).and("day", day);
        String explicit = "u.id in (select m.id from UnitGroup g join g.members m where g.id = :groupId)";
        String population = explicit;
        if (!group.kinds.isEmpty() && group.scope != null) {
            population = "(" + explicit + " or (u.kind in :kinds and u.path like :scopePath escape '!'))";
            params.and("kinds", group.kinds)
                    .and("scopePath", SearchText.startsWithPattern(group.scope.path));
        }
        return units.find("from OrgUnit u where " + population
                + " and (u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo >= :day)",
                Sort.ascending("name").and("id"), params);
    }

    public boolean existsByCode(String code, UUID exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId) > 0;
    }
}
