package org.danvan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.danvan.common.ChangeEvents.TargetChanged;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.UnitGroup;
import org.danvan.orgunit.UnitGroupService;
import org.danvan.plan.PlanDtos.TargetView;
import org.danvan.plan.PlanDtos.TargetWrite;
import org.danvan.plan.PlanDtos.VerdictWrite;

@ApplicationScoped
public class TargetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanRepository plans;
    private final TargetRepository targets;
    private final ObligationRepository obligations;
    private final UnitGroupService groups;
    private final Event<TargetChanged> changed;
    private final Clock clock;

    public TargetService(PlanRepository plans, TargetRepository targets, ObligationRepository obligations,
            UnitGroupService groups, Event<TargetChanged> changed, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.obligations = obligations;
        this.groups = groups;
        this.changed = changed;
        this.clock = clock;
    }

    public PageView<TargetView> listTargets(String planId, PageRequest page) {
        Plan plan = plans.load(planId);
        return page.fetch(targets.listByPlan(plan.id)).map(TargetView::of);
    }

    public Optional<TargetView> findTarget(String planId, String targetId) {
        Plan plan = plans.load(planId);
        return Ids.parse(targetId).flatMap(id -> targets.findInPlan(plan.id, id)).map(TargetView::of);
    }

    @Transactional
    public TargetView createTarget(String planId, TargetWrite write) {
        Target target = new Target();
        target.plan = plans.loadOpen(planId);
        target.position = targets.nextPosition(target.plan.id);
        apply(target, write);
        targets.persistAndFlush(target);
        changed.fire(new TargetChanged(target.id));
        return TargetView.of(target);
    }

    @Transactional
    public TargetView updateTarget(String planId, String targetId, long expectedVersion, TargetWrite write) {
        Target target = load(plans.loadOpen(planId), targetId);
        Versions.check(expectedVersion, target.version);
        apply(target, write);
        targets.flush();
        changed.fire(new TargetChanged(target.id));
        return TargetView.of(target);
    }

    @Transactional
    public void deleteTarget(String planId, String targetId, long expectedVersion) {
        Target target = load(plans.loadOpen(planId), targetId);
        Versions.check(expectedVersion, target.version);
        targets.delete(target);
    }

    /** A coordinator's verdict on a MANUAL target; computed measures refuse one. */
    @Transactional
    public TargetView recordVerdict(String planId, String targetId, VerdictWrite write) {
        Target target = load(plans.loadOpen(planId), targetId);
        if (target.measureKind != MeasureKind.MANUAL) {
            throw Problems.conflict("target-not-manual", target.measureKind);
        }
        target.verdictMet = write.met();
        target.verdictReason = write.reason().trim();
        target.verdictRecordedAt = clock.instant();
        targets.flush();
        return TargetView.of(target);
    }

    private Target load(Plan plan, String targetId) {
        return Ids.parse(targetId).flatMap(id -> targets.findInPlan(plan.id, id))
                .orElseThrow(() -> Problems.notFound("target", targetId));
    }

    /**
     * The rules that make a target measurable: a quantitative target has both comparator and
     * threshold; SUBMISSION counts an obligation of the same plan; RATING names the minimum
     * rating; officials are counted only from reported figures or by hand.
     */
    private void apply(Target target, TargetWrite write) {
        List<FieldError> errors = new ArrayList<>();
        UnitGroup group = groups.reference("population.groupId", write.population().groupId(), errors);
        var measure = write.measure();
        boolean quantitative = write.comparator() != null || write.thresholdPercent() != null;
        if (quantitative && (write.comparator() == null || write.thresholdPercent() == null)) {
            errors.add(new FieldError(write.comparator() == null ? "comparator" : "thresholdPercent",
                    "comparator-with-threshold"));
        }
        if (!quantitative && measure.kind() != MeasureKind.MANUAL) {
            errors.add(new FieldError("thresholdPercent", "threshold-required", measure.kind()));
        }
        // stored as numeric(5, 2): a third decimal would be rounded away silently
        if (write.thresholdPercent() != null && write.thresholdPercent().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("thresholdPercent", "two-decimals"));
        }
        if (write.comparator() == Comparator.GT && write.thresholdPercent() != null
                && write.thresholdPercent().compareTo(HUNDRED) >= 0) {
            errors.add(new FieldError("thresholdPercent", "unreachable"));
        }
        Obligation obligation = null;
        if (measure.kind() == MeasureKind.SUBMISSION || measure.kind() == MeasureKind.REPORTED) {
            obligation = Ids.parse(measure.obligationId())
                    .flatMap(id -> obligations.findInPlan(target.plan.id, id)).orElse(null);
            if (obligation == null) {
                errors.add(new FieldError("measure.obligationId", "obligation-of-plan"));
            }
        } else if (measure.obligationId() != null) {
            errors.add(new FieldError("measure.obligationId", "only-for-submission"));
        }
        String minimumRating = PlanService.blankToNull(measure.minimumRating());
        if (measure.kind() == MeasureKind.RATING && minimumRating == null) {
            errors.add(new FieldError("measure.minimumRating", "required-for-rating"));
        } else if (measure.kind() != MeasureKind.RATING && minimumRating != null) {
            errors.add(new FieldError("measure.minimumRating", "only-for-rating"));
        }
        PopulationBasis basis = write.population().basis();
        if (basis == PopulationBasis.OFFICIALS && measure.kind() != MeasureKind.REPORTED
                && measure.kind() != MeasureKind.MANUAL) {
            errors.add(new FieldError("population.basis", "officials-measure"));
        }
        MissingData missingData = write.missingData() == null ? MissingData.COUNT_AS_NOT_MET : write.missingData();
        // a unit without an accepted submission is a definite "no" for SUBMISSION: leaving it out would make every such target 100%
        if (measure.kind() == MeasureKind.SUBMISSION && missingData == MissingData.EXCLUDE) {
            errors.add(new FieldError("missingData", "missing-data-submission"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        target.missingData = missingData;
        target.allowMetOnPartialData = Boolean.TRUE.equals(write.allowMetOnPartialData());
        target.ordinal = write.ordinal().trim();
        target.statement = write.statement().trim();
        target.comparator = write.comparator();
        target.thresholdPercent = write.thresholdPercent();
        target.group = group;
        target.basis = basis;
        target.measureKind = measure.kind();
        target.obligation = obligation;
        target.minimumRating = minimumRating;
    }
}
