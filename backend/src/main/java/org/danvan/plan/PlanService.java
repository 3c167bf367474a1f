package org.danvan.plan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitService;
import org.danvan.plan.PlanDtos.LegalReferenceDto;
import org.danvan.plan.PlanDtos.PlanView;
import org.danvan.plan.PlanDtos.PlanWrite;

@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final OrgUnitService units;
    private final ObligationService obligations;
    private final ObligationPeriodRepository periods;
    private final PlanTaskService tasks;
    private final TargetService targets;
    private final PlanSearchTexts searchTexts;

    public PlanService(PlanRepository plans, OrgUnitService units, ObligationService obligations,
            ObligationPeriodRepository periods, PlanTaskService tasks, TargetService targets,
            PlanSearchTexts searchTexts) {
        this.plans = plans;
        this.units = units;
        this.obligations = obligations;
        this.periods = periods;
        this.tasks = tasks;
        this.targets = targets;
        this.searchTexts = searchTexts;
    }

    public PageView<PlanView> listPlans(PlanRepository.Filter filter, Sort sort, PageRequest page) {
        return page.fetch(plans.search(filter, sort)).map(PlanView::of);
    }

    public Optional<PlanView> findPlan(String id) {
        return plans.findVisible(id).map(PlanView::of);
    }

    /**
     * Creates a plan in DRAFT, with its obligations, tasks and targets when the write carries them
     * (a reviewed import draft): all or nothing, every invalid entry reported under its path
     * ({@code targets[2].population.groupId}). A target names an obligation of the same write as
     * {@code #index}.
     */
    @Transactional
    public PlanView createPlan(PlanWrite write) {
        Plan plan = new Plan();
        apply(plan, write);
        plans.persistAndFlush(plan);
        if (write.hasContent()) {
            createContent(plan.id.toString(), write);
        }
        return PlanView.of(plan);
    }

    private void createContent(String planId, PlanWrite write) {
        List<FieldError> errors = new ArrayList<>();
        List<String> obligationIds = new ArrayList<>();
        List<PlanDtos.ObligationWrite> obligationWrites = write.obligations() == null ? List.of() : write.obligations();
        for (int i = 0; i < obligationWrites.size(); i++) {
            PlanDtos.ObligationWrite o = obligationWrites.get(i);
            obligationIds.add(collect(errors, "obligations[" + i + "].", () -> obligations.createObligation(planId, o).id()));
        }
        List<PlanDtos.PlanTaskWrite> taskWrites = write.tasks() == null ? List.of() : write.tasks();
        for (int i = 0; i < taskWrites.size(); i++) {
            PlanDtos.PlanTaskWrite t = taskWrites.get(i);
            collect(errors, "tasks[" + i + "].", () -> tasks.createTask(planId, t).id());
        }
        List<PlanDtos.TargetWrite> targetWrites = write.targets() == null ? List.of() : write.targets();
        for (int i = 0; i < targetWrites.size(); i++) {
            PlanDtos.TargetWrite t = targetWrites.get(i);
            String ref = t.measure().obligationId();
            if (ref != null && ref.startsWith("#")) {
                Integer index = ref.substring(1).matches("\\d{1,3}") ? Integer.valueOf(ref.substring(1)) : null;
                if (index == null || index >= obligationIds.size()) {
                    errors.add(new FieldError("targets[" + i + "].measure.obligationId", "obligation-index",
                            obligationIds.size()));
                    continue;
                }
                if (obligationIds.get(index) == null) {
                    continue; // that obligation is invalid and reported already
                }
                t = new PlanDtos.TargetWrite(t.ordinal(), t.statement(), t.comparator(), t.thresholdPercent(),
                        t.population(), new PlanDtos.MeasureDto(t.measure().kind(), obligationIds.get(index),
                        t.measure().minimumRating()), t.missingData(), t.allowMetOnPartialData());
            }
            PlanDtos.TargetWrite target = t;
            collect(errors, "targets[" + i + "].", () -> targets.createTarget(planId, target).id());
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    /** Runs one creation; a 400 has its fields put under {@code prefix} and answers null. */
    private static String collect(List<FieldError> errors, String prefix, java.util.function.Supplier<String> create) {
        try {
            return create.get();
        } catch (org.danvan.common.ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            e.errors().forEach(error -> errors.add(new FieldError(prefix + error.field(), error.messageKey(),
                    error.args())));
            return null;
        }
    }

    /**
     * Replaces a plan's fields. An issued plan keeps its identity (issuer, number, symbol, issue
     * date); a closed plan changes no more. A new period re-expands the yearly obligations.
     */
    @Transactional
    public PlanView updatePlan(String id, long expectedVersion, PlanWrite write) {
        if (write.hasContent()) {
            List<FieldError> errors = new ArrayList<>();
            for (String field : List.of("tasks", "targets", "obligations")) {
                boolean given = switch (field) {
                    case "tasks" -> write.tasks() != null && !write.tasks().isEmpty();
                    case "targets" -> write.targets() != null && !write.targets().isEmpty();
                    default -> write.obligations() != null && !write.obligations().isEmpty();
                };
                if (given) {
                    errors.add(new FieldError(field, "only-on-create"));
                }
            }
            throw Problems.invalid(errors);
        }
        Plan plan = load(id);
        Versions.check(expectedVersion, plan.version);
        requireOpen(plan);
        int startBefore = plan.periodStart;
        int endBefore = plan.periodEnd;
        String titleBefore = plan.title + " " + plan.reference();
        apply(plan, write);
        if (plan.periodStart != startBefore || plan.periodEnd != endBefore) {
            obligations.expandYearlyPeriods(plan);
            tasks.periodChanged(plan);
        }
        plans.flush();
        if (!titleBefore.equals(plan.title + " " + plan.reference())) {
            searchTexts.planRenamed(plan);
        }
        return PlanView.of(plan);
    }

    @Transactional
    public void deletePlan(String id, long expectedVersion) {
        Plan plan = load(id);
        Versions.check(expectedVersion, plan.version);
        if (plan.status != PlanStatus.DRAFT) {
            throw Problems.conflict("plan-not-draft", plan.status);
        }
        if (periods.countSubmissions("plan_id", plan.id) > 0) {
            throw Problems.conflict("plan-has-submissions");
        }
        plans.deleteWithContent(plan);
    }

    /** DRAFT -> ISSUED, once the plan carries its full identity. */
    @Transactional
    public PlanView issuePlan(String id) {
        Plan plan = load(id);
        if (plan.status != PlanStatus.DRAFT) {
            throw Problems.conflict("illegal-plan-transition", plan.status, PlanStatus.ISSUED);
        }
        if (plan.number == null || plan.symbol == null || plan.issueDate == null) {
            throw Problems.conflict("plan-identity-incomplete");
        }
        plan.status = PlanStatus.ISSUED;
        plans.flush();
        return PlanView.of(plan);
    }

    /** ISSUED -> CLOSED: the plan and everything under it become read-only. */
    @Transactional
    public PlanView closePlan(String id) {
        Plan plan = load(id);
        if (plan.status != PlanStatus.ISSUED) {
            throw Problems.conflict("illegal-plan-transition", plan.status, PlanStatus.CLOSED);
        }
        plan.status = PlanStatus.CLOSED;
        plans.flush();
        return PlanView.of(plan);
    }

    private Plan load(String id) {
        return plans.loadForChange(id);
    }

    private static void requireOpen(Plan plan) {
        PlanRepository.requireOpen(plan);
    }

    private void apply(Plan plan, PlanWrite write) {
        List<FieldError> errors = new ArrayList<>();
        OrgUnit issuer = units.reference("issuerId", write.issuerId(), errors);
        Plan parent = null;
        if (write.parentPlanId() != null) {
            parent = plans.findVisible(write.parentPlanId()).orElse(null);
            if (parent == null) {
                errors.add(new FieldError("parentPlanId", "unknown-plan", write.parentPlanId()));
            } else if (implementsItself(parent, plan)) {
                errors.add(new FieldError("parentPlanId", "parent-self"));
            }
        }
        if (write.periodEnd() < write.periodStart()) {
            errors.add(new FieldError("periodEnd", "year-before", write.periodStart()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        // a plan is issued in the caller's reach: a province's coordinator issues none for another province
        plans.requireInReach(issuer);
        String symbol = blankToNull(write.symbol());
        boolean identityChanges = plan.issuer != null && (!plan.issuer.id.equals(issuer.id)
                || !Objects.equals(plan.number, write.number()) || !Objects.equals(plan.symbol, symbol)
                || !Objects.equals(plan.issueDate, write.issueDate()));
        if (plan.status == PlanStatus.ISSUED && identityChanges) {
            throw Problems.conflict("plan-identity-frozen", plan.reference());
        }
        int identityYear = write.issueDate() != null ? write.issueDate().getYear() : write.periodStart();
        if (plans.identityTaken(plan.id, issuer, write.number(), symbol, identityYear)) {
            throw Problems.conflict("duplicate-plan-reference", Plan.reference(write.number(), symbol));
        }
        plan.issuer = issuer;
        plan.number = write.number();
        plan.symbol = symbol;
        plan.title = write.title().trim();
        plan.issuePlace = blankToNull(write.issuePlace());
        plan.issueDate = write.issueDate();
        plan.periodStart = write.periodStart();
        plan.periodEnd = write.periodEnd();
        plan.implementsText = blankToNull(write.implementsText());
        plan.parentPlan = parent;
        plan.legalBases.clear();
        if (write.legalBases() != null) {
            write.legalBases().stream().map(PlanService::legalReference).forEach(plan.legalBases::add);
        }
        plan.purposes.clear();
        if (write.purposes() != null) {
            write.purposes().stream().map(String::trim).forEach(plan.purposes::add);
        }
        plan.recipients.clear();
        if (write.recipients() != null) {
            write.recipients().stream().map(String::trim).forEach(plan.recipients::add);
        }
        plan.signerName = write.signer() == null ? null : write.signer().name().trim();
        plan.signerPosition = write.signer() == null ? null : blankToNull(write.signer().position());
        plan.signerCapacity = write.signer() == null ? null : write.signer().capacity();
    }

    /** Whether {@code parent} is {@code plan} or one of the plans that implement it. */
    private static boolean implementsItself(Plan parent, Plan plan) {
        for (Plan ancestor = parent; ancestor != null; ancestor = ancestor.parentPlan) {
            if (ancestor.id.equals(plan.id)) {
                return true;
            }
        }
        return false;
    }

    private static LegalReference legalReference(LegalReferenceDto dto) {
        LegalReference ref = new LegalReference();
        ref.type = dto.type();
        ref.number = dto.number().trim();
        ref.date = dto.date();
        ref.issuingBody = blankToNull(dto.issuingBody());
        ref.title = blankToNull(dto.title());
        return ref;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
