package org.danvan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ObligationPeriodRepository implements PanacheRepositoryBase<ObligationPeriod, UUID> {

    public PanacheQuery<ObligationPeriod> listByObligation(UUID obligationId) {
        return find("obligation.id", Sort.ascending("dueDate").and("id"), obligationId);
    }

    public List<ObligationPeriod> allOf(UUID obligationId) {
        return listByObligation(obligationId).list();
    }

    public Optional<ObligationPeriod> findInObligation(UUID obligationId, UUID periodId) {
        return find("id = ?1 and obligation.id = ?2", periodId, obligationId).firstResultOptional();
    }
}
