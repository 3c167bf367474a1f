package org.danvan.submission;

import static org.danvan.common.Texts.trimmed;
import static org.danvan.common.Workflow.requireReason;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.danvan.common.ChangeEvents.SubmissionMoving;
import org.danvan.common.FieldError;
import org.danvan.common.Hashes;
import org.danvan.common.Ids;
import org.danvan.common.MultiStatement;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.ProblemException;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.common.Workflow;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.ObligationExtension;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.ObligationPeriod;
import org.danvan.plan.PlanStatus;
import org.danvan.plan.Target;
import org.danvan.report.FigureKeeper;
import org.danvan.security.AuditTrail;
import org.danvan.security.Caller;
import org.danvan.submission.SubmissionDtos.SectionsDto;
import org.danvan.submission.SubmissionDtos.SubmissionCreate;
import org.danvan.submission.SubmissionDtos.SubmissionUpdate;
import org.danvan.submission.SubmissionDtos.SubmissionView;
import org.danvan.submission.SubmissionDtos.TransitionView;
import org.danvan.submission.SubmissionDtos.ValueDto;

/**
 * Units' submissions and their review: DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED -> ACCEPTED,
 * ACCEPTED -> SUBMITTED on reopen. Every move is recorded and moves the report figures in the
 * same transaction.
 */
@ApplicationScoped
public class SubmissionService {

    private final SubmissionRepository submissions;
    private final SubmissionTransitionRepository transitions;
    private final EntityManager em;
    private final DataSource dataSource;
    private final FigureKeeper figures;
    private final AuditTrail audit;
    private final Caller actor;
    private final Clock clock;
    private final Event<SubmissionMoving> moving;

