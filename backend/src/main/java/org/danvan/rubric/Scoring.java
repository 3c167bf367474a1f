package org.danvan.rubric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.danvan.orgunit.OrgUnitKind;

/**
 * The arithmetic of a scoring rubric, with no container: which criteria apply to a kind of unit, its
 * applicable maximum, and a unit's score after bonuses, deductions and their caps, in percent of its
 * own applicable maximum, and the band that percent falls in.
 *
 * <p>Rules (also in openapi.yaml):
 * <ul>
 * <li>Points are given to leaf criteria (those without children). A criterion with children is a
 * group: its maximum must equal the sum of its children's maxima.</li>
 * <li>A criterion not applicable to a kind takes its whole subtree out of that kind's maximum. A
 * different maximum for a kind is set on leaves only; a group's maximum for a kind follows from its
 * children.</li>
 * <li>A bonus claimed above its rule's cap is cut to the cap, then the sum to the total bonus cap.
 * A deduction is its count of LATE or MISSING reports times its points each, cut to the rule's cap,
 * then the sum to the total deduction cap.</li>
 * <li>total = raw + bonuses - deductions, kept within [0, applicable maximum].</li>
 * <li>percent = total / applicable maximum x 100, 2 decimals HALF_UP; the band is the first (highest)
 * whose minimum the rounded percent reaches. With no applicable maximum there is no percent and no band.</li>
 * <li>A sheet with no points on any criterion is not scored yet (chưa chấm): no percent and no band,
 * never the lowest band its zero total would fall in.</li>
 * </ul>
 */
