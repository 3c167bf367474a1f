package org.danvan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.Ids;
import org.danvan.common.Problems;
import org.danvan.common.SearchText;
import org.danvan.orgunit.OrgUnit;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The filters of {@code GET /plans}; each is optional. */
    public record Filter(Optional<String> q, Optional<Integer> year, Optional<PlanStatus> status,
            Optional<UUID> issuerId) {
    }

    public PanacheQuery<Plan> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter.q().ifPresent(q -> where.add(SearchText.allWordsIn("searchText", q, params)));
        filter.year().ifPresent(year -> {
            where.add("periodStart <= :year and periodEnd >= :year");
            params.and("year", year);
        });
        filter.status().ifPresent(status -> {
            where.add("status = :status");
            params.and("status", status);
        });
        filter.issuerId().ifPresent(issuerId -> {
            where.add("issuer.id = :issuerId");
            params.and("issuerId", issuerId);
        });
        return find(where.isEmpty() ? "1 = 1" : String.join(" and ", where), sort, params);
    }

    /** The plan named in a path: 404 when there is none. */
    public Plan load(String id) {
        return Ids.parse(id).flatMap(this::findByIdOptional).orElseThrow(() -> Problems.notFound("plan", id));
    }

    /** The plan whose tasks, targets or obligations are about to change: it must exist and be open. */
    public Plan loadOpen(String id) {
        Plan plan = load(id);
        requireOpen(plan);
        return plan;
    }

    static void requireOpen(Plan plan) {
        if (plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
    }

    /**
     * Deletes a plan with everything under it (the database cascades from the plan). Targets go
     * first: one may measure an obligation of the same plan, and the cascade would otherwise reach
     * that obligation while the target still points at it.
     */
    public void deleteWithContent(Plan plan) {
        getEntityManager().createQuery("delete from Target t where t.plan.id = :planId")
                .setParameter("planId", plan.id)
                .executeUpdate();
        delete(plan);
        flush();
    }

    /** Another plan of the same issuer with the same number and symbol in the same year. */
    public boolean identityTaken(UUID planId, OrgUnit issuer, Integer number, String symbol, int identityYear) {
        if (number == null) {
            return false;
        }
        String sameSymbol = symbol == null ? "symbol is null" : "symbol = :symbol";
        Parameters params = Parameters.with("issuer", issuer).and("number", number)
                .and("year", identityYear).and("id", planId);
        if (symbol != null) {
            params.and("symbol", symbol);
        }
        return count("issuer = :issuer and number = :number and " + sameSymbol
                + " and identityYear = :year and id <> :id", params) > 0;
    }
}
