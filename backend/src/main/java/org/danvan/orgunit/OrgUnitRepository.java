package org.danvan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.SearchText;

@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, UUID> {

    /** The filters of {@code GET /org-units}; each is optional. */
    public record Filter(Optional<String> q, Optional<OrgUnitKind> kind, Optional<UUID> parentId,
            Optional<UUID> successorId, Optional<LocalDate> validOn) {
    }

    public PanacheQuery<OrgUnit> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter.q().ifPresent(q -> where.add(SearchText.allWordsIn("searchText", q, params)));
        filter.kind().ifPresent(kind -> {
            where.add("kind = :kind");
            params.and("kind", kind);
        });
        filter.parentId().ifPresent(parentId -> {
            where.add("parent.id = :parentId");
            params.and("parentId", parentId);
        });
        filter.successorId().ifPresent(successorId -> {
            where.add("successor.id = :successorId");
            params.and("successorId", successorId);
        });
        filter.validOn().ifPresent(day -> {
            where.add("(validFrom is null or validFrom <= :day) and (validTo is null or validTo >= :day)");
            params.and("day", day);
        });
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, sort, params);
    }

    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Rewrites the paths of a moved unit's subtree (itself included) in one statement. */
    public int movePaths(String oldPath, String newPath) {
        return getEntityManager()
                .createQuery("update OrgUnit u set u.path = concat(:newPath, substring(u.path, :cut)) "
                        + "where u.path like :oldPrefix escape '!'")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPrefix", SearchText.startsWithPattern(oldPath))
                .executeUpdate();
    }
}
