package org.danvan.assessment;

import static org.danvan.common.Texts.trimmed;
import static org.danvan.common.Workflow.requireReason;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.danvan.assessment.AssessmentDtos.AppraisalWrite;
import org.danvan.assessment.AssessmentDtos.AssessmentCreate;
import org.danvan.assessment.AssessmentDtos.AssessmentView;
import org.danvan.assessment.AssessmentDtos.BonusLine;
import org.danvan.assessment.AssessmentDtos.EvidenceDto;
import org.danvan.assessment.AssessmentDtos.FinalizeRequest;
import org.danvan.assessment.AssessmentDtos.RatingView;
import org.danvan.assessment.AssessmentDtos.ScoreLine;
import org.danvan.assessment.AssessmentDtos.SelfScoreDto;
import org.danvan.assessment.AssessmentDtos.SelfWrite;
import org.danvan.assessment.AssessmentDtos.TransitionView;
import org.danvan.common.ChangeEvents.SubmissionMoving;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.ProblemException;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.common.Workflow;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.ObligationPeriod;
import org.danvan.rubric.Rubric;
import org.danvan.rubric.RubricDtos.PointsDto;
import org.danvan.rubric.RubricDtos.ScoreView;
import org.danvan.rubric.RubricService;
import org.danvan.rubric.Scoring;
import org.danvan.security.Caller;
import org.danvan.submission.Deadlines;
import org.danvan.submission.SubmissionAttachment;
import org.danvan.submission.SubmissionDtos.SectionsDto;
import org.danvan.submission.SubmissionDtos.SubmissionCreate;
import org.danvan.submission.SubmissionService;

/**
 * Assessments and their workflow: the unit self-scores and submits, coordinators return, appraise,
 * reconsider, finalize and reopen, every move recorded. An assessment linked to a SELF_ASSESSMENT
 * period moves its submission through {@link SubmissionService} in the same transaction, so the
 * report figures count it as any submission.
 */
@ApplicationScoped
public class AssessmentService {

    private static final TypeReference<List<ScoreLine>> SCORE_LINES = new TypeReference<>() { };
    private static final TypeReference<List<BonusLine>> BONUS_LINES = new TypeReference<>() { };

    private final AssessmentRepository assessments;
    private final AssessmentTransitionRepository transitions;
    private final RubricService rubrics;
    private final SubmissionService submissions;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Caller actor;
    private final Clock clock;

