package org.danvan.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.rubric.Scoring.Band;
import org.danvan.rubric.Scoring.Basis;
import org.danvan.rubric.Scoring.BonusRule;
import org.danvan.rubric.Scoring.Criterion;
import org.danvan.rubric.Scoring.DeductionRule;
import org.danvan.rubric.Scoring.Input;
import org.danvan.rubric.Scoring.Issue;
import org.danvan.rubric.Scoring.Result;
import org.junit.jupiter.api.Test;

/** The rubric arithmetic, without a container. */
class ScoringTest {

    private static final List<Band> ND_335 = List.of(
            band("HOAN_THANH_XUAT_SAC", 90), band("HOAN_THANH_TOT", 70), band("HOAN_THANH", 50),
            band("KHONG_HOAN_THANH", 0));

    /**
     * 100 points in two groups: I (40) = I.1 (25) + I.2 (15, not for communes); II (60) = II.1 (30,
     * 20 for public service units) + II.2 (30). Communes: 85; public service units: 90; others: 100.
     */
    private static Scoring.Rubric rubric(List<BonusRule> bonuses, BigDecimal bonusCap, List<DeductionRule> deductions,
            BigDecimal deductionCap) {
        return new Scoring.Rubric(List.of(
                criterion("I", null, 40),
                criterion("I.1", "I", 25),
                new Criterion("I.2", "I", d(15), Set.of(OrgUnitKind.COMMUNE), Map.of()),
                criterion("II", null, 60),
                new Criterion("II.1", "II", d(30), Set.of(), Map.of(OrgUnitKind.PUBLIC_SERVICE_UNIT, d(20))),
                criterion("II.2", "II", 30)), bonuses, bonusCap, deductions, deductionCap, ND_335);
    }

    private static Scoring.Rubric plain() {
        return rubric(List.of(), null, List.of(), null);
    }

    @Test
    void shouldLeaveANotApplicableCriterionOutOfTheMaximumAndThePercent() {
        Result result = Scoring.score(plain(), input(OrgUnitKind.COMMUNE, Map.of("I.1", 25, "II.1", 30, "II.2", 30)));

        assertThat(result.applicableMaximum()).isEqualByComparingTo("85");
        assertThat(result.rawScore()).isEqualByComparingTo("85");
        assertThat(result.percent()).isEqualByComparingTo("100.00");
        assertThat(result.band().code()).isEqualTo("HOAN_THANH_XUAT_SAC");
    }

    @Test
    void shouldRefusePointsForACriterionThatDoesNotApplyToTheKind() {
        assertThatThrownBy(() -> Scoring.score(plain(), input(OrgUnitKind.COMMUNE, Map.of("I.2", 5))))
                .isInstanceOfSatisfying(Scoring.InvalidInput.class, e -> assertThat(e.issues())
                        .extracting(Issue::field, Issue::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("points[I.2]", "criterion-not-applicable")));
    }

    @Test
    void shouldTakeTheWholeSubtreeOutWhenAGroupDoesNotApply() {
        var rubric = new Scoring.Rubric(List.of(
                new Criterion("I", null, d(40), Set.of(OrgUnitKind.DEPARTMENT), Map.of()),
                criterion("I.1", "I", 40),
                criterion("II", null, 60)), List.of(), null, List.of(), null, ND_335);

        assertThat(Scoring.applicableMaximum(rubric, OrgUnitKind.DEPARTMENT)).isEqualByComparingTo("60");
        assertThat(Scoring.applicableMaximum(rubric, OrgUnitKind.COMMUNE)).isEqualByComparingTo("100");
    }

