package org.danvan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<Obligation, UUID> {

    /** By first due date (the earliest of its periods), then in the order they were added (ids are time-ordered). */
    public PanacheQuery<Obligation> listByPlan(UUID planId) {
        return find("from Obligation o where o.plan.id = ?1 order by"
                + " (select min(p.dueDate) from ObligationPeriod p where p.obligation = o), o.id", planId);
    }

    public List<Obligation> listYearlyByPlan(UUID planId) {
        return list("plan.id = ?1 and dueMonthDay is not null", planId);
    }

    public Optional<Obligation> findInPlan(UUID planId, UUID obligationId) {
        return find("id = ?1 and plan.id = ?2", obligationId, planId).firstResultOptional();
    }
}
