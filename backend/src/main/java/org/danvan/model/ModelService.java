package org.danvan.model;

import static org.danvan.common.Texts.trimmed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.model.ModelDtos.ModelCount;
import org.danvan.model.ModelDtos.ModelCounts;
import org.danvan.model.ModelDtos.ModelCreate;
import org.danvan.model.ModelDtos.ModelUpdate;
import org.danvan.model.ModelDtos.ModelView;
import org.danvan.model.ModelDtos.OutcomeDto;
import org.danvan.model.ModelDtos.RecognitionDto;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.ObligationPeriod;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanStatus;
import org.danvan.report.FigureKeeper;
import org.danvan.security.Caller;
import org.danvan.submission.Deadlines;
import org.danvan.submission.Timeliness;

/**
 * The "Dân vận khéo" registry: units register their models, report the outcome, coordinators
 * record the recognition. Models are public within the province; a reporter writes only for the
 * units it covers.
 */
@ApplicationScoped
public class ModelService {

    /** What {@code GET /models/counts} groups by. */
    public enum GroupBy {
        FIELD, UNIT, YEAR
    }

    private final ModelRepository models;
    private final EntityManager em;
    private final FigureKeeper figures;
    private final Caller actor;

    public ModelService(ModelRepository models, EntityManager em, FigureKeeper figures, Caller actor) {
        this.models = models;
        this.em = em;
        this.figures = figures;
        this.actor = actor;
    }

    public PageView<ModelView> listModels(ModelRepository.Filter filter, io.quarkus.panache.common.Sort sort,
            PageRequest page) {
        PageView<DvModel> found = page.fetch(models.search(filter, sort, actor.readScopePath()));
        Map<String, Due> dues = duesOf(found.items());
        return found.map(m -> view(m, Optional.ofNullable(dues.get(m.periodId + "/" + m.unit.id))));
    }

    public Optional<ModelView> findModel(String id) {
        return Ids.parse(id).flatMap(models::findByIdOptional).filter(this::readable).map(this::view);
    }

