package org.danvan.assessment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.SearchText;
import org.danvan.orgunit.OrgUnitKind;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** The filters of {@code GET /assessments}; each is optional. */
    public record Filter(Optional<UUID> unitId, Optional<UUID> rubricId, Optional<Integer> year,
            Optional<AssessmentStatus> status, Optional<OrgUnitKind> kind) {
    }

    /** The assessments the filter keeps, of the units under {@code scopePath} when one is given. */
    public PanacheQuery<Assessment> search(Filter filter, Optional<String> scopePath) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        scopePath.ifPresent(path -> {
            where.add("unit.path like :scope escape '!'");
            params.and("scope", SearchText.startsWithPattern(path));
        });
        filter.unitId().ifPresent(id -> {
            where.add("unit.id = :unitId");
            params.and("unitId", id);
        });
        filter.rubricId().ifPresent(id -> {
            where.add("rubric.id = :rubricId");
            params.and("rubricId", id);
        });
        filter.year().ifPresent(year -> {
            where.add("year = :year");
            params.and("year", year);
        });
        filter.status().ifPresent(status -> {
            where.add("status = :status");
            params.and("status", status);
        });
        filter.kind().ifPresent(kind -> {
            where.add("unit.kind = :kind");
            params.and("kind", kind);
        });
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("year").and("unit.name").and("id"), params);
    }

    public boolean exists(UUID unitId, UUID rubricId, int year) {
        return count("unit.id = ?1 and rubric.id = ?2 and year = ?3", unitId, rubricId, year) > 0;
    }
}
