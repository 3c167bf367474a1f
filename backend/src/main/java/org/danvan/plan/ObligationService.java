package org.danvan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.danvan.common.ChangeEvents.ExtensionChanged;
import org.danvan.common.ChangeEvents.PeriodsChanged;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitService;
import org.danvan.orgunit.UnitGroup;
import org.danvan.orgunit.UnitGroupService;
import org.danvan.plan.PlanDtos.ExtensionView;
import org.danvan.plan.PlanDtos.ExtensionWrite;
import org.danvan.plan.PlanDtos.ObligationView;
import org.danvan.plan.PlanDtos.ObligationWrite;
import org.danvan.plan.PlanDtos.PeriodView;

@ApplicationScoped
public class ObligationService {

    private final PlanRepository plans;
    private final ObligationRepository obligations;
    private final ObligationPeriodRepository periods;
    private final ObligationExtensionRepository extensions;
    private final TargetRepository targets;
    private final UnitGroupService groups;
    private final OrgUnitService units;
    private final Event<PeriodsChanged> periodsChanged;
    private final Event<ExtensionChanged> extensionChanged;
    private final PlanSearchTexts searchTexts;

    public ObligationService(PlanRepository plans, ObligationRepository obligations, ObligationPeriodRepository periods,
            ObligationExtensionRepository extensions, TargetRepository targets, UnitGroupService groups,
            OrgUnitService units, Event<PeriodsChanged> periodsChanged, Event<ExtensionChanged> extensionChanged,
            PlanSearchTexts searchTexts) {
        this.plans = plans;
        this.obligations = obligations;
        this.periods = periods;
        this.extensions = extensions;
        this.targets = targets;
        this.groups = groups;
        this.units = units;
        this.periodsChanged = periodsChanged;
        this.extensionChanged = extensionChanged;
        this.searchTexts = searchTexts;
    }

    public PageView<ObligationView> listObligations(String planId, PageRequest page) {
        Plan plan = plans.load(planId);
        return page.fetch(obligations.listByPlan(plan.id)).map(ObligationView::of);
    }

    public Optional<ObligationView> findObligation(String planId, String obligationId) {
        Plan plan = plans.load(planId);
        return Ids.parse(obligationId).flatMap(id -> obligations.findInPlan(plan.id, id)).map(ObligationView::of);
    }

    @Transactional
    public ObligationView createObligation(String planId, ObligationWrite write) {
        Obligation obligation = new Obligation();
        obligation.plan = plans.loadOpen(planId);
        apply(obligation, write);
        obligations.persist(obligation);
        expandPeriods(obligation);
        obligations.flush();
        return ObligationView.of(obligation);
    }

    @Transactional
    public ObligationView updateObligation(String planId, String obligationId, long expectedVersion,
            ObligationWrite write) {
        Obligation obligation = load(plans.loadOpen(planId), obligationId);
        Versions.check(expectedVersion, obligation.version);
        String titleBefore = obligation.title;
        apply(obligation, write);
        expandPeriods(obligation);
        obligations.flush();
        if (!titleBefore.equals(obligation.title)) {
            searchTexts.obligationRenamed(obligation);
        }
        return ObligationView.of(obligation);
    }

    @Transactional
    public void deleteObligation(String planId, String obligationId, long expectedVersion) {
        Obligation obligation = load(plans.loadOpen(planId), obligationId);
        Versions.check(expectedVersion, obligation.version);
        if (targets.countsObligation(obligation.id)) {
            throw Problems.conflict("obligation-in-use", obligation.title);
        }
        if (periods.countSubmissions("obligation_id", obligation.id) > 0) {
            throw Problems.conflict("obligation-has-submissions", obligation.title);
        }
        obligations.delete(obligation);
    }

    public PageView<PeriodView> listPeriods(String obligationId, PageRequest page) {
        Obligation obligation = load(obligationId);
        return page.fetch(periods.listByObligation(obligation.id)).map(PeriodView::of);
    }

    public PageView<ExtensionView> listExtensions(String obligationId, PageRequest page) {
        Obligation obligation = load(obligationId);
        return page.fetch(extensions.listByObligation(obligation.id)).map(ExtensionView::of);
    }

