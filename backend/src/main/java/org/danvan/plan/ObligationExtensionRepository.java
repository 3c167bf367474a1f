package org.danvan.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ObligationExtensionRepository implements PanacheRepositoryBase<ObligationExtension, UUID> {

    public PanacheQuery<ObligationExtension> listByObligation(UUID obligationId) {
        return find("obligation.id", Sort.ascending("period.dueDate").and("unit.name").and("id"), obligationId);
    }

    public Optional<ObligationExtension> findInObligation(UUID obligationId, UUID extensionId) {
        return find("id = ?1 and obligation.id = ?2", extensionId, obligationId).firstResultOptional();
    }

    public long countByPeriod(UUID periodId) {
        return count("period.id", periodId);
    }

    public boolean exists(UUID periodId, UUID unitId) {
        return count("period.id = ?1 and unit.id = ?2", periodId, unitId) > 0;
    }
}
