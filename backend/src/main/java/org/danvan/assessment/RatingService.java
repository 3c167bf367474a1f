package org.danvan.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.danvan.assessment.AssessmentDtos.KindCount;
import org.danvan.assessment.AssessmentDtos.LevelCount;
import org.danvan.assessment.AssessmentDtos.RatedUnit;
import org.danvan.assessment.AssessmentDtos.RatingDistribution;
import org.danvan.assessment.AssessmentDtos.RubricRatings;
import org.danvan.common.PageRequest;
import org.danvan.common.PageView;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.rubric.Rubric;
import org.danvan.rubric.RubricService;
import org.danvan.rubric.Scoring;
import org.danvan.security.Caller;

/**
 * The FINAL ratings of a year, counted in SQL over the assessment rows: the distribution per
 * rubric, level and unit kind, the units behind it, and what "at or above a level" means on each
 * rubric for RATING targets.
 */
@ApplicationScoped
public class RatingService {

    private final EntityManager em;
    private final RubricService rubrics;
    private final Caller caller;

    public RatingService(EntityManager em, RubricService rubrics, Caller caller) {
        this.em = em;
        this.rubrics = rubrics;
        this.caller = caller;
    }

    public RatingDistribution distribution(int year, Optional<OrgUnitKind> kind, Optional<UUID> rubricId) {
        Query query = em.createNativeQuery("select a.rubric_id, a.rating_code, u.kind, count(*) from assessment a"
                + " join org_unit u on u.id = a.unit_id" + where(kind, rubricId, Optional.empty(), Optional.empty())
                + caller.reachPredicate("u.path") + " group by a.rubric_id, a.rating_code, u.kind");
        bind(query, year, kind, rubricId, Optional.empty());
        caller.bindReach(query);
        // rubric -> level code (null: no level) -> kind -> units
        Map<UUID, Map<String, Map<OrgUnitKind, Long>>> counts = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.computeIfAbsent(uuid(r[0]), k -> new HashMap<>())
                    .computeIfAbsent((String) r[1], k -> new EnumMap<>(OrgUnitKind.class))
                    .put(OrgUnitKind.valueOf((String) r[2]), ((Number) r[3]).longValue());
        }
        List<RubricRatings> items = new ArrayList<>();
        for (var entry : counts.entrySet()) {
            Rubric rubric = em.find(Rubric.class, entry.getKey());
            Map<String, Map<OrgUnitKind, Long>> byLevel = entry.getValue();
            List<LevelCount> levels = new ArrayList<>();
            long rated = 0;
            for (Scoring.Band band : rubrics.scoringModel(rubric).bands()) {
                Map<OrgUnitKind, Long> byKind = byLevel.getOrDefault(band.code(), Map.of());
                long units = byKind.values().stream().mapToLong(Long::longValue).sum();
                rated += units;
                levels.add(new LevelCount(band.code(), band.labelVi(), band.labelEn(), band.minPercentInclusive(),
                        units, byKind.entrySet().stream().map(e -> new KindCount(e.getKey(), e.getValue())).toList()));
            }
            long notEligible = byLevel.getOrDefault(null, Map.of()).values().stream().mapToLong(Long::longValue)
                    .sum();
            items.add(new RubricRatings(rubric.id.toString(), rubric.name, rubric.decisionNumber, rated, notEligible,
                    levels));
        }
        items.sort(java.util.Comparator.comparing(RubricRatings::rubricName).thenComparing(RubricRatings::rubricId));
        return new RatingDistribution(year, kind.orElse(null), items);
    }

    public PageView<RatedUnit> ratedUnits(int year, Optional<OrgUnitKind> kind, Optional<UUID> rubricId,
            Optional<String> level, Optional<Boolean> eligible, PageRequest page) {
        String from = " from assessment a join org_unit u on u.id = a.unit_id" + where(kind, rubricId, level, eligible)
                + caller.reachPredicate("u.path");
        Query rows = em.createNativeQuery("select a.id, u.id, u.name, u.kind, a.rubric_id, a.assessment_year,"
                + " a.eligible, a.ineligibility_reason, a.rating_code, a.rating_label_vi, a.rating_label_en,"
                + " a.final_total, a.final_percent, a.decision_number, a.decision_date" + from
                + " order by u.name, a.id");
        Query count = em.createNativeQuery("select count(*)" + from);
        for (Query q : List.of(rows, count)) {
            bind(q, year, kind, rubricId, level);
            caller.bindReach(q);
        }
        List<?> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<RatedUnit> items = found.stream().map(row -> (Object[]) row).map(r -> new RatedUnit(uuid(r[0]).toString(),
                uuid(r[1]).toString(), (String) r[2], OrgUnitKind.valueOf((String) r[3]), uuid(r[4]).toString(),
                ((Number) r[5]).intValue(), (Boolean) r[6], (String) r[7], (String) r[8], (String) r[9],
                (String) r[10], decimal(r[11]), decimal(r[12]), (String) r[13], date(r[14]))).toList();
        return new PageView<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /**
     * For a RATING target's minimum level: each rubric rated on in the year whose bands have that
     * code, with the rank of that band (0 the highest); a final rating of that rubric whose rank is
     * at most this one is at or above the level. A rubric without the code reaches it never.
     */
    public Map<UUID, Integer> ranksAtOrAbove(int year, String minimumCode) {
        List<?> used = em.createNativeQuery("select distinct a.rubric_id from assessment a"
                + " where a.assessment_year = :y and a.status = 'FINAL'").setParameter("y", year).getResultList();
        Map<UUID, Integer> ranks = new LinkedHashMap<>();
        for (Object id : used) {
            Rubric rubric = em.find(Rubric.class, uuid(id));
            RatingLevels.rank(rubrics.scoringModel(rubric).bands(), minimumCode)
                    .ifPresent(rank -> ranks.put(rubric.id, rank));
        }
        return ranks;
    }

    private static String where(Optional<OrgUnitKind> kind, Optional<UUID> rubricId, Optional<String> level,
            Optional<Boolean> eligible) {
        return " where a.assessment_year = :y and a.status = 'FINAL'"
                + (kind.isPresent() ? " and u.kind = :kind" : "")
                + (rubricId.isPresent() ? " and a.rubric_id = :rubric" : "")
                + (level.isPresent() ? " and a.rating_code = :level" : "")
                + eligible.map(e -> e ? " and a.rating_code is not null" : " and a.rating_code is null").orElse("");
    }

    private static void bind(Query query, int year, Optional<OrgUnitKind> kind, Optional<UUID> rubricId,
            Optional<String> level) {
        query.setParameter("y", year);
        kind.ifPresent(k -> query.setParameter("kind", k.name()));
        rubricId.ifPresent(id -> query.setParameter("rubric", id));
        level.ifPresent(code -> query.setParameter("level", code));
    }

    /** A uuid column of a native query: H2 hands back its 16 bytes, PostgreSQL a UUID. */
    static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static java.time.LocalDate date(Object value) {
        return value == null ? null : value instanceof java.time.LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