    /**
     * Gives one unit of the obligation's group a later due date for one period; the unit must owe
     * that period (belong to the group on its due date).
     */
    @Transactional
    public ExtensionView createExtension(String obligationId, ExtensionWrite write) {
        Obligation obligation = load(obligationId);
        plans.requireInReach(obligation.plan);
        PlanRepository.requireOpen(obligation.plan);
        List<FieldError> errors = new ArrayList<>();
        ObligationPeriod period = Ids.parse(write.periodId())
                .flatMap(id -> periods.findInObligation(obligation.id, id)).orElse(null);
        if (period == null) {
            errors.add(new FieldError("periodId", "unknown-period", write.periodId()));
        }
        OrgUnit unit = units.reference("unitId", write.unitId(), errors);
        if (period != null && unit != null && !groups.isMember(obligation.group, unit, period.dueDate)) {
            errors.add(new FieldError("unitId", "not-in-group", period.dueDate));
        }
        if (period != null && !write.dueDate().isAfter(period.dueDate)) {
            errors.add(new FieldError("dueDate", "date-not-after", period.dueDate));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        plans.requireInReach(unit);
        if (extensions.exists(period.id, unit.id)) {
            throw Problems.conflict("duplicate-extension", unit.name);
        }
        ObligationExtension extension = new ObligationExtension();
        extension.obligation = obligation;
        extension.period = period;
        extension.unit = unit;
        extension.dueDate = write.dueDate();
        extension.reason = write.reason().trim();
        extensions.persistAndFlush(extension);
        extensionChanged.fire(new ExtensionChanged(period.id));
        return ExtensionView.of(extension);
    }

    @Transactional
    public void deleteExtension(String obligationId, String extensionId, long expectedVersion) {
        Obligation obligation = load(obligationId);
        plans.requireInReach(obligation.plan);
        PlanRepository.requireOpen(obligation.plan);
        ObligationExtension extension = Ids.parse(extensionId)
                .flatMap(id -> extensions.findInObligation(obligation.id, id))
                .orElseThrow(() -> Problems.notFound("extension", extensionId));
        Versions.check(expectedVersion, extension.version);
        extensions.delete(extension);
        extensions.flush();
        extensionChanged.fire(new ExtensionChanged(extension.period.id));
    }

    /** After a plan's period changes: every yearly obligation gets one period per year again. */
    void expandYearlyPeriods(Plan plan) {
        obligations.listYearlyByPlan(plan.id).forEach(this::expandPeriods);
    }

    /**
     * Brings the stored periods in line with the schedule: a period whose year is still due keeps
     * its id (and whatever hangs on it) and takes the new date; years no longer due are removed.
     */
    void expandPeriods(Obligation obligation) {
        expandPeriodsOnly(obligation);
        periods.flush();
        periodsChanged.fire(new PeriodsChanged(obligation.id));
    }

    private void expandPeriodsOnly(Obligation obligation) {
        List<Schedule.Due> dues = obligation.schedule().expand(obligation.plan.periodStart, obligation.plan.periodEnd);
        Map<Integer, ObligationPeriod> existing = new HashMap<>();
        for (ObligationPeriod period : periods.allOf(obligation.id)) {
            if (existing.putIfAbsent(period.year, period) != null) {
                periods.delete(period);
            }
        }
        for (Schedule.Due due : dues) {
            ObligationPeriod period = existing.remove(due.year());
            if (period != null) {
                period.dueDate = due.dueDate();
            } else {
                period = new ObligationPeriod();
                period.obligation = obligation;
                period.year = due.year();
                period.dueDate = due.dueDate();
                periods.persist(period);
            }
        }
        for (ObligationPeriod dropped : existing.values()) {
            if (extensions.countByPeriod(dropped.id) > 0 || periods.countSubmissions("period_id", dropped.id) > 0) {
                throw Problems.conflict("period-in-use", dropped.year);
            }
            periods.delete(dropped);
        }
        requireExtensionsStillHold(obligation);
    }

    /**
     * A change of schedule or group must not leave an extension that no longer extends anything
     * (a due date on or before its period's) or that belongs to a unit the group no longer holds.
     */
    private void requireExtensionsStillHold(Obligation obligation) {
        for (ObligationExtension extension : extensions.listByObligation(obligation.id).list()) {
            ObligationPeriod period = extension.period;
            if (!extension.dueDate.isAfter(period.dueDate)
                    || !groups.isMember(obligation.group, extension.unit, period.dueDate)) {
                throw Problems.conflict("extension-invalidated", extension.unit.name, period.dueDate);
            }
        }
    }

    private Obligation load(String obligationId) {
        return Ids.parse(obligationId).flatMap(obligations::findByIdOptional).filter(o -> plans.visible(o.plan))
                .orElseThrow(() -> Problems.notFound("obligation", obligationId));
    }

    private Obligation load(Plan plan, String obligationId) {
        return Ids.parse(obligationId).flatMap(id -> obligations.findInPlan(plan.id, id))
                .orElseThrow(() -> Problems.notFound("obligation", obligationId));
    }

    private void apply(Obligation obligation, ObligationWrite write) {
        List<FieldError> errors = new ArrayList<>();
        UnitGroup group = groups.reference("groupId", write.groupId(), errors);
        if ((write.dueDate() == null) == (write.dueMonthDay() == null)) {
            errors.add(new FieldError("dueDate", "one-schedule"));
        }
        if (write.dueMonthDay() != null && !validMonthDay(write.dueMonthDay())) {
            errors.add(new FieldError("dueMonthDay", "month-day"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        obligation.kind = write.kind();
        obligation.title = write.title().trim();
        obligation.group = group;
        obligation.dueDate = write.dueDate();
        obligation.dueMonthDay = write.dueMonthDay();
        obligation.graceDays = write.graceDays() == null ? 0 : write.graceDays();
        obligation.sourcePhrase = PlanService.blankToNull(write.sourcePhrase());
        obligation.recipient = PlanService.blankToNull(write.recipient());
    }

    /** {@code --02-30} matches the pattern but is no day of any year. */
    private static boolean validMonthDay(String monthDay) {
        try {
            MonthDay.parse(monthDay);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
