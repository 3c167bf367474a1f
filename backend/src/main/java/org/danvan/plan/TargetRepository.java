package org.danvan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    public PanacheQuery<Target> listByPlan(UUID planId) {
        return find("plan.id", Sort.ascending("position").and("id"), planId);
    }

    public Optional<Target> findInPlan(UUID planId, UUID targetId) {
        return find("id = ?1 and plan.id = ?2", targetId, planId).firstResultOptional();
    }

    public int nextPosition(UUID planId) {
        Integer max = find("select max(position) from Target where plan.id = ?1", planId)
                .project(Integer.class).firstResult();
        return max == null ? 0 : max + 1;
    }

    public boolean countsObligation(UUID obligationId) {
        return count("obligation.id", obligationId) > 0;
    }
}