    @Transactional
    public ModelView createModel(ModelCreate write) {
        Optional<UUID> unitId = Ids.parse(write.unitId());
        OrgUnit unit = unitId.map(id -> em.find(OrgUnit.class, id)).orElse(null);
        // a reporter acts for its own units only: refused before anything else tells it about another unit
        if (unit != null) {
            requireCovered(unit);
        }
        List<FieldError> errors = new ArrayList<>();
        if (unit == null) {
            errors.add(new FieldError("unitId", "unknown-org-unit", write.unitId()));
        }
        ObligationPeriod period = null;
        if (write.periodId() != null && !write.periodId().isBlank()) {
            period = Ids.parse(write.periodId()).flatMap(this::periodWithPlan).orElse(null);
            if (period == null) {
                errors.add(new FieldError("periodId", "unknown-period", write.periodId()));
            } else if (period.obligation.kind != ObligationKind.MODEL_REGISTRATION) {
                errors.add(new FieldError("periodId", "model-registration-period"));
                period = null;
            } else if (unit != null && figures.standing(period.id, unit.id).isEmpty()) {
                errors.add(new FieldError("unitId", "not-in-group", period.dueDate));
            }
        }
        Plan plan = null;
        if (write.planId() != null && !write.planId().isBlank()) {
            plan = Ids.parse(write.planId()).map(id -> em.find(Plan.class, id)).orElse(null);
            if (plan == null) {
                errors.add(new FieldError("planId", "unknown-plan", write.planId()));
            } else if (period != null && !period.obligation.plan.id.equals(plan.id)) {
                errors.add(new FieldError("periodId", "period-of-plan"));
            }
        } else if (period != null) {
            plan = period.obligation.plan;
        }
        errors.addAll(contentErrors(write.content()));
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (plan != null && plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
        DvModel model = new DvModel();
        model.unit = unit;
        model.planId = plan == null ? null : plan.id;
        model.periodId = period == null ? null : period.id;
        apply(model, write.content());
        models.persistAndFlush(model);
        return view(model);
    }

    @Transactional
    public ModelView updateModel(String id, long expectedVersion, ModelUpdate write) {
        DvModel model = load(id);
        requireCovered(model.unit);
        Versions.check(expectedVersion, model.version);
        List<FieldError> errors = contentErrors(write);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        apply(model, write);
        models.flush();
        return view(model);
    }

    /** Withdraws a model; a recognised one stays, as the decision that recognised it does. */
    @Transactional
    public void deleteModel(String id, long expectedVersion) {
        DvModel model = load(id);
        requireCovered(model.unit);
        Versions.check(expectedVersion, model.version);
        if (model.recognitionLevel != null) {
            throw Problems.conflict("model-recognized");
        }
        models.delete(model);
    }

    @Transactional
    public ModelView recordRecognition(String id, long expectedVersion, RecognitionDto recognition) {
        DvModel model = load(id);
        Versions.check(expectedVersion, model.version);
        if (recognition.decisionDate().isBefore(model.registrationDate)) {
            throw Problems.invalid("decisionDate", "date-before", model.registrationDate);
        }
        model.recognitionLevel = recognition.level();
        model.decisionNumber = recognition.decisionNumber().trim();
        model.decisionDate = recognition.decisionDate();
        models.flush();
        return view(model);
    }

    /**
     * Models and recognised models per field (all four, zeros included), per unit that registered
     * one (by name) or per year of registration (ascending), with their sums.
     */
    public ModelCounts countModels(GroupBy groupBy, Optional<Integer> year) {
        List<ModelCount> items = switch (groupBy) {
            case FIELD -> {
                Map<Object, ModelRepository.CountRow> rows = models.countByField(year, actor.readScopePath()).stream()
                        .collect(Collectors.toMap(ModelRepository.CountRow::key, Function.identity()));
                yield Arrays.stream(ModelField.values()).map(f -> {
                    ModelRepository.CountRow row = rows.get(f);
                    return new ModelCount(f.name(), f.label(), row == null ? 0 : row.total(),
                            row == null ? 0 : row.recognized());
                }).toList();
            }
            case UNIT -> models.countByUnit(year, actor.readScopePath()).stream()
                    .map(r -> new ModelCount(r.key().toString(), r.label(), r.total(), r.recognized()))
                    .sorted(Comparator.comparing(ModelCount::label).thenComparing(ModelCount::key)).toList();
            case YEAR -> models.countByYear(year, actor.readScopePath()).stream()
                    .map(r -> new ModelCount(r.key().toString(), r.key().toString(), r.total(), r.recognized()))
                    .sorted(Comparator.comparing(c -> Integer.valueOf(c.key()))).toList();
        };
        return new ModelCounts(groupBy.name().toLowerCase(java.util.Locale.ROOT), year.orElse(null),
                items.stream().mapToLong(ModelCount::total).sum(),
                items.stream().mapToLong(ModelCount::recognized).sum(), items);
    }

    private DvModel load(String id) {
        return Ids.parse(id).flatMap(models::findByIdOptional).filter(this::readable)
                .orElseThrow(() -> Problems.notFound("model", id));
    }

    /** A model outside the caller's reach (a reporter's: its province) is as unknown as a missing one. */
    private boolean readable(DvModel model) {
        return actor.readScopePath().map(model.unit.path::startsWith).orElse(true);
    }

    /** Reporters read every model of their province but write only those of the units they cover. */
    private void requireCovered(OrgUnit unit) {
        if (!actor.covers(unit)) {
            throw Problems.forbidden("out-of-scope");
        }
    }

    private Optional<ObligationPeriod> periodWithPlan(UUID id) {
        return em.createQuery("select p from ObligationPeriod p join fetch p.obligation o join fetch o.plan"
                + " where p.id = :id", ObligationPeriod.class).setParameter("id", id).getResultStream().findFirst();
    }

    private static List<FieldError> contentErrors(ModelUpdate write) {
        List<FieldError> errors = new ArrayList<>();
        if (write.endDate() != null && write.endDate().isBefore(write.startDate())) {
            errors.add(new FieldError("endDate", "date-before", write.startDate()));
        }
        return errors;
    }

    private static void apply(DvModel model, ModelUpdate write) {
        model.name = write.name().trim();
        model.field = write.field();
        model.goals = trimmed(write.goals());
        model.beneficiaries = trimmed(write.beneficiaries());
        model.startDate = write.startDate();
        model.endDate = write.endDate();
        model.registrationDate = write.registrationDate();
        OutcomeDto outcome = write.outcome();
        model.outcomeDescription = outcome == null ? null : trimmed(outcome.description());
        model.outcomeResults = outcome == null ? null : trimmed(outcome.results());
        model.outcomeReportedOn = outcome == null ? null : outcome.reportedOn();
    }

    /** A unit's effective due date for a period and the last day still on time. */
    private record Due(LocalDate dueDate, LocalDate deadline) {
    }

    private ModelView view(DvModel model) {
        Optional<Due> due = model.periodId == null ? Optional.empty()
                : figures.standing(model.periodId, model.unit.id).map(s -> new Due(s.dueDate(), s.deadline()));
        return view(model, due);
    }

    /** The dues of a page's models, from the assignment rows, in one query. */
    private Map<String, Due> duesOf(List<DvModel> page) {
        List<DvModel> registered = page.stream().filter(m -> m.periodId != null).toList();
        if (registered.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select cast(period_id as varchar(36)), cast(unit_id as varchar(36)), due_date,"
                        + " deadline from assignment"
                        + " where period_id in (:periods) and unit_id in (:units)")
                .setParameter("periods", registered.stream().map(m -> m.periodId).distinct().toList())
                .setParameter("units", registered.stream().map(m -> m.unit.id).distinct().toList())
                .getResultList();
        Map<String, Due> dues = new HashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            dues.put(cells[0] + "/" + cells[1], new Due(day(cells[2]), day(cells[3])));
        }
        return dues;
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The model as the API shows it; registered against a period, ON_TIME or LATE by its registration day. */
    private static ModelView view(DvModel m, Optional<Due> due) {
        Timeliness timeliness = due.map(d -> Deadlines.timeliness(
                m.registrationDate.atStartOfDay(Deadlines.VIETNAM).toInstant(), d.deadline())).orElse(null);
        OutcomeDto outcome = m.outcomeDescription == null ? null
                : new OutcomeDto(m.outcomeDescription, m.outcomeResults, m.outcomeReportedOn);
        RecognitionDto recognition = m.recognitionLevel == null ? null
                : new RecognitionDto(m.recognitionLevel, m.decisionNumber, m.decisionDate);
        return new ModelView(m.id.toString(), m.unit.id.toString(), m.name, m.field, m.goals, m.beneficiaries,
                m.startDate, m.endDate, m.registrationDate, Ids.format(m.planId), Ids.format(m.periodId),
                due.map(Due::dueDate).orElse(null), timeliness, outcome, recognition, m.version, m.createdAt,
                m.updatedAt);
    }
}
