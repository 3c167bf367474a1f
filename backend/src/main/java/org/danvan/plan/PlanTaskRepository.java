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

    /** The tasks of plans not closed that name the group as lead or coordinating. */
    public java.util.List<PlanTask> listOpenNamingGroup(UUID groupId) {
        return list("from PlanTask t where t.plan.status <> ?2 and (t.id in (select l.id from PlanTask l"
                + " join l.leadGroups g where g.id = ?1) or t.id in (select c.id from PlanTask c"
                + " join c.coordinatingGroups h where h.id = ?1)) order by t.id", groupId, PlanStatus.CLOSED);
    }
}
