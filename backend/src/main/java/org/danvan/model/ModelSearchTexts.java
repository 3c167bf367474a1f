package org.danvan.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.danvan.common.ChangeEvents.UnitRenamed;
import org.danvan.orgunit.OrgUnit;

/**
 * A model's search text carries its unit's name: a renamed unit's models follow, by bulk update so
 * their versions (and ETags) stay.
 */
@ApplicationScoped
public class ModelSearchTexts {

    private final EntityManager em;

    public ModelSearchTexts(EntityManager em) {
        this.em = em;
    }

    void onUnitRenamed(@Observes UnitRenamed event) {
        OrgUnit unit = em.find(OrgUnit.class, event.unitId());
        for (DvModel model : em.createQuery("from DvModel m where m.unit.id = :unit", DvModel.class)
                .setParameter("unit", unit.id).getResultList()) {
            String text = DvModel.searchText(model.name, model.goals, model.beneficiaries, model.field, unit.name);
            em.createQuery("update DvModel m set m.searchText = :text where m.id = :id")
                    .setParameter("text", text).setParameter("id", model.id).executeUpdate();
        }
    }
}