    @Test
    void shouldUseTheKindsOwnMaximumAndRefusePointsAboveIt() {
        assertThat(Scoring.applicableMaximum(plain(), OrgUnitKind.PUBLIC_SERVICE_UNIT)).isEqualByComparingTo("90");
        assertThat(Scoring.applicableMaximum(plain(), OrgUnitKind.DEPARTMENT)).isEqualByComparingTo("100");

        Result fits = Scoring.score(plain(), input(OrgUnitKind.PUBLIC_SERVICE_UNIT, Map.of("II.1", 20)));
        assertThat(fits.rawScore()).isEqualByComparingTo("20");
        assertThatThrownBy(() -> Scoring.score(plain(), input(OrgUnitKind.PUBLIC_SERVICE_UNIT, Map.of("II.1", 21))))
                .isInstanceOfSatisfying(Scoring.InvalidInput.class, e -> assertThat(e.issues().get(0).args())
                        .containsExactly("0", "20"));
        // the same points fit a department, whose maximum is the default 30
        assertThat(Scoring.score(plain(), input(OrgUnitKind.DEPARTMENT, Map.of("II.1", 21))).rawScore())
                .isEqualByComparingTo("21");
    }

    @Test
    void shouldRefuseNegativePointsUnknownCodesAndPointsOnAGroup() {
        Map<String, BigDecimal> points = new HashMap<>();
        points.put("I.1", d(-1));
        points.put("IX", d(1));
        points.put("II", d(1));
        points.put("II.2", null);
        assertThatThrownBy(() -> Scoring.score(plain(), new Input(OrgUnitKind.DEPARTMENT, points, Map.of(), 0, 0)))
                .isInstanceOfSatisfying(Scoring.InvalidInput.class, e -> assertThat(e.issues())
                        .extracting(Issue::messageKey)
                        .containsExactlyInAnyOrder("points-range", "unknown-criterion", "criterion-is-group"));
    }

    @Test
    void shouldCountAnUnscoredCriterionAsZeroButKeepItInTheMaximum() {
        Map<String, BigDecimal> points = new HashMap<>();
        points.put("I.1", d(25));
        points.put("II.2", null);
        Result result = Scoring.score(plain(), new Input(OrgUnitKind.DEPARTMENT, points, Map.of(), 0, 0));

        assertThat(result.applicableMaximum()).isEqualByComparingTo("100");
        assertThat(result.percent()).isEqualByComparingTo("25.00");
        assertThat(result.band().code()).isEqualTo("KHONG_HOAN_THANH");
    }

    @Test
    void shouldCutEachBonusToItsRuleAndTheSumToTheBonusCap() {
        var rubric = rubric(List.of(new BonusRule("MO_HINH", d(5)), new BonusRule("SANG_KIEN", d(3))), d(6),
                List.of(), null);
        Result result = Scoring.score(rubric, new Input(OrgUnitKind.DEPARTMENT, Map.of("I.1", d(20)),
                Map.of("MO_HINH", d(7), "SANG_KIEN", d(2)), 0, 0));

        assertThat(result.bonuses()).extracting(Scoring.BonusLine::code, l -> l.granted().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("MO_HINH", "5"),
                        org.assertj.core.groups.Tuple.tuple("SANG_KIEN", "2"));
        assertThat(result.bonusTotal()).isEqualByComparingTo("6");
        assertThat(result.total()).isEqualByComparingTo("26");
    }

    @Test
    void shouldRefuseAnUnknownOrNegativeBonus() {
        var rubric = rubric(List.of(new BonusRule("MO_HINH", d(5))), null, List.of(), null);
        assertThatThrownBy(() -> Scoring.score(rubric, new Input(OrgUnitKind.DEPARTMENT, Map.of(),
                Map.of("KHAC", d(1), "MO_HINH", d(-1)), 0, 0)))
                .isInstanceOfSatisfying(Scoring.InvalidInput.class, e -> assertThat(e.issues())
                        .extracting(Issue::messageKey).containsExactlyInAnyOrder("unknown-bonus-rule", "points-negative"));
    }

    @Test
    void shouldDeductPerLateAndMissingReportCappedPerRuleAndInTotal() {
        var rubric = rubric(List.of(), null, List.of(
                new DeductionRule("TRE_HAN", Basis.LATE_REPORT, new BigDecimal("0.5"), d(2)),
                new DeductionRule("KHONG_BAO_CAO", Basis.MISSING_REPORT, d(2), null)), d(5));

        Result few = Scoring.score(rubric, new Input(OrgUnitKind.DEPARTMENT, Map.of("I.1", d(25)), Map.of(), 3, 1));
        assertThat(few.deductions()).extracting(Scoring.DeductionLine::count, l -> l.points().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "1.5"), org.assertj.core.groups.Tuple.tuple(1, "2"));
        assertThat(few.deductionTotal()).isEqualByComparingTo("3.5");
        assertThat(few.total()).isEqualByComparingTo("21.5");

