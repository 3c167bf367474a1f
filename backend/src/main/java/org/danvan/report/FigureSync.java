package org.danvan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.danvan.common.ChangeEvents.ExtensionChanged;
import org.danvan.common.ChangeEvents.GroupChanged;
import org.danvan.common.ChangeEvents.PeriodsChanged;
import org.danvan.common.ChangeEvents.TargetChanged;
import org.danvan.common.ChangeEvents.UnitChanged;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.ObligationExtension;
import org.danvan.plan.ObligationPeriod;
import org.danvan.plan.Target;

/** Finds the periods a change touches and has {@link FigureKeeper} bring them up to date. */
@ApplicationScoped
public class FigureSync {

    private final EntityManager em;
    private final FigureKeeper keeper;
    private final TaskFigureKeeper tasks;

    public FigureSync(EntityManager em, FigureKeeper keeper, TaskFigureKeeper tasks) {
        this.em = em;
        this.keeper = keeper;
        this.tasks = tasks;
    }

    void onPeriods(@Observes PeriodsChanged event) {
        em.flush();
        syncObligation(event.obligationId());
    }

    void onExtension(@Observes ExtensionChanged event) {
        em.flush();
        ObligationPeriod period = em.find(ObligationPeriod.class, event.periodId());
        syncPeriod(period, measuredBy(period.obligation.id));
    }

    void onTarget(@Observes TargetChanged event) {
        em.flush();
        Target target = em.find(Target.class, event.targetId());
        // counters of an obligation or measure the target no longer has go too
        em.createNativeQuery("delete from target_figure where target_id = :t").setParameter("t", target.id)
                .executeUpdate();
        recountTarget(target);
    }

    void onGroup(@Observes GroupChanged event) {
        em.flush();
        syncGroups(Set.of(event.groupId()));
    }

    /** A unit counts in the groups that name it and in those whose scope lies above it, before or after. */
    void onUnit(@Observes UnitChanged event) {
        em.flush();
        OrgUnit unit = em.find(OrgUnit.class, event.unitId());
        Set<UUID> groups = new LinkedHashSet<>(em.createQuery("select g.id from UnitGroup g join g.members m"
                + " where m.id = :unit", UUID.class).setParameter("unit", unit.id).getResultList());
        for (String path : event.oldPath() == null ? List.of(unit.path) : List.of(unit.path, event.oldPath())) {
            groups.addAll(em.createQuery("select g.id from UnitGroup g where g.scope is not null"
                    + " and locate(g.scope.path, :path) = 1", UUID.class).setParameter("path", path).getResultList());
        }
        syncGroups(groups);
    }

    /** Every period, target and task from the rows: the repair and audit tool. How many of each. */
    public long[] rebuildAll() {
        em.flush();
        List<UUID> obligations = em.createQuery("select o.id from Obligation o", UUID.class).getResultList();
        for (UUID obligationId : obligations) {
            List<Target> targets = measuredBy(obligationId);
            for (ObligationPeriod period : periodsOf(obligationId)) {
                keeper.rebuildPeriod(period, extensionsOf(period), targets);
            }
        }
        long periods = em.createQuery("select count(p) from ObligationPeriod p", Long.class).getSingleResult();
        long targets = em.createQuery("select count(t) from Target t where t.obligation is not null", Long.class)
                .getSingleResult();
        return new long[] {periods, targets, tasks.rebuildAll()};
    }

    private void syncGroups(Set<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return;
        }
        em.createQuery("select o.id from Obligation o where o.group.id in :groups", UUID.class)
                .setParameter("groups", groupIds).getResultList().forEach(this::syncObligation);
        em.createQuery("select t from Target t where t.group.id in :groups and t.obligation is not null", Target.class)
                .setParameter("groups", groupIds).getResultList().forEach(this::recountTarget);
    }

    private void syncObligation(UUID obligationId) {
        List<Target> targets = measuredBy(obligationId);
        for (ObligationPeriod period : periodsOf(obligationId)) {
            syncPeriod(period, targets);
        }
    }

    private void syncPeriod(ObligationPeriod period, List<Target> targets) {
        keeper.syncPeriod(period, extensionsOf(period), targets);
    }

    private List<ObligationExtension> extensionsOf(ObligationPeriod period) {
        return em.createQuery("select e from ObligationExtension e join fetch e.unit where e.period.id = :p",
                ObligationExtension.class).setParameter("p", period.id).getResultList();
    }

    private void recountTarget(Target target) {
        if (target.obligation == null) {
            return;
        }
        for (ObligationPeriod period : periodsOf(target.obligation.id)) {
            keeper.recountTarget(target, period);
        }
    }

    private List<ObligationPeriod> periodsOf(UUID obligationId) {
        return em.createQuery("select p from ObligationPeriod p join fetch p.obligation o join fetch o.group"
                + " where o.id = :o order by p.dueDate", ObligationPeriod.class)
                .setParameter("o", obligationId).getResultList();
    }

    List<Target> measuredBy(UUID obligationId) {
        return em.createQuery("select t from Target t join fetch t.group where t.obligation.id = :o"
                + " and t.measureKind in :kinds", Target.class)
                .setParameter("o", obligationId).setParameter("kinds", List.of(MeasureKind.SUBMISSION, MeasureKind.REPORTED))
                .getResultList();
    }

}