public final class Scoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** What a deduction counts: the unit's reports of the year submitted late, or missing. */
    public enum Basis {
        LATE_REPORT,
        MISSING_REPORT
    }

    /** A criterion; {@code maxByKind} holds the different maxima of a leaf for some kinds. */
    public record Criterion(String code, String parentCode, BigDecimal maxPoints, Set<OrgUnitKind> notApplicableTo,
            Map<OrgUnitKind, BigDecimal> maxByKind) {

        public Criterion {
            notApplicableTo = notApplicableTo == null ? Set.of() : Set.copyOf(notApplicableTo);
            maxByKind = maxByKind == null ? Map.of() : Map.copyOf(maxByKind);
        }
    }

    /** Up to {@code maxPoints} for one kind of merit. */
    public record BonusRule(String code, BigDecimal maxPoints) {
    }

    /** {@code pointsEach} per counted report, at most {@code maxPoints} (no cap when null). */
    public record DeductionRule(String code, Basis basis, BigDecimal pointsEach, BigDecimal maxPoints) {
    }

    public record Band(String code, String labelVi, String labelEn, BigDecimal minPercentInclusive) {
    }

    /** A rubric's content; caps are null when there is none. Bands from the highest minimum down. */
    public record Rubric(List<Criterion> criteria, List<BonusRule> bonusRules, BigDecimal bonusCap,
            List<DeductionRule> deductionRules, BigDecimal deductionCap, List<Band> bands) {

        public Rubric {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            bonusRules = bonusRules == null ? List.of() : List.copyOf(bonusRules);
            deductionRules = deductionRules == null ? List.of() : List.copyOf(deductionRules);
            bands = bands == null ? List.of() : List.copyOf(bands);
        }
    }

    /** A unit's points per leaf code (a null value: not scored), bonuses claimed per rule, its late and missing reports. */
    public record Input(OrgUnitKind kind, Map<String, BigDecimal> points, Map<String, BigDecimal> bonusClaims,
            int lateReports, int missingReports) {

        public Input {
            points = points == null ? Map.of() : new LinkedHashMap<>(points);
            bonusClaims = bonusClaims == null ? Map.of() : new LinkedHashMap<>(bonusClaims);
        }
    }

    public record BonusLine(String code, BigDecimal claimed, BigDecimal granted) {
    }

    public record DeductionLine(String code, Basis basis, int count, BigDecimal points) {
    }

    /**
     * {@code percent} and {@code band} are null when the kind has no applicable maximum, or when no
     * criterion has points yet ({@code scored} false).
     */
    public record Result(OrgUnitKind kind, BigDecimal applicableMaximum, BigDecimal rawScore, List<BonusLine> bonuses,
            BigDecimal bonusTotal, List<DeductionLine> deductions, BigDecimal deductionTotal, BigDecimal total,
            BigDecimal percent, Band band, boolean scored) {

        public boolean rated() {
            return percent != null;
        }
    }

    /** A rule the rubric or the input breaks: the field, a message key of the problems bundle, its arguments. */
    public record Issue(String field, String messageKey, Object... args) {
    }

    /** Thrown by {@link #score} when the input does not fit the rubric. */
    public static final class InvalidInput extends RuntimeException {

        private final transient List<Issue> issues;

        InvalidInput(List<Issue> issues) {
            super("invalid scoring input", null, false, false);
            this.issues = List.copyOf(issues);
        }

        public List<Issue> issues() {
            return issues;
        }
    }

    // ---------------------------------------------------------------- the rubric's structure

    /** What is wrong with a rubric's structure; empty when it can be used. */
    public static List<Issue> validate(Rubric rubric) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Criterion c = rubric.criteria().get(i);
            String field = "criteria[" + i + "]";
            if (index.putIfAbsent(c.code(), i) != null) {
                issues.add(new Issue(field + ".code", "duplicate-criterion", c.code()));
            }
            if (c.parentCode() != null && (!index.containsKey(c.parentCode()) || c.parentCode().equals(c.code()))) {
                issues.add(new Issue(field + ".parentCode", "parent-criterion-before", c.parentCode()));
            }
        }
        Map<String, List<Criterion>> children = children(rubric);
        for (int i = 0; i < rubric.criteria().size(); i++) {
            Criterion c = rubric.criteria().get(i);
            List<Criterion> kids = children.getOrDefault(c.code(), List.of());
            if (kids.isEmpty()) {
                continue;
            }
            if (!c.maxByKind().isEmpty()) {
                issues.add(new Issue("criteria[" + i + "].kindMaxima", "kind-max-on-group"));
            }
            BigDecimal sum = kids.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(c.maxPoints()) != 0) {
                issues.add(new Issue("criteria[" + i + "].maxPoints", "children-sum", plain(sum)));
            }
        }
        checkCodes("bonusRules", rubric.bonusRules().stream().map(BonusRule::code).toList(), issues);
        checkCodes("deductionRules", rubric.deductionRules().stream().map(DeductionRule::code).toList(), issues);
        issues.addAll(validateBands(rubric.bands()));
        return issues;
    }

    /** Bands: codes unique, minima strictly decreasing from at most 100, the last exactly 0. */
    public static List<Issue> validateBands(List<Band> bands) {
        List<Issue> issues = new ArrayList<>();
        if (bands.isEmpty()) {
            issues.add(new Issue("bands", "bands-empty"));
            return issues;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (!codes.add(band.code())) {
                issues.add(new Issue("bands[" + i + "].code", "duplicate-band", band.code()));
            }
            if (i > 0 && band.minPercentInclusive().compareTo(bands.get(i - 1).minPercentInclusive()) >= 0) {
                issues.add(new Issue("bands[" + i + "].minPercentInclusive", "bands-decreasing"));
            }
        }
        if (bands.get(bands.size() - 1).minPercentInclusive().signum() != 0) {
            issues.add(new Issue("bands[" + (bands.size() - 1) + "].minPercentInclusive", "bands-end-at-zero"));
        }
        return issues;
    }

    private static void checkCodes(String field, List<String> codes, List<Issue> issues) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                issues.add(new Issue(field + "[" + i + "].code", "duplicate-rule", codes.get(i)));
            }
        }
    }

    private static Map<String, List<Criterion>> children(Rubric rubric) {
        Map<String, List<Criterion>> children = new HashMap<>();
        for (Criterion c : rubric.criteria()) {
            if (c.parentCode() != null) {
                children.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        return children;
    }

    // ---------------------------------------------------------------- applicability and maxima

    /**
     * The maximum of each leaf that applies to {@code kind}, by code in the rubric's order: a leaf
     * applies unless it or one of its ancestors is not applicable to the kind.
     */
    public static Map<String, BigDecimal> applicableLeaves(Rubric rubric, OrgUnitKind kind) {
        Map<String, Criterion> byCode = new HashMap<>();
        rubric.criteria().forEach(c -> byCode.putIfAbsent(c.code(), c));
        Set<String> parents = children(rubric).keySet();
        Map<String, BigDecimal> leaves = new LinkedHashMap<>();
        for (Criterion c : rubric.criteria()) {
            if (!parents.contains(c.code()) && applies(c, kind, byCode)) {
                leaves.put(c.code(), c.maxByKind().getOrDefault(kind, c.maxPoints()));
            }
        }
        return leaves;
    }

    /** The sum of the maxima of the leaves that apply to {@code kind}: the base of its percent. */
    public static BigDecimal applicableMaximum(Rubric rubric, OrgUnitKind kind) {
        return applicableLeaves(rubric, kind).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean applies(Criterion c, OrgUnitKind kind, Map<String, Criterion> byCode) {
        Set<String> seen = new HashSet<>();
        for (Criterion at = c; at != null && seen.add(at.code()); at = byCode.get(at.parentCode())) {
            if (at.notApplicableTo().contains(kind)) {
                return false;
            }
            if (at.parentCode() == null) {
                break;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- a unit's score

    /** Scores {@code input} on {@code rubric}; {@link InvalidInput} names every point that does not fit. */
    public static Result score(Rubric rubric, Input input) {
        List<Issue> issues = new ArrayList<>();
        Map<String, BigDecimal> leaves = applicableLeaves(rubric, input.kind());
        BigDecimal raw = rawScore(rubric, input, leaves, issues);
        List<BonusLine> bonuses = bonuses(rubric, input, issues);
        if (input.lateReports() < 0) {
            issues.add(new Issue("lateReports", "points-negative"));
        }
        if (input.missingReports() < 0) {
            issues.add(new Issue("missingReports", "points-negative"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput(issues);
        }
        BigDecimal bonusTotal = cap(sum(bonuses.stream().map(BonusLine::granted).toList()), rubric.bonusCap());
        List<DeductionLine> deductions = rubric.deductionRules().stream().map(rule -> deduction(rule, input)).toList();
        BigDecimal deductionTotal = cap(sum(deductions.stream().map(DeductionLine::points).toList()),
                rubric.deductionCap());
        BigDecimal maximum = sum(List.copyOf(leaves.values()));
        BigDecimal total = raw.add(bonusTotal).subtract(deductionTotal).max(BigDecimal.ZERO).min(maximum);
        boolean scored = input.points().values().stream().anyMatch(java.util.Objects::nonNull);
        BigDecimal percent = maximum.signum() == 0 || !scored ? null
                : total.multiply(HUNDRED).divide(maximum, 2, RoundingMode.HALF_UP);
        Band band = percent == null ? null : band(rubric.bands(), percent).orElse(null);
        return new Result(input.kind(), maximum, raw, bonuses, bonusTotal, deductions, deductionTotal, total, percent,
                band, scored);
    }

    /** The band {@code percent} falls in: the first whose minimum it reaches, bands ordered from the highest. */
    public static Optional<Band> band(List<Band> bands, BigDecimal percent) {
        return bands.stream().sorted(Comparator.comparing(Band::minPercentInclusive).reversed())
                .filter(b -> percent.compareTo(b.minPercentInclusive()) >= 0).findFirst();
    }

    private static BigDecimal rawScore(Rubric rubric, Input input, Map<String, BigDecimal> leaves, List<Issue> issues) {
        Set<String> codes = new HashSet<>();
        rubric.criteria().forEach(c -> codes.add(c.code()));
        Set<String> parents = children(rubric).keySet();
        BigDecimal raw = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : input.points().entrySet()) {
            String code = entry.getKey();
            BigDecimal points = entry.getValue();
            String field = "points[" + code + "]";
            if (!codes.contains(code)) {
                issues.add(new Issue(field, "unknown-criterion", code));
            } else if (points == null) {
                continue;
            } else if (parents.contains(code)) {
                issues.add(new Issue(field, "criterion-is-group", code));
            } else if (!leaves.containsKey(code)) {
                issues.add(new Issue(field, "criterion-not-applicable", code, input.kind().name()));
            } else if (points.signum() < 0 || points.compareTo(leaves.get(code)) > 0) {
                issues.add(new Issue(field, "points-range", "0", plain(leaves.get(code))));
            } else {
                raw = raw.add(points);
            }
        }
        return raw;
    }

    private static List<BonusLine> bonuses(Rubric rubric, Input input, List<Issue> issues) {
        Map<String, BonusRule> rules = new LinkedHashMap<>();
        rubric.bonusRules().forEach(r -> rules.putIfAbsent(r.code(), r));
        List<BonusLine> lines = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> claim : input.bonusClaims().entrySet()) {
            BonusRule rule = rules.get(claim.getKey());
            String field = "bonuses[" + claim.getKey() + "]";
            BigDecimal claimed = claim.getValue() == null ? BigDecimal.ZERO : claim.getValue();
            if (rule == null) {
                issues.add(new Issue(field, "unknown-bonus-rule", claim.getKey()));
            } else if (claimed.signum() < 0) {
                issues.add(new Issue(field, "points-negative"));
            } else {
                lines.add(new BonusLine(rule.code(), claimed, claimed.min(rule.maxPoints())));
            }
        }
        return lines;
    }

    private static DeductionLine deduction(DeductionRule rule, Input input) {
        int count = rule.basis() == Basis.LATE_REPORT ? input.lateReports() : input.missingReports();
        BigDecimal points = cap(rule.pointsEach().multiply(BigDecimal.valueOf(count)), rule.maxPoints());
        return new DeductionLine(rule.code(), rule.basis(), count, points);
    }

    private static BigDecimal cap(BigDecimal value, BigDecimal cap) {
        return cap == null ? value : value.min(cap);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
