package org.danvan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.danvan.common.ChangeEvents.ObligationRenamed;
import org.danvan.common.ChangeEvents.UnitRenamed;
import org.danvan.orgunit.OrgUnit;

/**
 * Keeps the search texts that repeat another row's words current when those words change: a plan
 * carries its issuer's name, an obligation its plan's title and reference. Rewritten by bulk
 * update (the managed entities are left as they are: a later change of theirs derives the text
 * again), so a plan or obligation keeps its version and ETag when only a name it repeats changed.
 */
@ApplicationScoped
public class PlanSearchTexts {

    private final EntityManager em;
    private final Event<ObligationRenamed> obligationRenamed;

    public PlanSearchTexts(EntityManager em, Event<ObligationRenamed> obligationRenamed) {
        this.em = em;
        this.obligationRenamed = obligationRenamed;
    }

    void onUnitRenamed(@Observes UnitRenamed event) {
        OrgUnit issuer = em.find(OrgUnit.class, event.unitId());
        for (Plan plan : em.createQuery("from Plan p where p.issuer.id = :unit", Plan.class)
                .setParameter("unit", issuer.id).getResultList()) {
            String text = Plan.searchText(plan.title, plan.reference(), plan.periodStart, plan.periodEnd,
                    plan.identityYear, issuer.name);
            em.createQuery("update Plan p set p.searchText = :text where p.id = :id")
                    .setParameter("text", text).setParameter("id", plan.id).executeUpdate();
        }
    }

    /** The plan's title, number or symbol changed: its obligations' search texts, and what repeats them. */
    void planRenamed(Plan plan) {
        for (Obligation obligation : em.createQuery("from Obligation o where o.plan.id = :plan", Obligation.class)
                .setParameter("plan", plan.id).getResultList()) {
            String text = Obligation.searchText(obligation.title, plan.title, plan.reference());
            em.createQuery("update Obligation o set o.searchText = :text where o.id = :id")
                    .setParameter("text", text).setParameter("id", obligation.id).executeUpdate();
            obligationRenamed.fire(new ObligationRenamed(obligation.id));
        }
    }

    /** The obligation's title changed (its search text followed as it was written). */
    void obligationRenamed(Obligation obligation) {
        obligationRenamed.fire(new ObligationRenamed(obligation.id));
    }
}