    public AssessmentService(AssessmentRepository assessments, AssessmentTransitionRepository transitions,
            RubricService rubrics, SubmissionService submissions, EntityManager em, ObjectMapper json, Caller actor,
            Clock clock) {
        this.assessments = assessments;
        this.transitions = transitions;
        this.rubrics = rubrics;
        this.submissions = submissions;
        this.em = em;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    public PageView<AssessmentView> listAssessments(AssessmentRepository.Filter filter, PageRequest page) {
        return page.fetch(assessments.search(filter, actor.scopePath())).map(this::view);
    }

    public Optional<AssessmentView> findAssessment(String id) {
        return Ids.parse(id).flatMap(assessments::findByIdOptional).filter(a -> actor.covers(a.unit)).map(this::view);
    }

    /** Starts the DRAFT; with a period, makes the unit's submission to it. The rubric is frozen by its use. */
    @Transactional
    public AssessmentView createAssessment(AssessmentCreate write) {
        Optional<OrgUnit> unit = Ids.parse(write.unitId()).map(id -> em.find(OrgUnit.class, id));
        // an account acts for the units in its reach only: refused before anything else tells it about another unit
        if (unit.filter(u -> !actor.covers(u)).isPresent()) {
            throw Problems.forbidden("out-of-scope");
        }
        List<FieldError> errors = new ArrayList<>();
        if (unit.isEmpty()) {
            errors.add(new FieldError("unitId", "unknown-org-unit", write.unitId()));
        }
        Optional<Rubric> rubric = Ids.parse(write.rubricId()).map(id -> em.find(Rubric.class, id));
        if (rubric.isEmpty()) {
            errors.add(new FieldError("rubricId", "unknown-rubric", write.rubricId()));
        } else if (write.year() < rubric.get().validFromYear
                || (rubric.get().validToYear != null && write.year() > rubric.get().validToYear)) {
            errors.add(new FieldError("year", "rubric-not-valid-in-year", write.year()));
        }
        ObligationPeriod period = Ids.parse(write.periodId()).map(id -> em.find(ObligationPeriod.class, id))
                .orElse(null);
        if (period == null) {
            errors.add(new FieldError("periodId", "unknown-period", write.periodId()));
        } else if (period.obligation.kind != ObligationKind.SELF_ASSESSMENT) {
            errors.add(new FieldError("periodId", "self-assessment-period"));
        } else if (period.year != write.year()) {
            errors.add(new FieldError("periodId", "period-of-another-year", period.year));
        } else if (unit.isPresent() && !unit.get().isValidOn(period.dueDate)) {
            // a unit founded after the period (or dissolved before it) has nothing to assess in it
            errors.add(new FieldError("unitId", "unit-not-valid-on-period", period.dueDate));
        } else if (unit.isPresent() && !submissions.owes(period.id, unit.get().id)) {
            errors.add(new FieldError("unitId", "not-in-group", period.dueDate));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (assessments.exists(unit.get().id, rubric.get().id, write.year())) {
            throw Problems.conflict("assessment-exists", unit.get().name, write.year());
        }
        rubrics.freezeRubric(rubric.get().id.toString());
        Assessment assessment = new Assessment();
        assessment.unit = unit.get();
        assessment.rubric = rubric.get();
        assessment.year = write.year();
        assessment.periodId = period.id;
        assessment.submissionId = linkSubmission(period, unit.get(), rubric.get());
        try {
            assessments.persistAndFlush(assessment);
        } catch (PersistenceException e) {
            // another request started the same assessment first
            throw Problems.conflict("assessment-exists", unit.get().name, write.year());
        }
        record(assessment, null, null);
        return view(assessment);
    }

    /** The unit's submission to the period, taken over or made; one another sheet already holds is refused. */
    private UUID linkSubmission(ObligationPeriod period, OrgUnit unit, Rubric rubric) {
        UUID submissionId = submissions.submissionForScoreSheet(linkedContent(period, unit, rubric));
        if (assessments.count("submissionId", submissionId) > 0) {
            throw Problems.conflict("submission-exists", unit.name);
        }
        return submissionId;
    }

    private static SubmissionCreate linkedContent(ObligationPeriod period, OrgUnit unit, Rubric rubric) {
        return new SubmissionCreate(period.id.toString(), unit.id.toString(), new SectionsDto(
                "Hồ sơ tự đánh giá, chấm điểm năm " + period.year + " theo " + rubric.name + " (" + rubric.decisionNumber
                        + "): xem bản tự chấm điểm của đơn vị.", null, null, null, null),
                List.of(), null, null);
    }

    @Transactional
    public AssessmentView updateAssessment(String id, long expectedVersion, SelfWrite write) {
        Assessment assessment = load(id);
        Versions.check(expectedVersion, assessment.version);
        requireState(assessment, AssessmentStatus.DRAFT);
        Scoring.Rubric model = rubrics.scoringModel(assessment.rubric);
        List<FieldError> errors = new ArrayList<>();
        List<SelfScoreDto> given = write.scores() == null ? List.of() : write.scores();
        Map<String, SelfScoreDto> byCode = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            SelfScoreDto score = given.get(i);
            String code = score.code().trim();
            if (byCode.putIfAbsent(code, score) != null) {
                errors.add(new FieldError("scores[" + i + "].code", "duplicate-code-given", code));
            }
            List<EvidenceDto> evidence = score.evidence() == null ? List.of() : score.evidence();
            for (int j = 0; j < evidence.size(); j++) {
                checkEvidence(assessment, evidence.get(j), "scores[" + i + "].evidence[" + j + "]", errors);
            }
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        byCode.forEach((code, score) -> points.put(code, score.points()));
        Map<String, BigDecimal> bonuses = byCode("bonuses", write.bonuses(), errors);
        checkPoints(model, assessment.unit, points, bonuses, codes(given.stream().map(SelfScoreDto::code).toList()),
                errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Map<String, ScoreLine> lines = lineMap(assessment);
        lines.replaceAll((code, l) -> new ScoreLine(code, null, null, List.of(), l.appraisedPoints(),
                l.appraisalReason()));
        byCode.forEach((code, score) -> {
            ScoreLine old = lines.get(code);
            lines.put(code, new ScoreLine(code, score.points(), trimmed(score.note()),
                    score.evidence() == null ? List.of() : score.evidence().stream()
                            .map(e -> new EvidenceDto(e.label().trim(), trimmed(e.url()), trimmed(e.attachmentId())))
                            .toList(),
                    old == null ? null : old.appraisedPoints(), old == null ? null : old.appraisalReason()));
        });
        Map<String, BonusLine> bonusLines = bonusMap(assessment);
        bonusLines.replaceAll((code, b) -> new BonusLine(code, null, b.appraisedPoints()));
        bonuses.forEach((code, value) -> {
            BonusLine old = bonusLines.get(code);
            bonusLines.put(code, new BonusLine(code, value, old == null ? null : old.appraisedPoints()));
        });
        store(assessment, lines, bonusLines);
        assessment.selfNote = trimmed(write.note());
        assessments.flush();
        return view(assessment);
    }

    /**
     * Discards a DRAFT that was never submitted, with its linked draft submission; one that was
     * submitted and returned keeps its history (409 {@code assessment-returned}).
     */
    @Transactional
    public void deleteAssessment(String id, long expectedVersion) {
        Assessment assessment = load(id);
        Versions.check(expectedVersion, assessment.version);
        requireState(assessment, AssessmentStatus.DRAFT);
        if (assessment.submittedAt != null) {
            throw Problems.conflict("assessment-returned");
        }
        UUID linked = assessment.submissionId;
        assessments.delete(assessment);
        if (linked != null) {
            // the assessment's row names the submission: it goes first
            assessments.flush();
            submissions.discardLinkedDraft(linked);
        }
    }

    @Transactional
    public AssessmentView recordAppraisal(String id, long expectedVersion, AppraisalWrite write) {
        Assessment assessment = load(id);
        Versions.check(expectedVersion, assessment.version);
        requireState(assessment, AssessmentStatus.SUBMITTED);
        Scoring.Rubric model = rubrics.scoringModel(assessment.rubric);
        List<FieldError> errors = new ArrayList<>();
        Map<String, ScoreLine> lines = lineMap(assessment);
        var given = write.scores() == null ? List.<AssessmentDtos.AppraisedScoreDto>of() : write.scores();
        Map<String, AssessmentDtos.AppraisedScoreDto> byCode = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            var score = given.get(i);
            String code = score.code().trim();
            if (byCode.putIfAbsent(code, score) != null) {
                errors.add(new FieldError("scores[" + i + "].code", "duplicate-code-given", code));
            }
            ScoreLine line = lines.get(code);
            BigDecimal self = line == null ? null : line.selfPoints();
            boolean differs = score.points() != null && (self == null || self.compareTo(score.points()) != 0);
            if (differs && trimmed(score.reason()) == null) {
                errors.add(new FieldError("scores[" + i + "].reason", "appraisal-reason-required", code));
            }
        }
        if (!write.eligible() && trimmed(write.ineligibilityReason()) == null) {
            errors.add(new FieldError("ineligibilityReason", "reason-required"));
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        byCode.forEach((code, score) -> points.put(code, score.points()));
        Map<String, BigDecimal> bonuses = byCode("bonuses", write.bonuses(), errors);
        checkPoints(model, assessment.unit, points, bonuses, codes(given.stream()
                .map(AssessmentDtos.AppraisedScoreDto::code).toList()), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        lines.replaceAll((code, l) -> new ScoreLine(code, l.selfPoints(), l.note(), l.evidence(), null, null));
        byCode.forEach((code, score) -> {
            ScoreLine old = lines.get(code);
            lines.put(code, old == null ? new ScoreLine(code, null, null, List.of(), score.points(), trimmed(score.reason()))
                    : new ScoreLine(code, old.selfPoints(), old.note(), old.evidence(), score.points(),
                            trimmed(score.reason())));
        });
        Map<String, BonusLine> bonusLines = bonusMap(assessment);
        bonusLines.replaceAll((code, b) -> new BonusLine(code, b.selfPoints(), null));
        bonuses.forEach((code, value) -> {
            BonusLine old = bonusLines.get(code);
            bonusLines.put(code, new BonusLine(code, old == null ? null : old.selfPoints(), value));
        });
        store(assessment, lines, bonusLines);
        assessment.appraisalNote = trimmed(write.note());
        assessment.eligible = write.eligible();
        assessment.ineligibilityReason = write.eligible() ? null : trimmed(write.ineligibilityReason());
        assessments.flush();
        return view(assessment);
    }

    /** DRAFT -> SUBMITTED once every applicable criterion has self points; a linked submission is submitted. */
    @Transactional
    public AssessmentView submitAssessment(String id, String reason) {
        Assessment assessment = load(id);
        requireState(assessment, AssessmentStatus.DRAFT);
        if (assessment.submissionId == null && assessment.periodId != null) {
            // a sheet older than its link (V8) makes or takes over its submission when it is sent
            assessment.submissionId = linkSubmission(em.find(ObligationPeriod.class, assessment.periodId),
                    assessment.unit, assessment.rubric);
        }
        sendSheet(assessment, reason);
        if (assessment.submissionId != null) {
            submissions.submitSubmission(assessment.submissionId.toString(), reason);
        }
        return view(assessment);
    }

    private void sendSheet(Assessment assessment, String reason) {
        requireScored(assessment, true);
        assessment.submittedAt = clock.instant();
        move(assessment, AssessmentStatus.SUBMITTED, reason);
    }

    /** SUBMITTED -> DRAFT with the reason; a linked submission is returned. */
    @Transactional
    public AssessmentView returnAssessment(String id, String reason) {
        requireReason(reason);
        Assessment assessment = load(id);
        requireState(assessment, AssessmentStatus.SUBMITTED);
        move(assessment, AssessmentStatus.DRAFT, reason);
        if (assessment.submissionId != null) {
            submissions.returnSubmission(assessment.submissionId.toString(), reason);
        }
        return view(assessment);
    }

    /** SUBMITTED -> APPRAISED once every applicable criterion is appraised (unless not eligible); a linked submission is accepted. */
    @Transactional
    public AssessmentView appraiseAssessment(String id, String reason) {
        Assessment assessment = load(id);
        requireState(assessment, AssessmentStatus.SUBMITTED);
        appraiseSheet(assessment, reason);
        if (assessment.submissionId != null) {
            submissions.acceptSubmission(assessment.submissionId.toString(), reason);
        }
        return view(assessment);
    }

    private void appraiseSheet(Assessment assessment, String reason) {
        if (assessment.eligible) {
            requireScored(assessment, false);
        }
        assessment.appraisedAt = clock.instant();
        move(assessment, AssessmentStatus.APPRAISED, reason);
    }

    /** APPRAISED -> SUBMITTED with the reason; a linked submission is reopened. */
    @Transactional
    public AssessmentView reconsiderAssessment(String id, String reason) {
        requireReason(reason);
        Assessment assessment = load(id);
        requireState(assessment, AssessmentStatus.APPRAISED);
        assessment.appraisedAt = null;
        move(assessment, AssessmentStatus.SUBMITTED, reason);
        if (assessment.submissionId != null) {
            submissions.reopenSubmission(assessment.submissionId.toString(), reason);
        }
        return view(assessment);
    }

    /** APPRAISED -> FINAL: the appraised score, with the deductions counted now, becomes the rating. */
    @Transactional
    public AssessmentView finalizeAssessment(String id, FinalizeRequest request) {
        Assessment assessment = load(id);
        requireState(assessment, AssessmentStatus.APPRAISED);
        Scoring.Rubric model = rubrics.scoringModel(assessment.rubric);
        ReportRecord.Counts counts = reportCounts(assessment);
        Scoring.Result result = Scoring.score(model, input(assessment, counts, false));
        assessment.lateReports = counts.late();
        assessment.missingReports = counts.missing();
        assessment.finalTotal = result.total();
        boolean rated = assessment.eligible && result.band() != null;
        assessment.finalPercent = assessment.eligible ? result.percent() : null;
        assessment.ratingCode = rated ? result.band().code() : null;
        assessment.ratingLabelVi = rated ? result.band().labelVi() : null;
        assessment.ratingLabelEn = rated ? result.band().labelEn() : null;
        assessment.ratingRank = rated ? RatingLevels.rank(model.bands(), result.band().code()).getAsInt() : null;
        assessment.decisionNumber = request.decisionNumber().trim();
        assessment.decisionDate = request.decisionDate();
        assessment.finalizedAt = clock.instant();
        return move(assessment, AssessmentStatus.FINAL, request.reason());
    }

    /** FINAL -> APPRAISED with the reason: the rating and its decision are withdrawn (the history keeps them). */
    @Transactional
    public AssessmentView reopenAssessment(String id, String reason) {
        requireReason(reason);
        Assessment assessment = load(id);
        requireState(assessment, AssessmentStatus.FINAL);
        assessment.lateReports = null;
        assessment.missingReports = null;
        assessment.finalTotal = null;
        assessment.finalPercent = null;
        assessment.ratingCode = null;
        assessment.ratingLabelVi = null;
        assessment.ratingLabelEn = null;
        assessment.ratingRank = null;
        assessment.decisionNumber = null;
        assessment.decisionDate = null;
        assessment.finalizedAt = null;
        return move(assessment, AssessmentStatus.APPRAISED, reason);
    }

    /**
     * A submission moved on its own (through {@code /submissions}): its score sheet follows, in the
     * same transaction, by the mapping of the contract (SUBMITTED with SUBMITTED, RETURNED with DRAFT,
     * ACCEPTED with APPRAISED or FINAL). A sheet already where the move takes it (the sheet moved first)
     * is left alone; a sheet that cannot follow refuses the move. A SELF_ASSESSMENT submission without
     * a sheet cannot be sent while a rubric scores the unit's kind in that year.
     */
    void onSubmissionMoving(@Observes SubmissionMoving event) {
        Optional<Assessment> linked = assessments.find("submissionId", event.submissionId()).firstResultOptional();
        if (linked.isEmpty()) {
            if (ObligationKind.SELF_ASSESSMENT.name().equals(event.obligationKind()) && "SUBMITTED".equals(event.to())
                    && !"ACCEPTED".equals(event.from()) && rubricScores(event.periodId(), event.unitId())) {
                throw Problems.conflict("self-assessment-needs-score-sheet");
            }
            return;
        }
        Assessment sheet = linked.get();
        switch (event.to()) {
            case "SUBMITTED" -> {
                if ("ACCEPTED".equals(event.from())) {
                    if (sheet.status == AssessmentStatus.APPRAISED) {
                        sheet.appraisedAt = null;
                        move(sheet, AssessmentStatus.SUBMITTED, event.reason());
                    } else if (sheet.status != AssessmentStatus.SUBMITTED) {
                        // a rated sheet is reopened first: its rating would otherwise stand on a reopened report
                        throw stateProblem(sheet);
                    }
                } else if (sheet.status == AssessmentStatus.DRAFT) {
                    sendSheet(sheet, event.reason());
                } else if (sheet.status != AssessmentStatus.SUBMITTED) {
                    throw stateProblem(sheet);
                }
            }
            case "RETURNED" -> {
                if (sheet.status == AssessmentStatus.SUBMITTED) {
                    move(sheet, AssessmentStatus.DRAFT, event.reason());
                } else if (sheet.status != AssessmentStatus.DRAFT) {
                    throw stateProblem(sheet);
                }
            }
            case "ACCEPTED" -> {
                if (sheet.status == AssessmentStatus.SUBMITTED) {
                    appraiseSheet(sheet, event.reason());
                }
            }
            default -> {
            }
        }
    }

    /** Whether a rubric of the unit's province (or above) is valid in the period's year and scores the unit's kind. */
    private boolean rubricScores(UUID periodId, UUID unitId) {
        ObligationPeriod period = em.find(ObligationPeriod.class, periodId);
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        return em.createQuery("select r from Rubric r where r.issuer is not null and locate(r.issuer.path, :path) = 1"
                        + " and r.validFromYear <= :y and (r.validToYear is null or r.validToYear >= :y)", Rubric.class)
                .setParameter("path", unit.path).setParameter("y", period.year).getResultStream()
                .anyMatch(r -> !Scoring.applicableLeaves(rubrics.scoringModel(r), unit.kind).isEmpty());
    }

    public PageView<TransitionView> listHistory(String id, PageRequest page) {
        Assessment assessment = load(id);
        return page.fetch(transitions.listByAssessment(assessment.id)).map(TransitionView::of);
    }

    /** The assessment, when the caller may see it: another unit's is as unknown to a reporter as a missing one. */
    Assessment load(String id) {
        return Ids.parse(id).flatMap(assessments::findByIdOptional).filter(a -> actor.covers(a.unit))
                .orElseThrow(() -> Problems.notFound("assessment", id));
    }

    private AssessmentView move(Assessment assessment, AssessmentStatus to, String reason) {
        AssessmentStatus from = assessment.status;
        assessment.status = to;
        assessments.flush();
        record(assessment, from, reason);
        return view(assessment);
    }

    private void record(Assessment assessment, AssessmentStatus from, String reason) {
        AssessmentTransition transition = new AssessmentTransition();
        transition.assessmentId = assessment.id;
        transition.fromStatus = from;
        transition.toStatus = assessment.status;
        transition.actor = actor.name();
        transition.at = clock.instant();
        transition.reason = trimmed(reason);
        transitions.persist(transition);
    }

    private static void requireState(Assessment assessment, AssessmentStatus allowed) {
        if (assessment.status != allowed) {
            throw stateProblem(assessment);
        }
    }

    /** 409 whose type names the state the assessment is in: {@code /problems/assessment-final}. */
    static ProblemException stateProblem(Assessment assessment) {
        return Workflow.stateProblem("assessment", assessment.status);
    }


    /** Every leaf that applies to the unit's kind has points on the unit's side ({@code self}) or the appraisal's. */
    private void requireScored(Assessment assessment, boolean self) {
        Map<String, ScoreLine> lines = lineMap(assessment);
        List<FieldError> errors = new ArrayList<>();
        for (String code : Scoring.applicableLeaves(rubrics.scoringModel(assessment.rubric), assessment.unit.kind)
                .keySet()) {
            ScoreLine line = lines.get(code);
            BigDecimal points = line == null ? null : self ? line.selfPoints() : line.appraisedPoints();
            if (points == null) {
                errors.add(new FieldError("scores", "criterion-not-scored", code));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private void checkEvidence(Assessment assessment, EvidenceDto evidence, String field, List<FieldError> errors) {
        String url = trimmed(evidence.url());
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            errors.add(new FieldError(field + ".url", "web-address"));
        }
        String attachmentId = trimmed(evidence.attachmentId());
        if (attachmentId != null) {
            boolean ofLinked = assessment.submissionId != null && Ids.parse(attachmentId)
                    .map(aid -> em.find(SubmissionAttachment.class, aid))
                    .filter(a -> a.submissionId.equals(assessment.submissionId)).isPresent();
            if (!ofLinked) {
                errors.add(new FieldError(field + ".attachmentId", "attachment-of-linked-submission"));
            }
        }
    }

    /** Points and bonuses checked on the rubric by its own arithmetic; issues named by the body's fields. */
    private static void checkPoints(Scoring.Rubric model, OrgUnit unit, Map<String, BigDecimal> points,
            Map<String, BigDecimal> bonuses, List<String> scoreCodes, List<FieldError> errors) {
        try {
            Scoring.score(model, new Scoring.Input(unit.kind, points, bonuses, 0, 0));
        } catch (Scoring.InvalidInput e) {
            List<String> bonusCodes = new ArrayList<>(bonuses.keySet());
            for (Scoring.Issue issue : e.issues()) {
                String field = issue.field();
                if (field.startsWith("points[")) {
                    field = "scores[" + scoreCodes.indexOf(field.substring(7, field.length() - 1)) + "].points";
                } else if (field.startsWith("bonuses[")) {
                    field = "bonuses[" + bonusCodes.indexOf(field.substring(8, field.length() - 1)) + "].points";
                }
                errors.add(new FieldError(field, issue.messageKey(), issue.args()));
            }
        }
    }

    private static List<String> codes(List<String> codes) {
        return codes.stream().map(String::trim).toList();
    }

    private static Map<String, BigDecimal> byCode(String field, List<PointsDto> items, List<FieldError> errors) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String code = items.get(i).code().trim();
            if (byCode.containsKey(code)) {
                errors.add(new FieldError(field + "[" + i + "].code", "duplicate-code-given", code));
            }
            byCode.put(code, items.get(i).points());
        }
        return byCode;
    }

    // ---- the unit's reports of the year ----

    /**
     * The unit's LATE and MISSING reports of the assessment's year, from the assignment rows the
     * report figures are kept on (plans still in DRAFT owe nothing yet).
     */
    ReportRecord.Counts reportCounts(Assessment assessment) {
        List<?> rows = em.createNativeQuery("select a.status, a.timeliness, a.deadline from assignment a"
                        + " join obligation_period p on p.id = a.period_id join obligation o on o.id = p.obligation_id"
                        + " join plan pl on pl.id = o.plan_id where a.unit_id = :u and p.period_year = :y"
                        + " and pl.status <> 'DRAFT'")
                .setParameter("u", assessment.unit.id).setParameter("y", assessment.year).getResultList();
        List<ReportRecord.Row> records = rows.stream().map(row -> (Object[]) row)
                .map(r -> new ReportRecord.Row((String) r[0], (String) r[1], toDate(r[2]))).toList();
        return ReportRecord.count(records, Deadlines.dayInVietnam(clock.instant()));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    // ---- the stored lines ----

    private Map<String, ScoreLine> lineMap(Assessment assessment) {
        Map<String, ScoreLine> lines = new LinkedHashMap<>();
        read(assessment.scores, SCORE_LINES).forEach(l -> lines.put(l.code(), l));
        return lines;
    }

    private Map<String, BonusLine> bonusMap(Assessment assessment) {
        Map<String, BonusLine> lines = new LinkedHashMap<>();
        read(assessment.bonuses, BONUS_LINES).forEach(l -> lines.put(l.code(), l));
        return lines;
    }

    /** Keeps the lines with something in them, in the rubric's order of criteria. */
    private void store(Assessment assessment, Map<String, ScoreLine> lines, Map<String, BonusLine> bonuses) {
        List<ScoreLine> ordered = new ArrayList<>();
        for (var criterion : rubrics.criteria(assessment.rubric)) {
            ScoreLine line = lines.get(criterion.code());
            if (line != null && !line.empty()) {
                ordered.add(line);
            }
        }
        assessment.scores = write(ordered);
        assessment.bonuses = write(bonuses.values().stream().filter(b -> !b.empty()).toList());
    }

    private Scoring.Input input(Assessment assessment, ReportRecord.Counts counts, boolean self) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        lineMap(assessment).forEach((code, l) -> points.put(code, self ? l.selfPoints() : l.appraisedPoints()));
        Map<String, BigDecimal> bonuses = new LinkedHashMap<>();
        bonusMap(assessment).forEach((code, b) -> {
            BigDecimal value = self ? b.selfPoints() : b.appraisedPoints();
            if (value != null) {
                bonuses.put(code, value);
            }
        });
        return new Scoring.Input(assessment.unit.kind, points, bonuses, counts.late(), counts.missing());
    }

    AssessmentView view(Assessment a) {
        Scoring.Rubric model = rubrics.scoringModel(a.rubric);
        ReportRecord.Counts counts = a.status == AssessmentStatus.FINAL
                ? new ReportRecord.Counts(a.lateReports, a.missingReports) : reportCounts(a);
        ScoreView self = ScoreView.of(Scoring.score(model, input(a, counts, true)));
        ScoreView appraised = ScoreView.of(Scoring.score(model, input(a, counts, false)));
        RatingView rating = a.status != AssessmentStatus.FINAL ? null
                : new RatingView(a.ratingCode, a.ratingLabelVi, a.ratingLabelEn, a.finalTotal, a.finalPercent,
                        a.decisionNumber, a.decisionDate, a.finalizedAt);
        return new AssessmentView(a.id.toString(), a.unit.id.toString(), a.unit.name, a.unit.kind,
                a.rubric.id.toString(), a.year, a.periodId == null ? null : a.periodId.toString(),
                a.submissionId == null ? null : a.submissionId.toString(), a.status, a.eligible,
                a.ineligibilityReason, a.selfNote, a.appraisalNote, List.copyOf(lineMap(a).values()),
                List.copyOf(bonusMap(a).values()), counts.late(), counts.missing(), self, appraised, rating,
                a.submittedAt, a.appraisedAt, a.version, a.createdAt, a.updatedAt);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assessment holds unreadable scores", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment scores cannot be written", e);
        }
    }

}