        Result many = Scoring.score(rubric, new Input(OrgUnitKind.DEPARTMENT, Map.of("I.1", d(25)), Map.of(), 10, 2));
        assertThat(many.deductions()).extracting(l -> l.points().stripTrailingZeros().toPlainString())
                .containsExactly("2", "4");
        assertThat(many.deductionTotal()).as("the total cap").isEqualByComparingTo("5");
        assertThat(many.total()).isEqualByComparingTo("20");
    }

    @Test
    void shouldKeepTheTotalWithinZeroAndTheApplicableMaximum() {
        var rubric = rubric(List.of(new BonusRule("MO_HINH", d(5))), null,
                List.of(new DeductionRule("KHONG_BAO_CAO", Basis.MISSING_REPORT, d(10), null)), null);

        Result below = Scoring.score(rubric, new Input(OrgUnitKind.DEPARTMENT, Map.of("I.1", d(5)), Map.of(), 0, 3));
        assertThat(below.total()).isEqualByComparingTo("0");
        assertThat(below.percent()).isEqualByComparingTo("0.00");
        assertThat(below.band().code()).as("exactly 0 is in the last band").isEqualTo("KHONG_HOAN_THANH");

        Result above = Scoring.score(rubric, new Input(OrgUnitKind.COMMUNE,
                Map.of("I.1", d(25), "II.1", d(30), "II.2", d(28)), Map.of("MO_HINH", d(5)), 0, 0));
        assertThat(above.total()).isEqualByComparingTo("85");
        assertThat(above.percent()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldPutExactly90InTheTopBandAnd8999InTheNext() {
        Result ninety = Scoring.score(plain(), input(OrgUnitKind.DEPARTMENT, Map.of("I.1", 25, "I.2", 15, "II.1", 30, "II.2", 20)));
        assertThat(ninety.percent()).isEqualByComparingTo("90.00");
        assertThat(ninety.band().code()).isEqualTo("HOAN_THANH_XUAT_SAC");

        Result below = Scoring.score(plain(), new Input(OrgUnitKind.DEPARTMENT, Map.of("I.1", d(25), "I.2", d(15),
                "II.1", d(30), "II.2", new BigDecimal("19.99")), Map.of(), 0, 0));
        assertThat(below.percent()).isEqualByComparingTo("89.99");
        assertThat(below.band().code()).isEqualTo("HOAN_THANH_TOT");

        assertThat(Scoring.band(ND_335, new BigDecimal("70.00")).orElseThrow().code()).isEqualTo("HOAN_THANH_TOT");
        assertThat(Scoring.band(ND_335, new BigDecimal("69.99")).orElseThrow().code()).isEqualTo("HOAN_THANH");
        assertThat(Scoring.band(ND_335, BigDecimal.ZERO).orElseThrow().code()).isEqualTo("KHONG_HOAN_THANH");
    }

    @Test
    void shouldRoundThePercentHalfUpToTwoDecimalsAndRateOnTheRoundedFigure() {
        // 85 applicable for a commune: 76.5 / 85 = 90.00 exactly; 76.49 / 85 = 89.9882... -> 89.99
        Result result = Scoring.score(plain(), new Input(OrgUnitKind.COMMUNE,
                Map.of("I.1", new BigDecimal("16.49"), "II.1", d(30), "II.2", d(30)), Map.of(), 0, 0));
        assertThat(result.percent()).isEqualByComparingTo("89.99");
        // 2 / 3 of 100: 66.666... -> 66.67
        var thirds = new Scoring.Rubric(List.of(criterion("A", null, 3)), List.of(), null, List.of(), null, ND_335);
        assertThat(Scoring.score(thirds, input(OrgUnitKind.COMMUNE, Map.of("A", 2))).percent())
                .isEqualByComparingTo("66.67");
        // 89.995 rounds to 90.00, and the unit is rated on the 90.00 it is shown
        var fine = new Scoring.Rubric(List.of(criterion("A", null, 200)), List.of(), null, List.of(), null, ND_335);
        Result edge = Scoring.score(fine, new Input(OrgUnitKind.COMMUNE, Map.of("A", new BigDecimal("179.99")),
                Map.of(), 0, 0));
        assertThat(edge.percent()).isEqualByComparingTo("90.00");
        assertThat(edge.band().code()).isEqualTo("HOAN_THANH_XUAT_SAC");
    }

    @Test
    void shouldAnswerAnEmptyRubricWithNoPercentAndNoBand() {
        var empty = new Scoring.Rubric(List.of(), List.of(), null, List.of(), null, ND_335);
        Result result = Scoring.score(empty, input(OrgUnitKind.COMMUNE, Map.of()));

        assertThat(result.applicableMaximum()).isEqualByComparingTo("0");
        assertThat(result.total()).isEqualByComparingTo("0");
        assertThat(result.percent()).isNull();
        assertThat(result.band()).isNull();
        assertThat(result.rated()).isFalse();
    }

    @Test
    void shouldAnswerAKindNothingAppliesToWithNoPercent() {
        var rubric = new Scoring.Rubric(List.of(new Criterion("I", null, d(10), Set.of(OrgUnitKind.COMMUNE), Map.of())),
                List.of(new BonusRule("MO_HINH", d(5))), null, List.of(), null, ND_335);
        Result result = Scoring.score(rubric, new Input(OrgUnitKind.COMMUNE, Map.of(), Map.of("MO_HINH", d(5)), 0, 0));

        assertThat(result.applicableMaximum()).isEqualByComparingTo("0");
        assertThat(result.rated()).isFalse();
        assertThat(result.total()).as("nothing to reach: the total stays within the maximum").isEqualByComparingTo("0");
    }

    @Test
    void shouldFindEveryStructuralError() {
        var broken = new Scoring.Rubric(List.of(
                criterion("I", null, 40),
                criterion("I.1", "I", 25),
                criterion("I.1", "I", 10),
                criterion("II.1", "II", 5),
                new Criterion("III", null, d(10), Set.of(), Map.of(OrgUnitKind.COMMUNE, d(5))),
                criterion("III.1", "III", 10)),
                List.of(new BonusRule("A", d(1)), new BonusRule("A", d(2))), null,
                List.of(), null, List.of(band("TOT", 80), band("KHA", 80), band("TOT", 10)));

        assertThat(Scoring.validate(broken)).extracting(Issue::field, Issue::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("criteria[2].code", "duplicate-criterion"),
                org.assertj.core.groups.Tuple.tuple("criteria[3].parentCode", "parent-criterion-before"),
                org.assertj.core.groups.Tuple.tuple("criteria[0].maxPoints", "children-sum"),
                org.assertj.core.groups.Tuple.tuple("criteria[4].kindMaxima", "kind-max-on-group"),
                org.assertj.core.groups.Tuple.tuple("bonusRules[1].code", "duplicate-rule"),
                org.assertj.core.groups.Tuple.tuple("bands[1].minPercentInclusive", "bands-decreasing"),
                org.assertj.core.groups.Tuple.tuple("bands[2].code", "duplicate-band"),
                org.assertj.core.groups.Tuple.tuple("bands[2].minPercentInclusive", "bands-end-at-zero"));
        assertThat(Scoring.validate(plain())).isEmpty();
    }

    private static Criterion criterion(String code, String parent, int max) {
        return new Criterion(code, parent, d(max), Set.of(), Map.of());
    }

    private static Band band(String code, int min) {
        return new Band(code, code, code, d(min));
    }

    private static Input input(OrgUnitKind kind, Map<String, Integer> points) {
        Map<String, BigDecimal> decimals = new HashMap<>();
        points.forEach((code, value) -> decimals.put(code, d(value)));
        return new Input(kind, decimals, Map.of(), 0, 0);
    }

    private static BigDecimal d(int value) {
        return BigDecimal.valueOf(value);
    }
}
