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

    /**
     * Units' submissions hang on periods; a period, obligation or plan that has any is kept
     * (the submission package owns that table, hence the plain count).
     */
    public long countSubmissions(String column, UUID id) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from submission where " + column + " = :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    public Optional<ObligationPeriod> findInObligation(UUID obligationId, UUID periodId) {
        return find("id = ?1 and obligation.id = ?2", periodId, obligationId).firstResultOptional();
    }
}
