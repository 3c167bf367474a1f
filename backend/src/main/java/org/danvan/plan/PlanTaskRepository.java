package org.danvan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanTaskRepository implements PanacheRepositoryBase<PlanTask, UUID> {

    public PanacheQuery<PlanTask> listByPlan(UUID planId) {
        return find("plan.id", Sort.ascending("position").and("id"), planId);
    }

    public Optional<PlanTask> findInPlan(UUID planId, UUID taskId) {
        return find("id = ?1 and plan.id = ?2", taskId, planId).firstResultOptional();
    }

    public int nextPosition(UUID planId) {
        Integer max = find("select max(position) from PlanTask where plan.id = ?1", planId)
                .project(Integer.class).firstResult();
        return max == null ? 0 : max + 1;
    }
}