    public SubmissionService(SubmissionRepository submissions, SubmissionTransitionRepository transitions,
            EntityManager em, DataSource dataSource, FigureKeeper figures, AuditTrail audit, Caller actor,
            Clock clock, Event<SubmissionMoving> moving) {
        this.moving = moving;
        this.submissions = submissions;
        this.transitions = transitions;
        this.em = em;
        this.dataSource = dataSource;
        this.figures = figures;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    public PageView<SubmissionView> listSubmissions(SubmissionRepository.Filter filter, PageRequest page) {
        PageView<Submission> found = page.fetch(submissions.search(filter, actor.scopePath()));
        Map<String, LocalDate> extended = extensionsOf(found.items());
        return found.map(s -> view(s, Optional.ofNullable(extended.get(s.period.id + "/" + s.unit.id))));
    }

    public Optional<SubmissionView> findSubmission(String id) {
        return Ids.parse(id).flatMap(submissions::findByIdOptional).filter(s -> actor.covers(s.unit)).map(this::view);
    }

    /**
     * Creates the unit's draft for a period; with an idempotency key, a repeat answers the first result.
     * A deadline day brings thousands of these, so the unit's assignment row answers whether it owes
     * the period, whether it already has a submission and its effective due date in one probe.
     */
    @Transactional
    public Created createSubmission(SubmissionCreate write, Optional<String> idempotencyKey) {
        Optional<UUID> unitId = Ids.parse(write.unitId());
        String hash = Hashes.sha256(write.toString());
        Optional<String> scopedKey = idempotencyKey.map(this::scopedKey);
        Optional<IdempotencyRecord> seen = scopedKey.map(key -> em.find(IdempotencyRecord.class, key));
        if (seen.isPresent()) {
            Optional<Created> replayed = replay(seen.get(), hash);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        Optional<UUID> periodId = Ids.parse(write.periodId());
        Optional<FigureKeeper.Owed> owed = periodId.isEmpty() || unitId.isEmpty() ? Optional.empty()
                : figures.owed(periodId.get(), unitId.get());
        // an account acts for the units in its reach only: refused before anything else tells it about another unit
        if (owed.isEmpty()) {
            OrgUnit unit = unitId.map(id -> em.find(OrgUnit.class, id)).orElse(null);
            if (unit != null && !actor.covers(unit)) {
                throw Problems.forbidden("out-of-scope");
            }
            throw Problems.invalid(whyNotOwed(write, periodId.map(id -> em.find(ObligationPeriod.class, id)), unit));
        }
        if (!actor.covers(owed.get().unitPath())) {
            throw Problems.forbidden("out-of-scope");
        }
        if (owed.get().planStatus() == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
        FigureKeeper.Standing standing = owed.get().standing();
        if (standing.submissionId() != null) {
            throw Problems.conflict("submission-exists", owed.get().unitName());
        }
        // the period and the unit by their ids alone: a create reads no row beyond the probe, and its
        // statements go around the persistence context, which it never opens
        Submission submission = new Submission();
        submission.planId = owed.get().planId();
        submission.obligationId = owed.get().obligationId();
        submission.period = new ObligationPeriod();
        submission.period.id = periodId.get();
        submission.unit = new OrgUnit();
        submission.unit.id = unitId.get();
        submission.unit.name = owed.get().unitName();
        apply(submission, write.content());
        insertDraft(submission, periodId.get(), unitId.get());
        scopedKey.ifPresent(key -> {
            // a key whose draft was discarded since now answers this one
            IdempotencyRecord record = seen.orElse(null);
            if (record == null) {
                record = new IdempotencyRecord();
                record.key = key;
            }
            record.requestHash = hash;
            record.submissionId = submission.id;
            record.createdAt = clock.instant();
            if (seen.isEmpty()) {
                em.persist(record);
            }
        });
        return new Created(view(submission, standing.dueDate()), false);
    }

    /**
     * Writes a new draft with its values, its first line of history, its audit event and its unit's
     * row of the period, all in one round trip. A deadline day brings thousands of creates, and none
     * needs the persistence context: nothing in the transaction reads the draft back through it, and
     * a draft counts in no figure, so only the unit's row changes. Every later move of the
     * submission goes through Hibernate as usual.
     */
    private void insertDraft(Submission submission, UUID periodId, UUID unitId) {
        submission.stampTimes();
        MultiStatement statements = new MultiStatement().add("insert into submission (id, plan_id, obligation_id,"
                        + " period_id, unit_id, status, results, shortcomings, causes, directions, recommendations,"
                        + " document_number, document_date, version, created_at, updated_at, search_text)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + SubmissionSearch.expression("?", "?", "?") + ")",
                submission.id, submission.planId, submission.obligationId, periodId, unitId, submission.status,
                submission.results, submission.shortcomings, submission.causes, submission.directions,
                submission.recommendations, submission.documentNumber, submission.documentDate, submission.version,
                submission.createdAt, submission.updatedAt, submission.documentNumber, unitId, submission.obligationId);
        for (Submission.Value value : submission.values) {
            statements.add("insert into submission_value (submission_id, target_id, numerator, denominator)"
                    + " values (?, ?, ?, ?)", submission.id, value.targetId, value.numerator, value.denominator);
        }
        statements.add("insert into submission_transition (id, submission_id, from_status, to_status, actor, at)"
                + " values (?, ?, ?, ?, ?, ?)", Ids.next(), submission.id, null, submission.status, actor.name(),
                clock.instant());
        statements.add(AuditTrail.INSERT, audit.creation(em, submission, submission.id));
        figures.draftCreated(statements, periodId, unitId, submission.id);
        statements.execute(dataSource);
    }

    /** Why a create names no row of the assignment: an unknown period or unit, or a unit not owing it. */
    private List<FieldError> whyNotOwed(SubmissionCreate write, Optional<ObligationPeriod> period, OrgUnit unit) {
        List<FieldError> errors = new ArrayList<>();
        if (period.isEmpty()) {
            errors.add(new FieldError("periodId", "unknown-period", write.periodId()));
        }
        if (unit == null) {
            errors.add(new FieldError("unitId", "unknown-org-unit", write.unitId()));
        } else if (period.isPresent()) {
            errors.add(new FieldError("unitId", "not-in-group", period.get().dueDate));
        }
        return errors;
    }

    /**
     * What an Idempotency-Key already answered: the same submission again (as it is now); 422 when
     * the key came with another body; empty for a new key, or one whose draft was discarded since.
     */
    @Transactional
    public Optional<Created> replay(String idempotencyKey, SubmissionCreate write) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, scopedKey(idempotencyKey)))
                .flatMap(seen -> replay(seen, Hashes.sha256(write.toString())));
    }

    /** Keys are the caller's own: another account's same key is another key (and reveals nothing). */
    private String scopedKey(String idempotencyKey) {
        return Hashes.sha256(actor.name() + "\n" + idempotencyKey);
    }

    private Optional<Created> replay(IdempotencyRecord seen, String hash) {
        if (!seen.requestHash.equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", List.of());
        }
        return submissions.findByIdOptional(seen.submissionId).filter(s -> actor.covers(s.unit))
                .map(s -> new Created(view(s), true));
    }

    /** The answer to a create: the submission, and whether it is the replay of an earlier request. */
    public record Created(SubmissionView submission, boolean replayed) {
    }

    @Transactional
    public SubmissionView updateSubmission(String id, long expectedVersion, SubmissionUpdate write) {
        Submission submission = load(id);
        Versions.check(expectedVersion, submission.version);
        requireEditable(submission);
        String documentNumberBefore = submission.documentNumber;
        apply(submission, write);
        submissions.flush();
        if (!Objects.equals(documentNumberBefore, submission.documentNumber)) {
            SubmissionSearch.refresh(em, submission.id);
        }
        return view(submission);
    }

    @Transactional
    public void deleteSubmission(String id, long expectedVersion) {
        Submission submission = load(id);
        Versions.check(expectedVersion, submission.version);
        requireOpenPlan(submission);
        discard(submission);
    }

    /** Whether the unit owes the period: in its group and valid on its due date. */
    public boolean owes(UUID periodId, UUID unitId) {
        return figures.owed(periodId, unitId).isPresent();
    }

    /**
     * The unit's submission to a SELF_ASSESSMENT period that a score sheet takes over: the one it has
     * when it is still a DRAFT or RETURNED, else a new draft made from {@code content}. One already
     * sent on its own answers 409 {@code submission-exists}.
     */
    public UUID submissionForScoreSheet(SubmissionCreate content) {
        UUID periodId = UUID.fromString(content.periodId());
        UUID unitId = UUID.fromString(content.unitId());
        Optional<Submission> existing = submissions.find("period.id = ?1 and unit.id = ?2", periodId, unitId)
                .firstResultOptional();
        if (existing.isEmpty()) {
            return UUID.fromString(createSubmission(content, Optional.empty()).submission().id());
        }
        Submission submission = existing.get();
        if (submission.status != SubmissionStatus.DRAFT && submission.status != SubmissionStatus.RETURNED) {
            throw Problems.conflict("submission-exists", submission.unit.name);
        }
        return submission.id;
    }

    /** Deletes the draft an assessment made for its SELF_ASSESSMENT period, as the assessment is discarded. */
    public void discardLinkedDraft(UUID id) {
        Submission submission = submissions.findById(id);
        if (submission != null) {
            requireOpenPlan(submission);
            discard(submission);
        }
    }

    /** A draft goes; it never counted, so only its unit's row of the period changes. */
    private void discard(Submission submission) {
        if (submission.status != SubmissionStatus.DRAFT) {
            throw stateProblem(submission);
        }
        figures.submissionDiscarded(submission.period.id, submission.unit.id);
        submissions.delete(submission);
    }

    @Transactional
    public SubmissionView submitSubmission(String id, String reason) {
        Submission submission = load(id);
        requireState(submission, SubmissionStatus.DRAFT, SubmissionStatus.RETURNED);
        Instant now = clock.instant();
        if (submission.firstSubmittedAt == null) {
            submission.firstSubmittedAt = now;
            submission.firstSubmittedDay = Deadlines.dayInVietnam(now);
        }
        submission.submittedAt = now;
        return move(submission, SubmissionStatus.SUBMITTED, reason);
    }

    @Transactional
    public SubmissionView returnSubmission(String id, String reason) {
        requireReason(reason);
        Submission submission = load(id);
        requireState(submission, SubmissionStatus.SUBMITTED);
        return move(submission, SubmissionStatus.RETURNED, reason);
    }

    @Transactional
    public SubmissionView acceptSubmission(String id, String reason) {
        Submission submission = load(id);
        requireState(submission, SubmissionStatus.SUBMITTED);
        submission.acceptedAt = clock.instant();
        return move(submission, SubmissionStatus.ACCEPTED, reason);
    }

    /** ACCEPTED -> SUBMITTED: back under review, no longer counting towards targets. */
    @Transactional
    public SubmissionView reopenSubmission(String id, String reason) {
        requireReason(reason);
        Submission submission = load(id);
        requireState(submission, SubmissionStatus.ACCEPTED);
        submission.acceptedAt = null;
        return move(submission, SubmissionStatus.SUBMITTED, reason);
    }

    public PageView<TransitionView> listHistory(String id, PageRequest page) {
        Submission submission = load(id);
        return page.fetch(transitions.listBySubmission(submission.id)).map(TransitionView::of);
    }

    /** The submission, when the caller may see it: another unit's is as unknown to a reporter as a missing one. */
    Submission load(String id) {
        return Ids.parse(id).flatMap(submissions::findByIdOptional).filter(s -> actor.covers(s.unit))
                .orElseThrow(() -> Problems.notFound("submission", id));
    }

    /** A closed plan and everything under it, its units' submissions included, is read-only. */
    static void requireOpenPlan(Submission submission) {
        if (submission.period.obligation.plan.status == PlanStatus.CLOSED) {
            throw Problems.conflict("plan-closed");
        }
    }

    static void requireEditable(Submission submission) {
        requireOpenPlan(submission);
        if (submission.status != SubmissionStatus.DRAFT && submission.status != SubmissionStatus.RETURNED) {
            throw stateProblem(submission);
        }
    }

    private SubmissionView move(Submission submission, SubmissionStatus to, String reason) {
        requireOpenPlan(submission);
        SubmissionStatus from = submission.status;
        submission.status = to;
        submissions.flush();
        // a SELF_ASSESSMENT submission and its score sheet move together, or not at all (the sheet's side
        // refuses by throwing); told after the flush, so its queries find nothing of this move left to flush
        if (submission.period.obligation.kind == ObligationKind.SELF_ASSESSMENT) {
            moving.fire(new SubmissionMoving(submission.id, submission.period.id, submission.unit.id,
                    submission.period.obligation.kind.name(), from.name(), to.name(), reason));
        }
        record(submission, from, reason);
        figures.submissionMoved(submission, from, measuredTargets(submission.obligationId));
        return view(submission);
    }

    private void record(Submission submission, SubmissionStatus from, String reason) {
        SubmissionTransition transition = new SubmissionTransition();
        transition.submissionId = submission.id;
        transition.fromStatus = from;
        transition.toStatus = submission.status;
        transition.actor = actor.name();
        transition.at = clock.instant();
        transition.reason = trimmed(reason);
        transitions.persist(transition);
    }

    private List<Target> measuredTargets(UUID obligationId) {
        return em.createQuery("select t from Target t join fetch t.group where t.obligation.id = :o"
                        + " and t.measureKind in :kinds", Target.class)
                .setParameter("o", obligationId)
                .setParameter("kinds", List.of(MeasureKind.SUBMISSION, MeasureKind.REPORTED)).getResultList();
    }

    private static void requireState(Submission submission, SubmissionStatus... allowed) {
        for (SubmissionStatus status : allowed) {
            if (submission.status == status) {
                return;
            }
        }
        throw stateProblem(submission);
    }

    /** 409 whose type names the state the submission is in: {@code /problems/submission-accepted}. */
    static ProblemException stateProblem(Submission submission) {
        return Workflow.stateProblem("submission", submission.status);
    }


    private void apply(Submission submission, SubmissionUpdate write) {
        List<FieldError> errors = new ArrayList<>();
        List<ValueDto> values = write.values() == null ? List.of() : write.values();
        Map<UUID, Target> reportedTargets = values.isEmpty() ? Map.of()
                : em.createQuery("select t from Target t where t.obligation.id = :o and t.measureKind = :kind",
                                Target.class)
                        .setParameter("o", submission.obligationId).setParameter("kind", MeasureKind.REPORTED)
                        .getResultStream().collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<Submission.Value> accepted = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ValueDto dto = values.get(i);
            Optional<UUID> targetId = Ids.parse(dto.targetId()).filter(reportedTargets::containsKey);
            if (targetId.isEmpty()) {
                errors.add(new FieldError("values[" + i + "].targetId", "reported-target"));
                continue;
            }
            if (accepted.stream().anyMatch(v -> v.targetId.equals(targetId.get()))) {
                errors.add(new FieldError("values[" + i + "].targetId", "duplicate-target"));
                continue;
            }
            if (dto.numerator() > dto.denominator()) {
                errors.add(new FieldError("values[" + i + "].numerator", "numerator-above-denominator"));
                continue;
            }
            Submission.Value value = new Submission.Value();
            value.targetId = targetId.get();
            value.numerator = dto.numerator();
            value.denominator = dto.denominator();
            accepted.add(value);
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        SectionsDto sections = write.sections() == null ? new SectionsDto(null, null, null, null, null) : write.sections();
        submission.results = trimmed(sections.results());
        submission.shortcomings = trimmed(sections.shortcomings());
        submission.causes = trimmed(sections.causes());
        submission.directions = trimmed(sections.directions());
        submission.recommendations = trimmed(sections.recommendations());
        submission.values.clear();
        submission.values.addAll(accepted);
        submission.documentNumber = trimmed(write.documentNumber());
        submission.documentDate = write.documentDate();
    }


    private SubmissionView view(Submission s) {
        Optional<LocalDate> extension = em.createQuery("select e.dueDate from ObligationExtension e"
                        + " where e.period.id = :p and e.unit.id = :u", LocalDate.class)
                .setParameter("p", s.period.id).setParameter("u", s.unit.id).getResultStream().findFirst();
        return view(s, extension);
    }

    private Map<String, LocalDate> extensionsOf(List<Submission> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        List<ObligationExtension> found = em.createQuery("select e from ObligationExtension e"
                        + " where e.period.id in :periods and e.unit.id in :units", ObligationExtension.class)
                .setParameter("periods", page.stream().map(s -> s.period.id).toList())
                .setParameter("units", page.stream().map(s -> s.unit.id).toList()).getResultList();
        return found.stream().collect(Collectors.toMap(e -> e.period.id + "/" + e.unit.id, e -> e.dueDate));
    }

    private static SubmissionView view(Submission s, Optional<LocalDate> extension) {
        return view(s, extension.orElse(s.period.dueDate));
    }

    /** The submission as the API shows it, with the unit's effective due date. */
    private static SubmissionView view(Submission s, LocalDate due) {
        Timeliness timeliness = s.firstSubmittedAt == null ? null
                : Deadlines.timeliness(s.firstSubmittedAt, Deadlines.lastDayOnTime(due, s.period.obligation.graceDays));
        return new SubmissionView(s.id.toString(), s.planId.toString(), s.obligationId.toString(),
                s.period.id.toString(), s.unit.id.toString(), s.unit.name, s.status,
                new SectionsDto(s.results, s.shortcomings, s.causes, s.directions, s.recommendations),
                s.values.stream().map(v -> new ValueDto(v.targetId.toString(), v.numerator, v.denominator)).toList(),
                s.documentNumber, s.documentDate, due, timeliness, s.firstSubmittedAt, s.submittedAt, s.acceptedAt,
                s.version, s.createdAt, s.updatedAt);
    }
}
