package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.report.ReportDtos.AttainmentStatus.MET;
import static org.danvan.report.ReportDtos.AttainmentStatus.NOT_MET;
import static org.danvan.report.ReportFixtures.FAR_FUTURE;
import static org.danvan.report.ReportFixtures.accept;
import static org.danvan.report.ReportFixtures.accepted;
import static org.danvan.report.ReportFixtures.attainmentOf;
import static org.danvan.report.ReportFixtures.contributions;
import static org.danvan.report.ReportFixtures.draft;
import static org.danvan.report.ReportFixtures.extend;
import static org.danvan.report.ReportFixtures.figures;
import static org.danvan.report.ReportFixtures.fixedObligation;
import static org.danvan.report.ReportFixtures.groupOfKinds;
import static org.danvan.report.ReportFixtures.periodId;
import static org.danvan.report.ReportFixtures.periodUnits;
import static org.danvan.report.ReportFixtures.rebuild;
import static org.danvan.report.ReportFixtures.reopen;
import static org.danvan.report.ReportFixtures.reportedTarget;
import static org.danvan.report.ReportFixtures.returned;
import static org.danvan.report.ReportFixtures.submissionTarget;
import static org.danvan.report.ReportFixtures.submitted;
import static org.danvan.report.ReportFixtures.unique;
import static org.danvan.report.ReportFixtures.unit;
import static org.danvan.report.ReportFixtures.unitIds;
import static org.danvan.report.ReportFixtures.yearlyObligation;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.KindFigure;
import org.danvan.report.ReportDtos.PeriodCompleteness;
import org.danvan.report.ReportDtos.PeriodUnit;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.report.ReportDtos.UnitState;
import org.danvan.report.ReportFixtures.Counts;
import org.danvan.report.ReportFixtures.Figure;
import org.danvan.report.ReportFixtures.Value;
import org.junit.jupiter.api.Test;

