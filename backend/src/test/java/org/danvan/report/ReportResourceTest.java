package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.etag;
import static org.danvan.report.ReportDtos.AttainmentStatus.MET;
import static org.danvan.report.ReportDtos.AttainmentStatus.NOT_MET;
import static org.danvan.report.ReportDtos.AttainmentStatus.NO_DATA;
import static org.danvan.report.ReportFixtures.ATTAINMENT;
import static org.danvan.report.ReportFixtures.CALENDAR;
import static org.danvan.report.ReportFixtures.COMPLETENESS;
import static org.danvan.report.ReportFixtures.CONTRIBUTIONS;
import static org.danvan.report.ReportFixtures.FAR_FUTURE;
import static org.danvan.report.ReportFixtures.PERIOD_UNITS;
import static org.danvan.report.ReportFixtures.SUBMISSION;
import static org.danvan.report.ReportFixtures.VERDICT;
import static org.danvan.report.ReportFixtures.accept;
import static org.danvan.report.ReportFixtures.accepted;
import static org.danvan.report.ReportFixtures.attainmentOf;
import static org.danvan.report.ReportFixtures.calendar;
import static org.danvan.report.ReportFixtures.completeness;
import static org.danvan.report.ReportFixtures.contributions;
import static org.danvan.report.ReportFixtures.draft;
import static org.danvan.report.ReportFixtures.extend;
import static org.danvan.report.ReportFixtures.figures;
import static org.danvan.report.ReportFixtures.fixedObligation;
import static org.danvan.report.ReportFixtures.giveBack;
import static org.danvan.report.ReportFixtures.groupBody;
import static org.danvan.report.ReportFixtures.groupOfKinds;
import static org.danvan.report.ReportFixtures.groupOfMembers;
import static org.danvan.report.ReportFixtures.manualTarget;
import static org.danvan.report.ReportFixtures.periodId;
import static org.danvan.report.ReportFixtures.periodIds;
import static org.danvan.report.ReportFixtures.periodUnits;
import static org.danvan.report.ReportFixtures.ratingTarget;
import static org.danvan.report.ReportFixtures.rebuild;
import static org.danvan.report.ReportFixtures.reopen;
import static org.danvan.report.ReportFixtures.reportedTarget;
import static org.danvan.report.ReportFixtures.returned;
import static org.danvan.report.ReportFixtures.submissionTarget;
import static org.danvan.report.ReportFixtures.submit;
import static org.danvan.report.ReportFixtures.submitted;
import static org.danvan.report.ReportFixtures.unique;
import static org.danvan.report.ReportFixtures.unit;
import static org.danvan.report.ReportFixtures.unitBody;
import static org.danvan.report.ReportFixtures.unitIds;
import static org.danvan.report.ReportFixtures.updateGroup;
import static org.danvan.report.ReportFixtures.updateUnit;
import static org.danvan.report.ReportFixtures.withdraw;
import static org.danvan.report.ReportFixtures.yearlyObligation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.report.ReportDtos.CalendarEntry;
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

@QuarkusTest
class ReportResourceTest {

    @Inject
    EntityManager em;

    /** A province, the group of its departments and communes, and a plan of that province. */
    private record Setting(String province, String group, String plan) {

        static Setting create(int start, int end) {
            String province = ReportFixtures.province();
            return new Setting(province, groupOfKinds(province, "DEPARTMENT", "COMMUNE"),
                    ReportFixtures.plan(province, start, end));
        }

        String department(String name) {
            return unit(unique(name), "DEPARTMENT", province);
        }

        String commune(String name) {
            return unit(unique(name), "COMMUNE", province);
        }
    }

    /** A SUBMISSION target's kind: a unit per denominator, those accepted have data. */
    private static KindFigure kind(OrgUnitKind kind, long numerator, long denominator, String value) {
        return kind(kind, numerator, denominator, value, denominator, numerator);
    }

    private static KindFigure kind(OrgUnitKind kind, long numerator, long denominator, String value, long units,
            long unitsWithData) {
        return new KindFigure(kind, numerator, denominator, value == null ? null : new BigDecimal(value), units,
                unitsWithData);
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    private static List<String> sorted(String... ids) {
        return Stream.of(ids).sorted().toList();
    }

    private static PeriodUnit unitIn(List<PeriodUnit> units, String unitId) {
        return units.stream().filter(u -> u.unitId().equals(unitId)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + unitId + " in " + units));
    }

    // ---- completeness ----

