package org.danvan.submission;

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

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    /** The filters of {@code GET /submissions}; each is optional. */
    public record Filter(Optional<UUID> planId, Optional<UUID> obligationId, Optional<UUID> periodId,
            Optional<UUID> unitId, Optional<SubmissionStatus> status, Optional<String> q) {
    }

    /** The submissions the filter keeps, of the units under {@code scopePath} when one is given. */
    public PanacheQuery<Submission> search(Filter filter, Optional<String> scopePath) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        scopePath.ifPresent(path -> {
            where.add("unit.path like :scope escape '!'");
            params.and("scope", SearchText.startsWithPattern(path));
        });
        filter.planId().ifPresent(id -> {
            where.add("planId = :planId");
            params.and("planId", id);
        });
        filter.obligationId().ifPresent(id -> {
            where.add("obligationId = :obligationId");
            params.and("obligationId", id);
        });
        filter.periodId().ifPresent(id -> {
            where.add("period.id = :periodId");
            params.and("periodId", id);
        });
        filter.unitId().ifPresent(id -> {
            where.add("unit.id = :unitId");
            params.and("unitId", id);
        });
        filter.status().ifPresent(status -> {
            where.add("status = :status");
            params.and("status", status);
        });
        filter.q().ifPresent(q -> where.add(SearchText.allWordsIn("searchText", q, params)));
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.descending("updatedAt").and("id"), params);
    }
}