/**
 * A small plan whose every figure was first worked out by hand, then asked of the API.
 *
 * <p><b>The plan.</b> A province with 5 departments D1..D5 (Sở) and 3 communes C1..C3 (UBND xã);
 * the group "departments and communes of the province" holds all 8. Plan year 2024.
 * <ul>
 * <li>O1, unit plan (UNIT_PLAN), due 10/4/2024 with 2 grace days: on time through 12/4/2024.</li>
 * <li>O2, annual report (ANNUAL_REPORT), due 1/11 every year: one period, 1/11/2024, no grace days.</li>
 * <li>T1: "100% of units have their plan accepted": SUBMISSION of O1, GTE 100, over the 8 units.</li>
 * <li>T2: "more than 90% of officials trained": REPORTED by O2, GT 90, officials of the 8 units.</li>
 * </ul>
 *
 * <p><b>The clock.</b> Submissions are stamped by the real clock, so every one is made in 2026 or
 * later: anything due in 2024 is LATE unless the unit has an extension. An extension to 31/12/2099
 * makes a submission ON_TIME; D2's extension for O1 ends yesterday, so its submission today is on
 * time only thanks to the 2 grace days (last day on time = yesterday + 2 = tomorrow).
 *
 * <p><b>O1, by unit</b> (ext = extension to 2099 unless said):
 * <pre>
 * unit  extension   actions             status      timeliness  counts as
 * D1    2099        submit, accept      ACCEPTED    ON_TIME     submitted, accepted, on time
 * D2    yesterday   submit              SUBMITTED   ON_TIME     submitted, on time (grace days)
 * D3    -           submit, accept      ACCEPTED    LATE        submitted, accepted, late
 * D4    -           submit, return      RETURNED    LATE        submitted, returned, late
 * D5    2099        draft only          DRAFT       -           missing (state DRAFT: not yet due)
 * C1    -           submit, accept      ACCEPTED    LATE        submitted, accepted, late
 * C2    2099        submit, accept      ACCEPTED    ON_TIME     submitted, accepted, on time
 * C3    -           nothing             MISSING     -           missing (state OVERDUE)
 * </pre>
 * expected 8; submitted 6 (D1 D2 D3 D4 C1 C2); accepted 4 (D1 D3 C1 C2); returned 1 (D4);
 * on time 3 (D1 D2 C2); late 3 (D3 D4 C1); missing 8 - 6 = 2 (D5 C3);
 * completeness 6/8 = 75.0%; timeliness 3/8 = 37.5%.
 *
 * <p>T1 = accepted / expected = 4/8 = 50.0%, GTE 100: NOT_MET. By kind: DEPARTMENT 2/5 = 40.0%
 * (D1 D3), COMMUNE 2/3 = 66.666...% = 66.7% (C1 C2, half up).
 *
 * <p><b>O2, by unit</b>, with the officials each reports (trained / all):
 * <pre>
 * unit  extension  actions                    status      timeliness  figures  counted in T2
 * D1    2099       submit, accept             ACCEPTED    ON_TIME     45/50    yes
 * D2    2099       submit, accept             ACCEPTED    ON_TIME     38/40    yes
 * D3    -          submit                     SUBMITTED   LATE        10/100   no (not accepted)
 * D4    -          nothing                    MISSING     -           -        no
 * D5    2099       submit, return             RETURNED    ON_TIME     5/5      no (returned)
 * C1    -          submit, accept             ACCEPTED    LATE        27/30    yes
 * C2    -          submit, accept, reopen     SUBMITTED   LATE        19/20    no (reopened)
 * C3    2099       submit, accept             ACCEPTED    ON_TIME     16/20    yes
 * </pre>
 * expected 8; submitted 7 (all but D4); accepted 4 (D1 D2 C1 C3); returned 1 (D5);
 * on time 4 (D1 D2 D5 C3); late 3 (D3 C1 C2); missing 1 (D4);
 * completeness 7/8 = 87.5%; timeliness 4/8 = 50.0%.
 *
 * <p>T2 = (45 + 38 + 27 + 16) / (50 + 40 + 30 + 20) = 126/140 = exactly 90.0%, GT 90: NOT_MET
 * ("trên 90%" means above 90). By kind: DEPARTMENT (45 + 38)/(50 + 40) = 83/90 = 92.22...% = 92.2%;
 * COMMUNE (27 + 16)/(30 + 20) = 43/50 = 86.0%.
 *
 * Coverage of T2: 8 units, 4 with data (D1 D2 C1 C3), 4 without (D3 D4 D5 C2), none with a headcount.
 *
 * <p><b>Then</b> C2's reopened O2 report is accepted again: accepted 5; T2 = (126 + 19)/(140 + 20) =
 * 145/160 = 90.625% = 90.6%; COMMUNE 62/70 = 88.571...% = 88.6%. That reaches "trên 90%", but D3, D4
 * and D5 have no accepted report and no headcount to count their officials by: not MET on partial
 * data (NOT_MET, "3 đơn vị chưa báo cáo và chưa có số cán bộ, công chức"). O2's other figures do not
 * move (C2 was already submitted and late).
 */
@QuarkusTest
class WorkedExampleTest {

    /** A SUBMISSION target's kind: a unit per denominator, those accepted have data. */
    private static KindFigure kind(OrgUnitKind kind, long numerator, long denominator, String value) {
        return kind(kind, numerator, denominator, value, denominator, numerator);
    }

    private static KindFigure kind(OrgUnitKind kind, long numerator, long denominator, String value, long units,
            long unitsWithData) {
        return new KindFigure(kind, numerator, denominator, new BigDecimal(value), units, unitsWithData);
    }

    private static List<String> sorted(String... ids) {
        return Stream.of(ids).sorted().toList();
    }

