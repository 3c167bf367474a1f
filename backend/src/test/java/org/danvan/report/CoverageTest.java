package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.common.Api.api;
import static org.danvan.common.Api.createId;
import static org.danvan.report.ReportDtos.AttainmentStatus.MET;
import static org.danvan.report.ReportDtos.AttainmentStatus.NOT_MET;
import static org.danvan.report.ReportFixtures.CONTRIBUTIONS;
import static org.danvan.report.ReportFixtures.TARGETS;
import static org.danvan.report.ReportFixtures.UNITS;
import static org.danvan.report.ReportFixtures.accepted;
import static org.danvan.report.ReportFixtures.attainmentOf;
import static org.danvan.report.ReportFixtures.contributions;
import static org.danvan.report.ReportFixtures.groupOfKinds;
import static org.danvan.report.ReportFixtures.periodId;
import static org.danvan.report.ReportFixtures.rebuild;
import static org.danvan.report.ReportFixtures.submitted;
import static org.danvan.report.ReportFixtures.targetBody;
import static org.danvan.report.ReportFixtures.unique;
import static org.danvan.report.ReportFixtures.unitBody;
import static org.danvan.report.ReportFixtures.updateUnit;
import static org.danvan.report.ReportFixtures.yearlyObligation;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.danvan.report.ReportDtos.Contribution;
import org.danvan.report.ReportDtos.Coverage;
import org.danvan.report.ReportDtos.DataStatus;
import org.danvan.report.ReportDtos.TargetAttainment;
import org.danvan.report.ReportFixtures.Figure;
import org.danvan.report.ReportFixtures.Value;
import org.junit.jupiter.api.Test;

/**
 * Every figure says what it covers: a REPORTED target over officials with units that have not
 * reported, under both choices of {@code missingData}, and the status that stays honest.
 */
@QuarkusTest
class CoverageTest {

    /** A unit of the province with its officials of 2024 (none when {@code officials} is null). */
    private static Map<String, Object> unit(String name, String kind, String province, Integer officials) {
        var body = unitBody(name, kind, province, null, null);
        body.put("headcounts", officials == null ? List.of() : List.of(Map.of("year", 2024, "officials", officials)));
        return body;
    }

    private static String target(String plan, String group, String obligation, String missingData, boolean allowMet) {
        var body = targetBody("III.1", group, "OFFICIALS", "REPORTED", obligation, null, "GTE", 90);
        body.put("missingData", missingData);
        body.put("allowMetOnPartialData", allowMet);
        return createId(TARGETS, body, plan);
    }

    private static List<Contribution> withoutData(String plan, String target) {
        return ReportFixtures.items(api().queryParam("hasData", false).when().get(CONTRIBUTIONS, plan, target).then(),
                Contribution.class);
    }