    @Test
    void shouldReportEveryPeriodOfThePlanByDueDateAndFilterByObligationAndPeriod() {
        Setting s = Setting.create(2024, 2025);
        s.department("Sở Nội vụ");
        s.commune("UBND xã Tân Lập");
        String yearly = yearlyObligation(s.plan(), s.group(), "--11-01", 0);
        String fixed = fixedObligation(s.plan(), s.group(), "2024-04-10", 2);
        List<String> yearlyPeriods = periodIds(yearly);
        String fixedPeriod = periodId(fixed);

        var report = completeness(s.plan());
        assertThat(report.planId()).isEqualTo(s.plan());
        assertThat(report.asOf()).isEqualTo(ReportFixtures.today());
        assertThat(report.periods()).extracting(PeriodCompleteness::periodId)
                .containsExactly(fixedPeriod, yearlyPeriods.get(0), yearlyPeriods.get(1));
        assertThat(report.periods()).extracting(PeriodCompleteness::dueDate).containsExactly(
                LocalDate.parse("2024-04-10"), LocalDate.parse("2024-11-01"), LocalDate.parse("2025-11-01"));
        assertThat(report.periods()).extracting(PeriodCompleteness::year).containsExactly(2024, 2024, 2025);
        assertThat(report.periods()).extracting(p -> p.obligationKind().name())
                .containsExactly("UNIT_PLAN", "ANNUAL_REPORT", "ANNUAL_REPORT");
        assertThat(report.periods()).extracting(PeriodCompleteness::obligationId)
                .containsExactly(fixed, yearly, yearly);
        assertThat(report.periods()).allSatisfy(p -> {
            assertThat(Counts.of(p)).isEqualTo(new Counts(2, 0, 0, 0, 0, 0, 2));
            assertThat(p.completenessRate()).isEqualTo(pct("0.0"));
            assertThat(p.timelinessRate()).isEqualTo(pct("0.0"));
            assertThat(p.obligationTitle()).startsWith("Báo cáo kết quả");
        });

        api().queryParam("obligationId", yearly).when().get(COMPLETENESS, s.plan()).then()
                .statusCode(200).body("periods.periodId", equalTo(yearlyPeriods));
        api().queryParam("periodId", yearlyPeriods.get(1)).when().get(COMPLETENESS, s.plan()).then()
                .statusCode(200).body("periods.periodId", equalTo(List.of(yearlyPeriods.get(1))))
                .body("periods[0].year", equalTo(2025));
        api().queryParam("obligationId", yearly).queryParam("periodId", fixedPeriod).when()
                .get(COMPLETENESS, s.plan()).then().statusCode(200).body("periods", equalTo(List.of()));
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            api().queryParam("obligationId", unknown).when().get(COMPLETENESS, s.plan()).then()
                    .statusCode(200).body("periods", equalTo(List.of()));
            api().queryParam("periodId", unknown).when().get(COMPLETENESS, s.plan()).then()
                    .statusCode(200).body("periods", equalTo(List.of()));
        }
    }

    @Test
    void shouldNotMixInThePeriodsOfAnotherPlan() {
        Setting s = Setting.create(2024, 2024);
        Setting other = Setting.create(2024, 2024);
        fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String foreign = fixedObligation(other.plan(), other.group(), "2024-04-10", 0);
        assertThat(completeness(s.plan()).periods()).hasSize(1);
        api().queryParam("obligationId", foreign).when().get(COMPLETENESS, s.plan()).then()
                .statusCode(200).body("periods", equalTo(List.of()));
    }

    @Test
    void shouldReturn404ForTheCompletenessOfAnUnknownPlan() {
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            api().when().get(COMPLETENESS, unknown).then()
                    .statusCode(404).body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void shouldListTheUnitsBehindAPeriodByEveryStatusAndState() {
        Setting s = Setting.create(2024, 2024);
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String period = periodId(obligation);
        // every submission is made today (2026 or later): LATE unless the unit has an extension
        String missing = s.department("Sở 01 Công Thương");
        String notStarted = s.department("Sở 02 Giáo dục");
        String drafting = s.department("Sở 03 Giao thông");
        String onTime = s.department("Sở 04 Khoa học");
        String late = s.commune("UBND xã 05 Tân Lập");
        String lateReturned = s.commune("UBND xã 06 Tân Phú");
        String lateAccepted = s.commune("UBND xã 07 Tân Hòa");
        String onTimeAccepted = s.department("Sở 08 Nội vụ");
        for (String extended : List.of(notStarted, onTime, onTimeAccepted)) {
            extend(obligation, period, extended, FAR_FUTURE);
        }
        String draftId = draft(period, drafting);
        String onTimeId = submitted(period, onTime);
        submitted(period, late);
        String returnedId = returned(period, lateReturned);
        accepted(period, lateAccepted);
        accepted(period, onTimeAccepted);

        PeriodCompleteness f = figures(s.plan(), period);
        assertThat(Counts.of(f)).isEqualTo(new Counts(8, 5, 2, 1, 2, 3, 3));
        assertThat(f.completenessRate()).isEqualTo(pct("62.5"));
        assertThat(f.timelinessRate()).isEqualTo(pct("25.0"));

        assertThat(unitIds(s.plan(), period, "MISSING")).isEqualTo(sorted(missing, notStarted, drafting));
        assertThat(unitIds(s.plan(), period, "ON_TIME")).isEqualTo(sorted(onTime, onTimeAccepted));
        assertThat(unitIds(s.plan(), period, "LATE")).isEqualTo(sorted(late, lateReturned, lateAccepted));
        assertThat(unitIds(s.plan(), period, "RETURNED")).isEqualTo(sorted(lateReturned));
        assertThat(unitIds(s.plan(), period, "ACCEPTED")).isEqualTo(sorted(lateAccepted, onTimeAccepted));

        List<PeriodUnit> all = periodUnits(s.plan(), period, null);
        // by name: the departments (Sở) before the communes (UBND xã)
        assertThat(all).extracting(PeriodUnit::unitId).containsExactly(missing, notStarted, drafting, onTime,
                onTimeAccepted, late, lateReturned, lateAccepted);
        assertThat(unitIn(all, missing)).isEqualTo(new PeriodUnit(missing, all.get(0).unitName(),
                OrgUnitKind.DEPARTMENT, LocalDate.parse("2024-04-10"), LocalDate.parse("2024-04-10"), UnitState.OVERDUE, "MISSING", null, null, null));
        PeriodUnit waiting = unitIn(all, notStarted);
        assertThat(waiting.state()).isEqualTo(UnitState.NOT_STARTED);
        assertThat(waiting.status()).isEqualTo("MISSING");
        assertThat(waiting.dueDate()).isEqualTo(LocalDate.parse(FAR_FUTURE));
        PeriodUnit draftRow = unitIn(all, drafting);
        assertThat(draftRow.state()).isEqualTo(UnitState.OVERDUE);
        assertThat(draftRow.status()).isEqualTo("DRAFT");
        assertThat(draftRow.submissionId()).isEqualTo(draftId);
        assertThat(draftRow.timeliness()).isNull();
        PeriodUnit onTimeRow = unitIn(all, onTime);
        assertThat(onTimeRow.state()).isEqualTo(UnitState.SUBMITTED);
        assertThat(onTimeRow.timeliness()).isEqualTo("ON_TIME");
        assertThat(onTimeRow.submissionId()).isEqualTo(onTimeId);
        assertThat(onTimeRow.firstSubmittedAt()).isNotNull();
        assertThat(ReportFixtures.dayOf(onTimeRow.firstSubmittedAt())).isAfterOrEqualTo(LocalDate.parse("2026-01-01"));
        PeriodUnit returnedRow = unitIn(all, lateReturned);
        assertThat(returnedRow.state()).isEqualTo(UnitState.RETURNED);
        assertThat(returnedRow.timeliness()).isEqualTo("LATE");
        assertThat(returnedRow.submissionId()).isEqualTo(returnedId);
        assertThat(unitIn(all, lateAccepted).state()).isEqualTo(UnitState.ACCEPTED);
        assertThat(unitIn(all, late).unitKind()).isEqualTo(OrgUnitKind.COMMUNE);
    }

    @Test
    void shouldPageThroughThePeriodUnitsByName() {
        Setting s = Setting.create(2024, 2024);
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            units.add(s.department("Sở 0" + i));
        }
        String period = periodId(fixedObligation(s.plan(), s.group(), "2024-04-10", 0));
        api().queryParam("page", 1).queryParam("size", 2).when().get(PERIOD_UNITS, s.plan(), period).then()
                .statusCode(200).body("items.unitId", equalTo(units.subList(2, 4)))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", equalTo(5));
        api().queryParam("page", 2).queryParam("size", 2).when().get(PERIOD_UNITS, s.plan(), period).then()
                .statusCode(200).body("items.unitId", equalTo(units.subList(4, 5))).body("totalItems", equalTo(5));
        api().queryParam("page", 3).queryParam("size", 2).when().get(PERIOD_UNITS, s.plan(), period).then()
                .statusCode(200).body("items", equalTo(List.of())).body("totalItems", equalTo(5));
        submitted(period, units.get(0));
        api().queryParam("status", "MISSING").queryParam("size", 3).when().get(PERIOD_UNITS, s.plan(), period).then()
                .statusCode(200).body("items.unitId", equalTo(units.subList(1, 4))).body("totalItems", equalTo(4));
        api().queryParam("size", 501).when().get(PERIOD_UNITS, s.plan(), period).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void shouldReturn400ForAnUnknownStatusFilter() {
        Setting s = Setting.create(2024, 2024);
        String period = periodId(fixedObligation(s.plan(), s.group(), "2024-04-10", 0));
        // SUBMITTED is a submission's state, not a report status
        for (String status : new String[] {"SUBMITTED", "missing", "LATELY"}) {
            api().queryParam("status", status).when().get(PERIOD_UNITS, s.plan(), period).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations[0].field", equalTo("status"));
        }
    }

    @Test
    void shouldReturn404ForAPeriodOfAnotherPlanOrAnUnknownOne() {
        Setting s = Setting.create(2024, 2024);
        Setting other = Setting.create(2024, 2024);
        fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String foreign = periodId(fixedObligation(other.plan(), other.group(), "2024-04-10", 0));
        api().when().get(PERIOD_UNITS, s.plan(), foreign).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().when().get(PERIOD_UNITS, other.plan(), foreign).then().statusCode(200);
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            api().when().get(PERIOD_UNITS, s.plan(), unknown).then()
                    .statusCode(404).body("type", equalTo("/problems/not-found"));
            api().when().get(PERIOD_UNITS, unknown, foreign).then()
                    .statusCode(404).body("type", equalTo("/problems/not-found"));
        }
    }

    // ---- attainment ----

    @Test
    void shouldCountAcceptedSubmissionsOverThePopulationForASubmissionTarget() {
        Setting s = Setting.create(2024, 2024);
        String d1 = s.department("Sở Nội vụ");
        String d2 = s.department("Sở Tư pháp");
        String d3 = s.department("Sở Y tế");
        String c1 = s.commune("UBND xã Tân Lập");
        String c2 = s.commune("UBND xã Tân Phú");
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 2);
        String period = periodId(obligation);
        String target = submissionTarget(s.plan(), s.group(), obligation, "GTE", 100);

        // no unit has data yet: NO_DATA, shaped as for every measure, with the population it covers
        TargetAttainment none = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(none)).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(none.coverage()).isEqualTo(new ReportDtos.Coverage(5, 0, 5, 0, null, null));
        assertThat(none.periodId()).isEqualTo(period);
        assertThat(none.year()).isEqualTo(2024);
        assertThat(none.dueDate()).isEqualTo(LocalDate.parse("2024-04-10"));
        assertThat(none.comparator().name()).isEqualTo("GTE");
        assertThat(none.thresholdPercent()).isEqualByComparingTo("100");
        assertThat(none.measure().name()).isEqualTo("SUBMISSION");
        assertThat(none.ordinal()).isEqualTo("III.1");
        assertThat(none.reason()).isEqualTo("Chưa có báo cáo nào được tiếp nhận.");
        assertThat(none.byKind()).isEmpty();

        accepted(period, d1);
        accepted(period, d2);
        String waiting = submitted(period, d3);
        accepted(period, c1);
        TargetAttainment some = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(some)).isEqualTo(new Figure(3L, 5L, "60.0", NOT_MET));
        assertThat(some.coverage()).isEqualTo(new ReportDtos.Coverage(5, 3, 2, 0, null, null));
        assertThat(some.byKind()).containsExactly(kind(OrgUnitKind.DEPARTMENT, 2, 3, "66.7"),
                kind(OrgUnitKind.COMMUNE, 1, 2, "50.0"));

        accept(waiting);
        accepted(period, c2);
        assertThat(Figure.of(attainmentOf(s.plan(), target, null))).isEqualTo(new Figure(5L, 5L, "100.0", MET));
    }

    @Test
    void shouldSumTheFiguresOfAcceptedSubmissionsOnlyForAReportedTarget() {
        Setting s = Setting.create(2024, 2024);
        String d1 = s.department("Sở Nội vụ");
        String d2 = s.department("Sở Tư pháp");
        String d3 = s.department("Sở Y tế");
        String c1 = s.commune("UBND xã Tân Lập");
        String obligation = yearlyObligation(s.plan(), s.group(), "--11-01", 0);
        String period = periodId(obligation);
        String target = reportedTarget(s.plan(), s.group(), obligation, "GT", 90);

        TargetAttainment nothing = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(nothing)).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(nothing.byKind()).isEmpty();
        assertThat(nothing.reason()).isEqualTo("Chưa có báo cáo được tiếp nhận nêu số liệu.");
        assertThat(nothing.periodId()).isEqualTo(period);

        accepted(period, d1, new Value(target, 45, 50));
        String waiting = submitted(period, d2, new Value(target, 40, 40));
        returned(period, d3, new Value(target, 1, 100));
        draft(period, c1, new Value(target, 7, 7));
        // 45 / 50 = 90.0%: not above 90 (no unit has a headcount: the three without data add nothing)
        TargetAttainment edge = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(edge)).isEqualTo(new Figure(45L, 50L, "90.0", NOT_MET));
        assertThat(edge.reason()).isNull();
        assertThat(edge.byKind()).containsExactly(kind(OrgUnitKind.DEPARTMENT, 45, 50, "90.0", 3, 1),
                kind(OrgUnitKind.COMMUNE, 0, 0, null, 1, 0));

        accept(waiting);
        // (45 + 40) / (50 + 40) = 94.4% reaches "trên 90%", but D3 and C1 have not reported and hold no
        // headcount to count them by: not MET on partial data
        TargetAttainment partial = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(partial)).isEqualTo(new Figure(85L, 90L, "94.4", NOT_MET));
        assertThat(partial.reason())
                .isEqualTo("Chưa thể kết luận đạt: 2 đơn vị chưa báo cáo và chưa có số cán bộ, công chức của năm.");
        assertThat(partial.coverage()).isEqualTo(new ReportDtos.Coverage(4, 2, 2, 0, 0L, 2L));
    }

    @Test
    void shouldHaveNoDataForAManualTargetUntilAVerdictIsRecorded() {
        Setting s = Setting.create(2024, 2024);
        String target = manualTarget(s.plan(), s.group());
        TargetAttainment before = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(before)).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(before.reason()).isEqualTo("Chưa có đánh giá của cơ quan tổng hợp.");
        assertThat(before.periodId()).isNull();

        String reason = "Các sở, ngành đã duy trì chỉ số hài lòng trên 85% theo kết quả khảo sát SIPAS năm 2024.";
        api().body(Map.of("met", true, "reason", reason)).when().put(VERDICT, s.plan(), target).then()
                .statusCode(200).body("id", equalTo(target)).body("verdict.met", equalTo(true))
                .body("verdict.reason", equalTo(reason));
        TargetAttainment met = attainmentOf(s.plan(), target, null);
        assertThat(met.status()).isEqualTo(MET);
        assertThat(met.reason()).isEqualTo(reason);
        assertThat(met.numerator()).isNull();
        assertThat(met.byKind()).isEmpty();

        api().body(Map.of("met", false, "reason", "Chưa đạt chỉ số hài lòng.")).when()
                .put(VERDICT, s.plan(), target).then().statusCode(200).body("verdict.met", equalTo(false));
        TargetAttainment notMet = attainmentOf(s.plan(), target, null);
        assertThat(notMet.status()).isEqualTo(NOT_MET);
        assertThat(notMet.reason()).isEqualTo("Chưa đạt chỉ số hài lòng.");
    }

    @Test
    void shouldReturn409ForAVerdictOnAComputedTarget() {
        Setting s = Setting.create(2024, 2024);
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        for (String target : List.of(submissionTarget(s.plan(), s.group(), obligation, "GTE", 100),
                reportedTarget(s.plan(), s.group(), obligation, "GT", 90), ratingTarget(s.plan(), s.group()))) {
            api().body(Map.of("met", true, "reason", "Đạt")).when().put(VERDICT, s.plan(), target).then()
                    .statusCode(409).body("type", equalTo("/problems/target-not-manual"));
        }
    }

    @Test
    void shouldReturn400Or404ForABadVerdict() {
        Setting s = Setting.create(2024, 2024);
        String target = manualTarget(s.plan(), s.group());
        api().body(Map.of("met", true)).when().put(VERDICT, s.plan(), target).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations.field", equalTo(List.of("reason")));
        api().body(Map.of("met", true, "reason", "Đạt")).when()
                .put(VERDICT, s.plan(), UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        api().body(Map.of("met", true, "reason", "Đạt")).when()
                .put(VERDICT, Setting.create(2024, 2024).plan(), target).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
        assertThat(attainmentOf(s.plan(), target, null).status()).isEqualTo(NO_DATA);
    }

    @Test
    void shouldHaveNoDataWithAReasonForARatingTarget() {
        Setting s = Setting.create(2024, 2024);
        String target = ratingTarget(s.plan(), s.group());
        TargetAttainment rating = attainmentOf(s.plan(), target, null);
        assertThat(Figure.of(rating)).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(rating.reason()).isEqualTo("Chưa có kết quả xếp loại.");
        assertThat(rating.measure().name()).isEqualTo("RATING");
        api().header("Accept-Language", "en").when().get(ATTAINMENT, s.plan()).then()
                .statusCode(200).body("targets[0].status", equalTo("NO_DATA"))
                .body("targets[0].reason", equalTo("No ratings yet."));
    }

    @Test
    void shouldChooseThePeriodOfTheYearAskedOrTheLatestDueByToday() {
        Setting s = Setting.create(2022, 2024);
        String d1 = s.department("Sở Nội vụ");
        s.department("Sở Tư pháp");
        String obligation = yearlyObligation(s.plan(), s.group(), "--06-10", 0);
        List<String> periods = periodIds(obligation);
        String target = submissionTarget(s.plan(), s.group(), obligation, "GTE", 50);
        accepted(periods.get(1), d1);

        // all three are due by today: the latest is 2024
        TargetAttainment latest = attainmentOf(s.plan(), target, null);
        assertThat(latest.periodId()).isEqualTo(periods.get(2));
        assertThat(latest.year()).isEqualTo(2024);
        assertThat(Figure.of(latest)).isEqualTo(new Figure(null, null, null, NO_DATA));
        TargetAttainment of2023 = attainmentOf(s.plan(), target, 2023);
        assertThat(of2023.periodId()).isEqualTo(periods.get(1));
        assertThat(of2023.dueDate()).isEqualTo(LocalDate.parse("2023-06-10"));
        assertThat(Figure.of(of2023)).isEqualTo(new Figure(1L, 2L, "50.0", MET));
        assertThat(contributions(s.plan(), target, 2023)).extracting(Contribution::numerator).containsExactly(1L, 0L);

        TargetAttainment none = attainmentOf(s.plan(), target, 2030);
        assertThat(Figure.of(none)).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(none.periodId()).isNull();
        assertThat(none.reason()).isEqualTo("Chưa có kỳ báo cáo để đo chỉ tiêu.");
        assertThat(contributions(s.plan(), target, 2030)).isEmpty();
        for (String year : new String[] {"1900", "2201", "năm"}) {
            api().queryParam("year", year).when().get(ATTAINMENT, s.plan()).then()
                    .statusCode(400).body("type", equalTo("/problems/validation"))
                    .body("violations[0].field", equalTo("year"));
        }
    }

    @Test
    void shouldChooseTheFirstPeriodWhenNoneIsDueYet() {
        Setting s = Setting.create(2098, 2099);
        s.department("Sở Nội vụ");
        String obligation = yearlyObligation(s.plan(), s.group(), "--06-10", 0);
        String target = submissionTarget(s.plan(), s.group(), obligation, "GTE", 100);
        TargetAttainment first = attainmentOf(s.plan(), target, null);
        assertThat(first.periodId()).isEqualTo(periodIds(obligation).get(0));
        assertThat(first.year()).isEqualTo(2098);
    }

    @Test
    void shouldReturn404ForTheAttainmentOfAnUnknownPlan() {
        api().when().get(ATTAINMENT, UUID.randomUUID().toString()).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    // ---- contributions ----

    @Test
    void shouldListContributionsThatAddUpToTheTargetsFigures() {
        Setting s = Setting.create(2024, 2024);
        String d1 = s.department("Sở 1 Nội vụ");
        String d2 = s.department("Sở 2 Tư pháp");
        String d3 = s.department("Sở 3 Y tế");
        String c1 = s.commune("UBND xã 4 Tân Lập");
        String c2 = s.commune("UBND xã 5 Tân Phú");
        String obligation = yearlyObligation(s.plan(), s.group(), "--11-01", 0);
        String period = periodId(obligation);
        String units = submissionTarget(s.plan(), s.group(), obligation, "GTE", 100);
        String officials = reportedTarget(s.plan(), s.group(), obligation, "GT", 90);
        String a1 = accepted(period, d1, new Value(officials, 30, 32));
        submitted(period, d2, new Value(officials, 10, 10));
        String a3 = accepted(period, c1, new Value(officials, 12, 15));
        String a4 = accepted(period, c2, new Value(officials, 0, 4));
        returned(period, d3, new Value(officials, 5, 5));

        List<Contribution> byUnit = contributions(s.plan(), units, null);
        assertThat(byUnit).extracting(Contribution::unitId).containsExactly(d1, d2, d3, c1, c2);
        assertThat(byUnit).extracting(Contribution::numerator).containsExactly(1L, 0L, 0L, 1L, 1L);
        assertThat(byUnit).extracting(Contribution::denominator).containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(byUnit.get(0).submissionId()).isEqualTo(a1);
        TargetAttainment unitFigure = attainmentOf(s.plan(), units, null);
        assertThat(byUnit.stream().mapToLong(Contribution::numerator).sum()).isEqualTo(unitFigure.numerator());
        assertThat(byUnit.stream().mapToLong(Contribution::denominator).sum()).isEqualTo(unitFigure.denominator());
        assertThat(Figure.of(unitFigure)).isEqualTo(new Figure(3L, 5L, "60.0", NOT_MET));

        List<Contribution> byOfficials = contributions(s.plan(), officials, null);
        assertThat(byOfficials).extracting(Contribution::numerator).containsExactly(30L, 0L, 0L, 12L, 0L);
        assertThat(byOfficials).extracting(Contribution::denominator).containsExactly(32L, 0L, 0L, 15L, 4L);
        assertThat(byOfficials).extracting(Contribution::submissionId).contains(a3, a4);
        TargetAttainment officialFigure = attainmentOf(s.plan(), officials, null);
        assertThat(byOfficials.stream().mapToLong(Contribution::numerator).sum())
                .isEqualTo(officialFigure.numerator());
        assertThat(byOfficials.stream().mapToLong(Contribution::denominator).sum())
                .isEqualTo(officialFigure.denominator());
        // 42 / 51 = 82.35...%
        assertThat(Figure.of(officialFigure)).isEqualTo(new Figure(42L, 51L, "82.4", NOT_MET));

        api().queryParam("page", 1).queryParam("size", 2).when().get(CONTRIBUTIONS, s.plan(), units).then()
                .statusCode(200).body("items.unitId", equalTo(List.of(d3, c1))).body("totalItems", equalTo(5));
    }

    @Test
    void shouldListNoContributionsForAManualTargetAnd404ForAnUnknownOne() {
        Setting s = Setting.create(2024, 2024);
        s.department("Sở Nội vụ");
        String manual = manualTarget(s.plan(), s.group());
        assertThat(contributions(s.plan(), manual, null)).isEmpty();
        Setting other = Setting.create(2024, 2024);
        String foreign = manualTarget(other.plan(), other.group());
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id", foreign}) {
            api().when().get(CONTRIBUTIONS, s.plan(), unknown).then()
                    .statusCode(404).body("type", equalTo("/problems/not-found"));
        }
        api().when().get(CONTRIBUTIONS, UUID.randomUUID().toString(), manual).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    // ---- calendar ----

    @Test
    void shouldListWhatAUnitOwesOverdueFirstThenByDueDate() {
        String province = ReportFixtures.province();
        String unit = unit(unique("Sở Nội vụ"), "DEPARTMENT", province);
        String group = groupOfMembers(unit);
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String later = ReportFixtures.plan(province, 2099, 2099);
        String missing = fixedObligation(plan, group, "2024-02-01", 0);
        String drafting = fixedObligation(plan, group, "2024-03-01", 0);
        String accepted = fixedObligation(plan, group, "2024-05-01", 0);
        String extended = fixedObligation(plan, group, "2024-01-15", 0);
        String future = fixedObligation(later, group, "2099-03-01", 0);
        draft(periodId(drafting), unit);
        String acceptedId = accepted(periodId(accepted), unit);
        extend(extended, periodId(extended), unit, "2099-01-15");

        List<CalendarEntry> all = calendar(unit, null, null);
        assertThat(all).extracting(CalendarEntry::obligationId)
                .containsExactly(missing, drafting, accepted, extended, future);
        assertThat(all).extracting(CalendarEntry::state).containsExactly(UnitState.OVERDUE, UnitState.OVERDUE,
                UnitState.ACCEPTED, UnitState.NOT_STARTED, UnitState.NOT_STARTED);
        assertThat(all).extracting(CalendarEntry::status)
                .containsExactly("MISSING", "DRAFT", "ACCEPTED", "MISSING", "MISSING");
        assertThat(all).extracting(CalendarEntry::dueDate).containsExactly(LocalDate.parse("2024-02-01"),
                LocalDate.parse("2024-03-01"), LocalDate.parse("2024-05-01"), LocalDate.parse("2099-01-15"),
                LocalDate.parse("2099-03-01"));
        assertThat(all.get(2).submissionId()).isEqualTo(acceptedId);
        assertThat(all.get(2).timeliness()).isEqualTo("LATE");
        assertThat(all.get(2).planId()).isEqualTo(plan);
        assertThat(all.get(4).planId()).isEqualTo(later);
        assertThat(all.get(4).year()).isEqualTo(2099);
        assertThat(all.get(0).planReference()).isNull();
        assertThat(all.get(0).obligationKind().name()).isEqualTo("UNIT_PLAN");

        assertThat(calendar(unit, "2024-03-01", null)).extracting(CalendarEntry::obligationId)
                .containsExactly(drafting, accepted, extended, future);
        assertThat(calendar(unit, null, "2024-12-31")).extracting(CalendarEntry::obligationId)
                .containsExactly(missing, drafting, accepted);
        assertThat(calendar(unit, "2024-03-01", "2024-05-01")).extracting(CalendarEntry::obligationId)
                .containsExactly(drafting, accepted);
        // bounds apply to the effective due date, the extension's
        assertThat(calendar(unit, "2099-01-01", "2099-01-31")).extracting(CalendarEntry::obligationId)
                .containsExactly(extended);
        api().queryParam("page", 1).queryParam("size", 2).when().get(CALENDAR, unit).then()
                .statusCode(200).body("items.obligationId", equalTo(List.of(accepted, extended)))
                .body("totalItems", equalTo(5));
    }

    @Test
    void shouldReturn404ForTheCalendarOfAnUnknownUnitAnd400ForABadDay() {
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            api().when().get(CALENDAR, unknown).then().statusCode(404).body("type", equalTo("/problems/not-found"));
        }
        String unit = unit(unique("Sở Nội vụ"), "DEPARTMENT", ReportFixtures.province());
        assertThat(calendar(unit, null, null)).isEmpty();
        api().queryParam("from", "10/04/2024").when().get(CALENDAR, unit).then()
                .statusCode(400).body("type", equalTo("/problems/validation"))
                .body("violations[0].field", equalTo("from"));
    }

    // ---- rebuild ----

    @Test
    void shouldRebuildFiguresThatDriftedFromTheRows() {
        Setting s = Setting.create(2024, 2024);
        String d1 = s.department("Sở Nội vụ");
        String d2 = s.department("Sở Tư pháp");
        String c1 = s.commune("UBND xã Tân Lập");
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String period = periodId(obligation);
        String target = submissionTarget(s.plan(), s.group(), obligation, "GTE", 100);
        accepted(period, d1);
        returned(period, d2);
        extend(obligation, period, c1, FAR_FUTURE);
        PeriodCompleteness kept = figures(s.plan(), period);
        TargetAttainment keptTarget = attainmentOf(s.plan(), target, null);
        assertThat(Counts.of(kept)).isEqualTo(new Counts(3, 2, 1, 1, 0, 2, 1));

        // a figure, a target counter and a unit's row go wrong behind the service's back
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update period_figure set submitted = submitted + 7, late = late + 3"
                    + " where period_id = :p and shard = 0").setParameter("p", UUID.fromString(period)).executeUpdate();
            em.createNativeQuery("update target_figure set numerator = numerator + 2 where target_id = :t"
                    + " and period_id = :p and shard = 0 and unit_kind = 'DEPARTMENT'")
                    .setParameter("t", UUID.fromString(target)).setParameter("p", UUID.fromString(period))
                    .executeUpdate();
            em.createNativeQuery("update assignment set due_date = date '2024-04-10', status = 'ACCEPTED'"
                    + " where period_id = :p and unit_id = :u")
                    .setParameter("p", UUID.fromString(period)).setParameter("u", UUID.fromString(c1)).executeUpdate();
        });
        assertThat(Counts.of(figures(s.plan(), period))).isNotEqualTo(Counts.of(kept));
        assertThat(attainmentOf(s.plan(), target, null).numerator()).isEqualTo(3L);

        var result = rebuild();
        assertThat(result.periods()).isPositive();
        assertThat(result.targets()).isPositive();
        assertThat(result.durationMs()).isNotNegative();
        assertThat(figures(s.plan(), period)).isEqualTo(kept);
        assertThat(attainmentOf(s.plan(), target, null)).isEqualTo(keptTarget);
        PeriodUnit extendedRow = unitIn(periodUnits(s.plan(), period, null), c1);
        assertThat(extendedRow.dueDate()).isEqualTo(LocalDate.parse(FAR_FUTURE));
        assertThat(extendedRow.status()).isEqualTo("MISSING");
    }

    @Test
    void shouldChangeNoFigureWhenRebuildingFiguresThatAreCurrent() {
        Setting s = Setting.create(2024, 2024);
        String d1 = s.department("Sở Nội vụ");
        s.department("Sở Tư pháp");
        String obligation = yearlyObligation(s.plan(), s.group(), "--11-01", 0);
        String period = periodId(obligation);
        String target = reportedTarget(s.plan(), s.group(), obligation, "GTE", 80);
        accepted(period, d1, new Value(target, 8, 10));
        var before = completeness(s.plan());
        var attained = ReportFixtures.attainment(s.plan(), null);
        rebuild();
        assertThat(completeness(s.plan())).isEqualTo(before);
        assertThat(ReportFixtures.attainment(s.plan(), null)).isEqualTo(attained);
    }

    // ---- edge cases ----

    @Test
    void shouldHaveNoDataForAnEmptyPopulation() {
        String province = ReportFixtures.province();
        unit(unique("Sở Nội vụ"), "DEPARTMENT", province);
        String communes = groupOfKinds(province, "COMMUNE");
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String obligation = fixedObligation(plan, communes, "2024-04-10", 0);
        String period = periodId(obligation);
        String units = submissionTarget(plan, communes, obligation, "GTE", 100);
        String officials = reportedTarget(plan, communes, obligation, "GT", 90);

        PeriodCompleteness f = figures(plan, period);
        assertThat(Counts.of(f)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0));
        assertThat(f.completenessRate()).isNull();
        assertThat(f.timelinessRate()).isNull();
        assertThat(periodUnits(plan, period, null)).isEmpty();

        TargetAttainment byUnits = attainmentOf(plan, units, null);
        assertThat(Figure.of(byUnits)).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(byUnits.coverage()).isEqualTo(new ReportDtos.Coverage(0, 0, 0, 0, null, null));
        assertThat(byUnits.reason()).isEqualTo("Không có đơn vị nào thuộc đối tượng vào ngày đến hạn.");
        assertThat(byUnits.byKind()).isEmpty();
        assertThat(byUnits.periodId()).isEqualTo(period);
        assertThat(Figure.of(attainmentOf(plan, officials, null))).isEqualTo(new Figure(null, null, null, NO_DATA));
        assertThat(contributions(plan, units, null)).isEmpty();
        api().header("Accept-Language", "en").when().get(ATTAINMENT, plan).then()
                .statusCode(200)
                .body("targets[0].reason", equalTo("No unit belongs to the population on the due date."))
                .body("targets[0].valuePercent", nullValue());
    }

    @Test
    void shouldCountAUnitMergedAwayIn2025OnlyInThePeriodsDueWhileItExisted() {
        String province = ReportFixtures.province();
        String staying = unit(unique("Sở Kế hoạch và Đầu tư"), "DEPARTMENT", province);
        var mergedBody = unitBody(unique("Sở Tài chính"), "DEPARTMENT", province, null, "2025-06-30");
        String merged = ReportFixtures.unit((String) mergedBody.get("name"), "DEPARTMENT", province, "2025-06-30");
        String group = groupOfKinds(province, "DEPARTMENT");
        String plan = ReportFixtures.plan(province, 2025, 2025);
        String june = periodId(fixedObligation(plan, group, "2025-06-10", 0));
        String decemberObligation = fixedObligation(plan, group, "2025-12-05", 0);
        String december = periodId(decemberObligation);
        String target = submissionTarget(plan, group, decemberObligation, "GTE", 100);
        accepted(june, merged);
        accepted(december, staying);

        assertThat(Counts.of(figures(plan, june))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
        assertThat(unitIds(plan, june, null)).isEqualTo(sorted(staying, merged));
        assertThat(Counts.of(figures(plan, december))).isEqualTo(new Counts(1, 1, 1, 0, 0, 1, 0));
        assertThat(unitIds(plan, december, null)).containsExactly(staying);
        assertThat(Figure.of(attainmentOf(plan, target, null))).isEqualTo(new Figure(1L, 1L, "100.0", MET));
        // a unit that no longer exists on the due date owes nothing
        api().body(Map.of("periodId", december, "unitId", merged)).when().post(ReportFixtures.SUBMISSIONS).then()
                .statusCode(400).body("violations.field", equalTo(List.of("unitId")));

        // the merger is postponed to the end of the year: it owes December too
        mergedBody.put("validTo", "2025-12-31");
        updateUnit(merged, mergedBody);
        assertThat(Counts.of(figures(plan, june))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
        assertThat(Counts.of(figures(plan, december))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
        assertThat(Figure.of(attainmentOf(plan, target, null))).isEqualTo(new Figure(1L, 2L, "50.0", NOT_MET));

        // ... then brought forward before June: neither period counts it, its June submission included
        mergedBody.put("validTo", "2025-06-01");
        updateUnit(merged, mergedBody);
        assertThat(Counts.of(figures(plan, june))).isEqualTo(new Counts(1, 0, 0, 0, 0, 0, 1));
        assertThat(unitIds(plan, june, null)).containsExactly(staying);
        assertThat(Counts.of(figures(plan, december))).isEqualTo(new Counts(1, 1, 1, 0, 0, 1, 0));
        assertThat(Figure.of(attainmentOf(plan, target, null))).isEqualTo(new Figure(1L, 1L, "100.0", MET));

        // back to 30/6/2025: the June submission counts again
        mergedBody.put("validTo", "2025-06-30");
        updateUnit(merged, mergedBody);
        assertThat(Counts.of(figures(plan, june))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
        assertThat(unitIn(periodUnits(plan, june, null), merged).status()).isEqualTo("ACCEPTED");
    }

    @Test
    void shouldStillCountALateSubmissionThatWasReturnedAsSubmittedAndLate() {
        Setting s = Setting.create(2024, 2024);
        String unit = s.department("Sở Nội vụ");
        s.department("Sở Tư pháp");
        String period = periodId(fixedObligation(s.plan(), s.group(), "2024-04-10", 2));
        String id = returned(period, unit);

        PeriodCompleteness f = figures(s.plan(), period);
        assertThat(Counts.of(f)).isEqualTo(new Counts(2, 1, 0, 1, 0, 1, 1));
        assertThat(f.completenessRate()).isEqualTo(pct("50.0"));
        assertThat(f.timelinessRate()).isEqualTo(pct("0.0"));
        assertThat(unitIds(s.plan(), period, "LATE")).containsExactly(unit);
        assertThat(unitIds(s.plan(), period, "RETURNED")).containsExactly(unit);
        assertThat(unitIds(s.plan(), period, "MISSING")).doesNotContain(unit);

        // submitted again: no longer returned, still late (the first submission decides)
        submit(id);
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(2, 1, 0, 0, 0, 1, 1));
        accept(id);
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
    }

    @Test
    void shouldTurnALateSubmissionOnTimeWhenAnExtensionIsGrantedAfterIt() {
        Setting s = Setting.create(2024, 2024);
        String unit = s.department("Sở Nội vụ");
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String period = periodId(obligation);
        String id = accepted(period, unit);
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(1, 1, 1, 0, 0, 1, 0));

        String extension = extend(obligation, period, unit, FAR_FUTURE);
        PeriodCompleteness f = figures(s.plan(), period);
        assertThat(Counts.of(f)).isEqualTo(new Counts(1, 1, 1, 0, 1, 0, 0));
        assertThat(f.timelinessRate()).isEqualTo(pct("100.0"));
        assertThat(unitIds(s.plan(), period, "ON_TIME")).containsExactly(unit);
        assertThat(periodUnits(s.plan(), period, null).get(0).dueDate()).isEqualTo(LocalDate.parse(FAR_FUTURE));
        api().when().get(SUBMISSION, id).then().statusCode(200).body("timeliness", equalTo("ON_TIME"))
                .body("effectiveDueDate", equalTo(FAR_FUTURE));

        withdraw(obligation, extension);
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(1, 1, 1, 0, 0, 1, 0));
        assertThat(unitIds(s.plan(), period, "LATE")).containsExactly(unit);
        // an extension that still ends before the submission changes nothing
        extend(obligation, period, unit, "2024-04-20");
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(1, 1, 1, 0, 0, 1, 0));
    }

    @Test
    void shouldCountTheGraceDaysAfterAnExtendedDueDate() {
        Setting s = Setting.create(2024, 2024);
        String withGrace = s.department("Sở Nội vụ");
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 2);
        String period = periodId(obligation);
        // due yesterday: on time today only thanks to the two grace days, so not overdue either
        String yesterday = ReportFixtures.today().minusDays(1).toString();
        extend(obligation, period, withGrace, yesterday);
        PeriodUnit waiting = periodUnits(s.plan(), period, null).get(0);
        assertThat(waiting.state()).isEqualTo(UnitState.NOT_STARTED);
        assertThat(waiting.lastDayOnTime()).isEqualTo(ReportFixtures.today().plusDays(1));
        CalendarEntry owed = ReportFixtures.calendar(withGrace, null, null).get(0);
        assertThat(owed.state()).isEqualTo(UnitState.NOT_STARTED);
        assertThat(owed.dueDate()).isEqualTo(LocalDate.parse(yesterday));
        assertThat(owed.lastDayOnTime()).isEqualTo(ReportFixtures.today().plusDays(1));
        submitted(period, withGrace);
        assertThat(unitIds(s.plan(), period, "ON_TIME")).containsExactly(withGrace);

        Setting strict = Setting.create(2024, 2024);
        String without = strict.department("Sở Nội vụ");
        String strictObligation = fixedObligation(strict.plan(), strict.group(), "2024-04-10", 0);
        String strictPeriod = periodId(strictObligation);
        extend(strictObligation, strictPeriod, without, yesterday);
        // no grace days: overdue since this morning
        assertThat(periodUnits(strict.plan(), strictPeriod, null).get(0).state()).isEqualTo(UnitState.OVERDUE);
        assertThat(ReportFixtures.calendar(without, null, null).get(0).state()).isEqualTo(UnitState.OVERDUE);
        submitted(strictPeriod, without);
        assertThat(unitIds(strict.plan(), strictPeriod, "LATE")).containsExactly(without);
    }

    @Test
    void shouldFollowAGroupChangeThatAddsAndRemovesUnits() {
        String province = ReportFixtures.province();
        String a = unit(unique("Sở Nội vụ"), "DEPARTMENT", province);
        String b = unit(unique("Sở Tư pháp"), "DEPARTMENT", province);
        String c = unit(unique("Ban Dân vận Tỉnh ủy"), "PARTY_BODY", province);
        String group = groupOfMembers(a, b);
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String obligation = fixedObligation(plan, group, "2024-04-10", 0);
        String period = periodId(obligation);
        String target = submissionTarget(plan, group, obligation, "GTE", 100);
        accepted(period, a);
        assertThat(Counts.of(figures(plan, period))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
        assertThat(Figure.of(attainmentOf(plan, target, null))).isEqualTo(new Figure(1L, 2L, "50.0", NOT_MET));

        String name = unique("Các cơ quan");
        updateGroup(group, groupBody(name, List.of(), null, List.of(a, b, c)));
        assertThat(Counts.of(figures(plan, period))).isEqualTo(new Counts(3, 1, 1, 0, 0, 1, 2));
        assertThat(unitIds(plan, period, null)).isEqualTo(sorted(a, b, c));
        TargetAttainment three = attainmentOf(plan, target, null);
        assertThat(Figure.of(three)).isEqualTo(new Figure(1L, 3L, "33.3", NOT_MET));
        assertThat(three.coverage()).isEqualTo(new ReportDtos.Coverage(3, 1, 2, 0, null, null));
        assertThat(three.byKind()).containsExactly(kind(OrgUnitKind.DEPARTMENT, 1, 2, "50.0"),
                kind(OrgUnitKind.PARTY_BODY, 0, 1, "0.0"));

        // the unit that had submitted leaves: its submission no longer counts
        updateGroup(group, groupBody(name, List.of(), null, List.of(b, c)));
        assertThat(Counts.of(figures(plan, period))).isEqualTo(new Counts(2, 0, 0, 0, 0, 0, 2));
        assertThat(Figure.of(attainmentOf(plan, target, null))).isEqualTo(new Figure(null, null, null, NO_DATA));

        // by kind under the province: all three departments of the province, and back comes A's submission
        updateGroup(group, groupBody(name, List.of("DEPARTMENT"), province, List.of()));
        assertThat(Counts.of(figures(plan, period))).isEqualTo(new Counts(2, 1, 1, 0, 0, 1, 1));
        assertThat(unitIds(plan, period, null)).isEqualTo(sorted(a, b));
        assertThat(Figure.of(attainmentOf(plan, target, null))).isEqualTo(new Figure(1L, 2L, "50.0", NOT_MET));
    }

    @Test
    void shouldTakeBackAReopenedSubmissionFromAcceptedAndTheTargets() {
        Setting s = Setting.create(2024, 2024);
        String d1 = s.department("Sở Nội vụ");
        String d2 = s.department("Sở Tư pháp");
        String obligation = yearlyObligation(s.plan(), s.group(), "--11-01", 0);
        String period = periodId(obligation);
        String units = submissionTarget(s.plan(), s.group(), obligation, "GTE", 100);
        String officials = reportedTarget(s.plan(), s.group(), obligation, "GT", 90);
        String first = accepted(period, d1, new Value(officials, 19, 20));
        accepted(period, d2, new Value(officials, 28, 30));
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(2, 2, 2, 0, 0, 2, 0));
        assertThat(Figure.of(attainmentOf(s.plan(), units, null))).isEqualTo(new Figure(2L, 2L, "100.0", MET));
        assertThat(Figure.of(attainmentOf(s.plan(), officials, null))).isEqualTo(new Figure(47L, 50L, "94.0", MET));

        reopen(first);
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(2, 2, 1, 0, 0, 2, 0));
        assertThat(Figure.of(attainmentOf(s.plan(), units, null))).isEqualTo(new Figure(1L, 2L, "50.0", NOT_MET));
        // 28 / 30 = 93.3%, but D1 has no accepted report now and no headcount: not MET on partial data
        assertThat(Figure.of(attainmentOf(s.plan(), officials, null))).isEqualTo(new Figure(28L, 30L, "93.3", NOT_MET));
        assertThat(unitIds(s.plan(), period, "ACCEPTED")).containsExactly(d2);

        // returned and corrected, then accepted again with the new figure
        giveBack(first);
        api().header("If-Match", etag(SUBMISSION, first))
                .body(Map.of("values", List.of(new Value(officials, 10, 20).body()))).when().put(SUBMISSION, first)
                .then().statusCode(200);
        submit(first);
        accept(first);
        assertThat(Figure.of(attainmentOf(s.plan(), officials, null))).isEqualTo(new Figure(38L, 50L, "76.0", NOT_MET));
        assertThat(Counts.of(figures(s.plan(), period))).isEqualTo(new Counts(2, 2, 2, 0, 0, 2, 0));
    }

    @Test
    void shouldMoveAUnitsFiguresToItsNewKind() {
        Setting s = Setting.create(2024, 2024);
        var body = unitBody(unique("UBND phường Tân Lập"), "DEPARTMENT", s.province(), null, null);
        String unit = ReportFixtures.unit((String) body.get("name"), "DEPARTMENT", s.province());
        String obligation = fixedObligation(s.plan(), s.group(), "2024-04-10", 0);
        String period = periodId(obligation);
        String target = submissionTarget(s.plan(), s.group(), obligation, "GTE", 100);
        String id = submitted(period, unit);
        body.put("kind", "COMMUNE");
        updateUnit(unit, body);
        accept(id);
        TargetAttainment after = attainmentOf(s.plan(), target, null);
        assertThat(after.byKind()).containsExactly(kind(OrgUnitKind.COMMUNE, 1, 1, "100.0"));
        assertThat(periodUnits(s.plan(), period, null).get(0).unitKind()).isEqualTo(OrgUnitKind.COMMUNE);
        var kept = attainmentOf(s.plan(), target, null);
        rebuild();
        assertThat(attainmentOf(s.plan(), target, null)).isEqualTo(kept);
    }

    @Test
    void shouldCountAcceptedSubmissionsForATargetWhosePopulationDiffersFromTheObligationsGroup() {
        String province = ReportFixtures.province();
        String a = unit(unique("Sở Nội vụ"), "DEPARTMENT", province);
        String b = unit(unique("Sở Tư pháp"), "DEPARTMENT", province);
        String owing = groupOfMembers(a, b);
        String departments = groupOfKinds(province, "DEPARTMENT");
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String obligation = fixedObligation(plan, owing, "2024-04-10", 0);
        String period = periodId(obligation);
        String target = submissionTarget(plan, departments, obligation, "GTE", 100);
        String id = submitted(period, a);
        // A no longer owes the obligation, but it is still a department of the province
        updateGroup(owing, groupBody(unique("Nhóm"), List.of(), null, List.of(b)));
        accept(id);
        TargetAttainment kept = attainmentOf(plan, target, null);
        rebuild();
        assertThat(attainmentOf(plan, target, null)).isEqualTo(kept);
        assertThat(Figure.of(kept)).isEqualTo(new Figure(1L, 2L, "50.0", NOT_MET));
    }
}
