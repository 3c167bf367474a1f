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
import org.danvan.security.Caller;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    private final Caller caller;

    public PlanRepository(Caller caller) {
        this.caller = caller;
    }

    /** The filters of {@code GET /plans}; each is optional. */
    public record Filter(Optional<String> q, Optional<Integer> year, Optional<PlanStatus> status,
            Optional<UUID> issuerId) {
    }

    public PanacheQuery<Plan> search(Filter filter, Sort sort) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        caller.readScopePath().ifPresent(reach -> {
            where.add("(issuer.path like :reachBelow escape '!' or locate(issuer.path, :reachPath) = 1)");
            params.and("reachBelow", SearchText.startsWithPattern(reach)).and("reachPath", reach);
        });
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

    /** The plan named in a path: 404 when there is none or the caller does not see it. */
    public Plan load(String id) {
        return findVisible(id).orElseThrow(() -> Problems.notFound("plan", id));
    }

    public Optional<Plan> findVisible(String id) {
        return Ids.parse(id).flatMap(this::findByIdOptional).filter(this::visible);
    }

    /**
     * Whether the caller sees the plan: one issued by a unit in its reach (a reporter's: its
     * province), or above it (a national plan its province implements).
     */
    public boolean visible(Plan plan) {
        return caller.readScopePath().map(reach -> plan.issuer.path.startsWith(reach)
                || reach.startsWith(plan.issuer.path)).orElse(true);
    }

    /** The plan about to change: it must be seen, and its issuer in the caller's reach (not only above it). */
    public Plan loadForChange(String id) {
        Plan plan = load(id);
        requireInReach(plan);
        return plan;
    }

    /** A change to a plan or anything under it: 403 unless its issuer is in the caller's reach. */
    public void requireInReach(Plan plan) {
        requireInReach(plan.issuer);
    }

    /** A plan issued by, or an extension given to, a unit: 403 unless it is in the caller's reach. */
    public void requireInReach(OrgUnit unit) {
        caller.requireReach(unit);
    }

    /** The plan whose tasks, targets or obligations are about to change: it must exist, be in reach and open. */
    public Plan loadOpen(String id) {
        Plan plan = loadForChange(id);
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
