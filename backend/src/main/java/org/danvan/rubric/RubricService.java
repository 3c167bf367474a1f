package org.danvan.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.danvan.common.FieldError;
import org.danvan.common.Ids;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.common.Problems;
import org.danvan.common.Versions;
import org.danvan.orgunit.OrgUnit;
import org.danvan.security.Caller;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.orgunit.OrgUnitService;
import org.danvan.rubric.RubricDtos.BandDto;
import org.danvan.rubric.RubricDtos.PointsDto;
import org.danvan.rubric.RubricDtos.RubricContent;
import org.danvan.rubric.RubricDtos.RubricView;
import org.danvan.rubric.RubricDtos.RubricWrite;
import org.danvan.rubric.RubricDtos.ScoreRequest;
import org.danvan.rubric.RubricDtos.ScoreView;

/** Rubrics: drafts change, frozen ones are copied into new versions; the arithmetic is {@link Scoring}. */
@ApplicationScoped
public class RubricService {

    private final RubricRepository rubrics;
    private final OrgUnitService units;
    private final ObjectMapper json;
    private final Clock clock;
    private final Caller caller;

    public RubricService(RubricRepository rubrics, OrgUnitService units, ObjectMapper json, Clock clock,
            Caller caller) {
        this.caller = caller;
        this.rubrics = rubrics;
        this.units = units;
        this.json = json;
        this.clock = clock;
    }

    public PageView<RubricView> listRubrics(Optional<String> q, PageRequest page) {
        return page.fetch(rubrics.search(q)).map(this::view);
    }

    public Optional<RubricView> findRubric(String id) {
        return Ids.parse(id).flatMap(rubrics::findByIdOptional).map(this::view);
    }

    @Transactional
    public RubricView createRubric(RubricWrite write) {
        Rubric rubric = new Rubric();
        rubric.familyId = rubric.id;
        rubric.versionNumber = 1;
        apply(rubric, write);
        rubrics.persistAndFlush(rubric);
        return view(rubric);
    }

    @Transactional
    public RubricView updateRubric(String id, long expectedVersion, RubricWrite write) {
        Rubric rubric = load(id);
        caller.requireReach(rubric.issuer);
        Versions.check(expectedVersion, rubric.version);
        requireDraft(rubric);
        apply(rubric, write);
        rubrics.flush();
        return view(rubric);
    }

    @Transactional
    public void deleteRubric(String id, long expectedVersion) {
        Rubric rubric = load(id);
        caller.requireReach(rubric.issuer);
        Versions.check(expectedVersion, rubric.version);
        requireDraft(rubric);
        rubrics.delete(rubric);
    }

    /** DRAFT -> FROZEN; a frozen rubric is answered as it is, so whoever uses it first may call this. */
    @Transactional
    public RubricView freezeRubric(String id) {
        Rubric rubric = load(id);
        if (rubric.status == RubricStatus.DRAFT) {
            rubric.status = RubricStatus.FROZEN;
            rubric.frozenAt = Instant.now(clock);
            rubrics.flush();
        }
        return view(rubric);
    }

    /** A new DRAFT copied from a frozen rubric, numbered one after the highest version of its line. */
    @Transactional
    public RubricView createRubricVersion(String id) {
        Rubric source = load(id);
        caller.requireReach(source.issuer);
        if (source.status != RubricStatus.FROZEN) {
            throw Problems.conflict("rubric-not-frozen", source.name);
        }
        Rubric copy = new Rubric();
        copy.familyId = source.familyId;
        copy.versionNumber = rubrics.lastVersionNumber(source.familyId) + 1;
        copy.previousVersion = source;
        copy.name = source.name;
        copy.decisionNumber = source.decisionNumber;
        copy.decisionDate = source.decisionDate;
        copy.issuer = source.issuer;
        copy.validFromYear = source.validFromYear;
        copy.validToYear = source.validToYear;
        copy.content = source.content;
        try {
            rubrics.persistAndFlush(copy);
        } catch (PersistenceException e) {
            // another copy of the same line took this version number first
            throw Problems.conflict("conflict");
        }
        return view(copy);
    }