    @Test
    void shouldAnswerTheFiguresWorkedOutByHand() {
        String province = ReportFixtures.province();
        // numbered names, so the lists (by name) come back D1..D5, C1..C3
        String d1 = unit(unique("Sở 1 Nội vụ"), "DEPARTMENT", province);
        String d2 = unit(unique("Sở 2 Tư pháp"), "DEPARTMENT", province);
        String d3 = unit(unique("Sở 3 Y tế"), "DEPARTMENT", province);
        String d4 = unit(unique("Sở 4 Tài chính"), "DEPARTMENT", province);
        String d5 = unit(unique("Sở 5 Xây dựng"), "DEPARTMENT", province);
        String c1 = unit(unique("UBND xã 6 Tân Lập"), "COMMUNE", province);
        String c2 = unit(unique("UBND xã 7 Tân Phú"), "COMMUNE", province);
        String c3 = unit(unique("UBND xã 8 Tân Hòa"), "COMMUNE", province);
        String group = groupOfKinds(province, "DEPARTMENT", "COMMUNE");
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String o1 = fixedObligation(plan, group, "2024-04-10", 2);
        String o2 = yearlyObligation(plan, group, "--11-01", 0);
        String p1 = periodId(o1);
        String p2 = periodId(o2);
        String t1 = submissionTarget(plan, group, o1, "GTE", 100);
        String t2 = reportedTarget(plan, group, o2, "GT", 90);

        // ---- O1 ----
        LocalDate yesterday = ReportFixtures.today().minusDays(1);
        extend(o1, p1, d1, FAR_FUTURE);
        extend(o1, p1, d2, yesterday.toString());
        extend(o1, p1, d5, FAR_FUTURE);
        extend(o1, p1, c2, FAR_FUTURE);
        accepted(p1, d1);
        submitted(p1, d2);
        accepted(p1, d3);
        returned(p1, d4);
        draft(p1, d5);
        accepted(p1, c1);
        accepted(p1, c2);

        // ---- O2 ----
        extend(o2, p2, d1, FAR_FUTURE);
        extend(o2, p2, d2, FAR_FUTURE);
        extend(o2, p2, d5, FAR_FUTURE);
        extend(o2, p2, c3, FAR_FUTURE);
        accepted(p2, d1, new Value(t2, 45, 50));
        accepted(p2, d2, new Value(t2, 38, 40));
        submitted(p2, d3, new Value(t2, 10, 100));
        returned(p2, d5, new Value(t2, 5, 5));
        accepted(p2, c1, new Value(t2, 27, 30));
        String c2Report = accepted(p2, c2, new Value(t2, 19, 20));
        reopen(c2Report);
        accepted(p2, c3, new Value(t2, 16, 20));

        // ---- O1: completeness ----
        PeriodCompleteness f1 = figures(plan, p1);
        assertThat(f1.dueDate()).isEqualTo(LocalDate.parse("2024-04-10"));
        assertThat(Counts.of(f1)).isEqualTo(new Counts(8, 6, 4, 1, 3, 3, 2));
        assertThat(f1.completenessRate()).isEqualTo(new BigDecimal("75.0"));
        assertThat(f1.timelinessRate()).isEqualTo(new BigDecimal("37.5"));
        assertThat(unitIds(plan, p1, "MISSING")).isEqualTo(sorted(d5, c3));
        assertThat(unitIds(plan, p1, "ON_TIME")).isEqualTo(sorted(d1, d2, c2));
        assertThat(unitIds(plan, p1, "LATE")).isEqualTo(sorted(d3, d4, c1));
        assertThat(unitIds(plan, p1, "RETURNED")).isEqualTo(sorted(d4));
        assertThat(unitIds(plan, p1, "ACCEPTED")).isEqualTo(sorted(d1, d3, c1, c2));
        List<PeriodUnit> o1Units = periodUnits(plan, p1, null);
        assertThat(o1Units).extracting(PeriodUnit::unitId).containsExactly(d1, d2, d3, d4, d5, c1, c2, c3);
        assertThat(o1Units).extracting(PeriodUnit::state).containsExactly(UnitState.ACCEPTED, UnitState.SUBMITTED,
                UnitState.ACCEPTED, UnitState.RETURNED, UnitState.DRAFT, UnitState.ACCEPTED, UnitState.ACCEPTED,
                UnitState.OVERDUE);
        assertThat(o1Units).extracting(PeriodUnit::dueDate).containsExactly(LocalDate.parse(FAR_FUTURE), yesterday,
                LocalDate.parse("2024-04-10"), LocalDate.parse("2024-04-10"), LocalDate.parse(FAR_FUTURE),
                LocalDate.parse("2024-04-10"), LocalDate.parse(FAR_FUTURE), LocalDate.parse("2024-04-10"));

        // ---- T1 ----
        TargetAttainment a1 = attainmentOf(plan, t1, null);
        assertThat(a1.periodId()).isEqualTo(p1);
        assertThat(Figure.of(a1)).isEqualTo(new Figure(4L, 8L, "50.0", NOT_MET));
        assertThat(a1.byKind()).containsExactly(kind(OrgUnitKind.DEPARTMENT, 2, 5, "40.0"),
                kind(OrgUnitKind.COMMUNE, 2, 3, "66.7"));
        List<Contribution> c1Rows = contributions(plan, t1, null);
        assertThat(c1Rows).extracting(Contribution::numerator).containsExactly(1L, 0L, 1L, 0L, 0L, 1L, 1L, 0L);
        assertThat(c1Rows.stream().mapToLong(Contribution::numerator).sum()).isEqualTo(4);
        assertThat(c1Rows.stream().mapToLong(Contribution::denominator).sum()).isEqualTo(8);

        // ---- O2: completeness ----
        PeriodCompleteness f2 = figures(plan, p2);
        assertThat(f2.dueDate()).isEqualTo(LocalDate.parse("2024-11-01"));
        assertThat(Counts.of(f2)).isEqualTo(new Counts(8, 7, 4, 1, 4, 3, 1));
        assertThat(f2.completenessRate()).isEqualTo(new BigDecimal("87.5"));
        assertThat(f2.timelinessRate()).isEqualTo(new BigDecimal("50.0"));
        assertThat(unitIds(plan, p2, "MISSING")).isEqualTo(sorted(d4));
        assertThat(unitIds(plan, p2, "ON_TIME")).isEqualTo(sorted(d1, d2, d5, c3));
        assertThat(unitIds(plan, p2, "LATE")).isEqualTo(sorted(d3, c1, c2));
        assertThat(unitIds(plan, p2, "RETURNED")).isEqualTo(sorted(d5));
        assertThat(unitIds(plan, p2, "ACCEPTED")).isEqualTo(sorted(d1, d2, c1, c3));

        // ---- T2 ----
        TargetAttainment a2 = attainmentOf(plan, t2, null);
        assertThat(a2.periodId()).isEqualTo(p2);
        assertThat(Figure.of(a2)).isEqualTo(new Figure(126L, 140L, "90.0", NOT_MET));
        assertThat(a2.byKind()).containsExactly(kind(OrgUnitKind.DEPARTMENT, 83, 90, "92.2", 5, 2),
                kind(OrgUnitKind.COMMUNE, 43, 50, "86.0", 3, 2));
        assertThat(a2.coverage()).isEqualTo(new ReportDtos.Coverage(8, 4, 4, 0, 0L, 4L));
        List<Contribution> c2Rows = contributions(plan, t2, null);
        assertThat(c2Rows).extracting(Contribution::numerator).containsExactly(45L, 38L, 0L, 0L, 0L, 27L, 0L, 16L);
        assertThat(c2Rows).extracting(Contribution::denominator).containsExactly(50L, 40L, 0L, 0L, 0L, 30L, 0L, 20L);

        // the kept figures are the rebuilt ones
        var keptCompleteness = ReportFixtures.completeness(plan);
        var keptAttainment = ReportFixtures.attainment(plan, null);
        rebuild();
        assertThat(ReportFixtures.completeness(plan)).isEqualTo(keptCompleteness);
        assertThat(ReportFixtures.attainment(plan, null)).isEqualTo(keptAttainment);

        // ---- then C2's report is accepted again ----
        accept(c2Report);
        assertThat(Counts.of(figures(plan, p2))).isEqualTo(new Counts(8, 7, 5, 1, 4, 3, 1));
        TargetAttainment after = attainmentOf(plan, t2, null);
        assertThat(Figure.of(after)).isEqualTo(new Figure(145L, 160L, "90.6", NOT_MET));
        assertThat(after.reason())
                .isEqualTo("Chưa thể kết luận đạt: 3 đơn vị chưa báo cáo và chưa có số cán bộ, công chức của năm.");
        assertThat(after.byKind()).containsExactly(kind(OrgUnitKind.DEPARTMENT, 83, 90, "92.2", 5, 2),
                kind(OrgUnitKind.COMMUNE, 62, 70, "88.6", 3, 3));
        assertThat(Figure.of(attainmentOf(plan, t1, null))).isEqualTo(new Figure(4L, 8L, "50.0", NOT_MET));
    }
}