    @Test
    void shouldShowTheCoverageOfAReportedTargetAndCountTheOfficialsOfUnitsThatHaveNotReported() {
        String province = ReportFixtures.province();
        String d1 = createId(UNITS, unit(unique("Sở 1 Nội vụ"), "DEPARTMENT", province, 50));
        String d2 = createId(UNITS, unit(unique("Sở 2 Tư pháp"), "DEPARTMENT", province, 40));
        String d3 = createId(UNITS, unit(unique("Sở 3 Y tế"), "DEPARTMENT", province, 30));
        var c1Body = unit(unique("UBND xã 4 Tân Lập"), "COMMUNE", province, null);
        String c1 = createId(UNITS, c1Body);
        String group = groupOfKinds(province, "DEPARTMENT", "COMMUNE");
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String obligation = yearlyObligation(plan, group, "--11-01", 0);
        String period = periodId(obligation);
        String counted = target(plan, group, obligation, "COUNT_AS_NOT_MET", false);
        String excluded = target(plan, group, obligation, "EXCLUDE", false);
        String allowed = target(plan, group, obligation, "EXCLUDE", true);

        accepted(period, d1, new Value(counted, 48, 50), new Value(excluded, 48, 50), new Value(allowed, 48, 50));
        accepted(period, d2, new Value(counted, 40, 40), new Value(excluded, 40, 40), new Value(allowed, 40, 40));
        String waiting = submitted(period, d3, new Value(counted, 30, 30), new Value(excluded, 30, 30),
                new Value(allowed, 30, 30));
        // C1 sends nothing

        // population 4 units; with data D1 D2; without D3 (submitted, not accepted: 30 officials) and C1 (no headcount)
        Coverage partial = new Coverage(4, 2, 2, 0, 30L, 1L);

        // COUNT_AS_NOT_MET: (48 + 40) / (50 + 40 + 30 of D3 + 0 of C1) = 88 / 120 = 73.33...% = 73.3%: NOT_MET
        TargetAttainment count = attainmentOf(plan, counted, null);
        assertThat(Figure.of(count)).isEqualTo(new Figure(88L, 120L, "73.3", NOT_MET));
        assertThat(count.coverage()).isEqualTo(partial);
        assertThat(count.missingData().name()).isEqualTo("COUNT_AS_NOT_MET");
        // the rows add up to it: D3 adds its 30 officials as not trained, C1 nothing
        List<Contribution> rows = contributions(plan, counted, null);
        assertThat(rows).extracting(Contribution::unitId).containsExactly(d1, d2, d3, c1);
        assertThat(rows).extracting(Contribution::denominator).containsExactly(50L, 40L, 30L, 0L);
        assertThat(rows).extracting(Contribution::dataStatus).containsExactly(DataStatus.HAS_DATA, DataStatus.HAS_DATA,
                DataStatus.NOT_REPORTED, DataStatus.NOT_REPORTED);
        assertThat(withoutData(plan, counted)).extracting(Contribution::unitId).containsExactly(d3, c1);

        // EXCLUDE: 88 / 90 = 97.77...% = 97.8% reaches 90%, but 2 units have no data: not MET
        TargetAttainment exclude = attainmentOf(plan, excluded, null);
        assertThat(Figure.of(exclude)).isEqualTo(new Figure(88L, 90L, "97.8", NOT_MET));
        assertThat(exclude.reason()).isEqualTo("Chưa thể kết luận đạt: 2 đơn vị chưa có số liệu.");
        assertThat(exclude.coverage()).isEqualTo(partial);
        assertThat(contributions(plan, excluded, null)).extracting(Contribution::denominator)
                .containsExactly(50L, 40L, 0L, 0L);
        // ... unless the target says it may be met on partial data
        TargetAttainment allow = attainmentOf(plan, allowed, null);
        assertThat(Figure.of(allow)).isEqualTo(new Figure(88L, 90L, "97.8", MET));
        assertThat(allow.reason()).isNull();
        api().header("Accept-Language", "en").when().get(ReportFixtures.ATTAINMENT, plan).then().statusCode(200)
                .body("targets.find { it.targetId == '" + excluded + "' }.reason",
                        equalTo("Not declared met: 2 units have no data yet."));

        // D3 is accepted and C1 gets a headcount of 10: C1 counts 0 of its 10 officials
        ReportFixtures.accept(waiting);
        c1Body.put("headcounts", List.of(Map.of("year", 2024, "officials", 10)));
        updateUnit(c1, c1Body);
        // COUNT_AS_NOT_MET: (48 + 40 + 30) / (50 + 40 + 30 + 10) = 118 / 130 = 90.769...% = 90.8%: MET, honestly,
        // since C1 is weighed as not meeting it
        TargetAttainment after = attainmentOf(plan, counted, null);
        assertThat(Figure.of(after)).isEqualTo(new Figure(118L, 130L, "90.8", MET));
        assertThat(after.coverage()).isEqualTo(new Coverage(4, 3, 1, 0, 10L, 0L));
        assertThat(withoutData(plan, counted)).extracting(Contribution::unitName, Contribution::denominator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(c1Body.get("name"), 10L));
        // EXCLUDE: 118 / 120 = 98.3%, still one unit without data
        assertThat(Figure.of(attainmentOf(plan, excluded, null))).isEqualTo(new Figure(118L, 120L, "98.3", NOT_MET));

        // the kept figures are the rebuilt ones
        var kept = ReportFixtures.attainment(plan, null);
        rebuild();
        assertThat(ReportFixtures.attainment(plan, null)).isEqualTo(kept);
    }

    @Test
    void shouldRefuseToLeaveUnitsOutOfASubmissionTarget() {
        String province = ReportFixtures.province();
        String group = groupOfKinds(province, "DEPARTMENT");
        String plan = ReportFixtures.plan(province, 2024, 2024);
        String obligation = yearlyObligation(plan, group, "--11-01", 0);
        var body = targetBody("III.2", group, "UNITS", "SUBMISSION", obligation, null, "GTE", 100);
        body.put("missingData", "EXCLUDE");
        api().body(body).when().post(TARGETS, plan).then().statusCode(400)
                .body("type", equalTo("/problems/validation")).body("violations[0].field", equalTo("missingData"));
        body.remove("missingData");
        api().body(body).when().post(TARGETS, plan).then().statusCode(201)
                .body("missingData", equalTo("COUNT_AS_NOT_MET")).body("allowMetOnPartialData", equalTo(false));
    }
}