    /** A unit's score on the rubric; stores nothing. */
    public ScoreView scoreRubric(String id, ScoreRequest request) {
        Rubric rubric = load(id);
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> points = byCode("points", request.points(), errors);
        Map<String, BigDecimal> bonuses = byCode("bonuses", request.bonuses(), errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        var input = new Scoring.Input(request.unitKind(), points, bonuses,
                request.lateReports() == null ? 0 : request.lateReports(),
                request.missingReports() == null ? 0 : request.missingReports());
        try {
            return ScoreView.of(Scoring.score(model(read(rubric)), input));
        } catch (Scoring.InvalidInput e) {
            throw Problems.invalid(e.issues().stream().map(RubricService::fieldError).toList());
        }
    }

    /** The arithmetic's view of a rubric's content. */
    static Scoring.Rubric model(RubricContent content) {
        List<Scoring.Criterion> criteria = content.criteria().stream().map(c -> {
            Map<OrgUnitKind, BigDecimal> byKind = new EnumMap<>(OrgUnitKind.class);
            c.kindMaxima().forEach(k -> byKind.put(k.kind(), k.maxPoints()));
            return new Scoring.Criterion(c.code(), c.parentCode(), c.maxPoints(), c.notApplicableTo(), byKind);
        }).toList();
        return new Scoring.Rubric(criteria,
                content.bonusRules().stream().map(b -> new Scoring.BonusRule(b.code(), b.maxPoints())).toList(),
                content.bonusCap(),
                content.deductionRules().stream()
                        .map(d -> new Scoring.DeductionRule(d.code(), d.basis(), d.pointsEach(), d.maxPoints()))
                        .toList(),
                content.deductionCap(),
                content.bands().stream().map(b -> new Scoring.Band(b.code(), b.labelVi(), b.labelEn(),
                        b.minPercentInclusive())).toList());
    }

    /** The rubric's arithmetic, for the services that score on it (assessments, ratings). */
    public Scoring.Rubric scoringModel(Rubric rubric) {
        return model(read(rubric));
    }

    /** The rubric's criteria in their order, for the services that score on it. */
    public List<RubricDtos.CriterionDto> criteria(Rubric rubric) {
        return read(rubric).criteria();
    }

    Rubric load(String id) {
        return Ids.parse(id).flatMap(rubrics::findByIdOptional).orElseThrow(() -> Problems.notFound("rubric", id));
    }

    private static void requireDraft(Rubric rubric) {
        if (rubric.status == RubricStatus.FROZEN) {
            throw Problems.conflict("rubric-frozen", rubric.name);
        }
    }

    private void apply(Rubric rubric, RubricWrite write) {
        List<FieldError> errors = new ArrayList<>();
        OrgUnit issuer = units.reference("issuerUnitId", write.issuerUnitId(), errors);
        if (write.validToYear() != null && write.validToYear() < write.validFromYear()) {
            errors.add(new FieldError("validToYear", "year-before", write.validFromYear()));
        }
        boolean bandsGiven = write.bands() != null && !write.bands().isEmpty();
        if (bandsGiven == (write.bandPreset() != null)) {
            errors.add(new FieldError("bands", "one-band-source"));
        }
        List<BandDto> bands = bandsGiven ? write.bands()
                : write.bandPreset() != null ? write.bandPreset().bands() : List.of();
        RubricContent content = new RubricContent(trimmed(write.criteria()), list(write.bonusRules()),
                write.bonusCap(), list(write.deductionRules()), write.deductionCap(), bands);
        // with no bands at all, "one-band-source" already says what is missing
        Scoring.validate(model(content)).stream().filter(i -> !bands.isEmpty() || !i.field().startsWith("bands"))
                .map(RubricService::fieldError).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        // rubrics are read by all; a coordinator writes those issued in its reach (one without an issuer is national)
        caller.requireReach(issuer);
        rubric.name = write.name().trim();
        rubric.decisionNumber = write.decisionNumber().trim();
        rubric.decisionDate = write.decisionDate();
        rubric.issuer = issuer;
        rubric.validFromYear = write.validFromYear();
        rubric.validToYear = write.validToYear();
        rubric.content = write(content);
    }

    /** Codes and parent codes compared without surrounding blanks; a blank parent is none. */
    private static List<RubricDtos.CriterionDto> trimmed(List<RubricDtos.CriterionDto> criteria) {
        return criteria.stream().map(c -> new RubricDtos.CriterionDto(c.code().trim(),
                c.parentCode() == null || c.parentCode().isBlank() ? null : c.parentCode().trim(), c.title().trim(),
                c.maxPoints(), c.evidence(), c.notApplicableTo(), c.kindMaxima())).toList();
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
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

    private static FieldError fieldError(Scoring.Issue issue) {
        return new FieldError(issue.field(), issue.messageKey(), issue.args());
    }

    private RubricView view(Rubric rubric) {
        return RubricView.of(rubric, read(rubric));
    }

    private RubricContent read(Rubric rubric) {
        try {
            return json.readValue(rubric.content, RubricContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rubric " + rubric.id + " holds unreadable content", e);
        }
    }

    private String write(RubricContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rubric content cannot be written", e);
        }
    }
}
