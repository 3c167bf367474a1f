package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.danvan.orgunit.OrgUnit;
import org.danvan.plan.Plan;
import org.danvan.plan.PlanTask;
import org.danvan.plan.TimeFrameKind;
import org.danvan.plan.TimeFrames;
import org.junit.jupiter.api.Test;

/** Which units a task is assigned to, in which role and by when: plain arithmetic, no container. */
class AssignmentExpansionTest {

    private static OrgUnit unit(String name) {
        OrgUnit unit = new OrgUnit();
        unit.name = name;
        return unit;
    }

    private static PlanTask task(TimeFrameKind kind, LocalDate dueDate, int start, int end, List<OrgUnit> leads,
            List<OrgUnit> coordinating) {
        Plan plan = new Plan();
        plan.periodStart = start;
        plan.periodEnd = end;
        PlanTask task = new PlanTask();
        task.plan = plan;
        task.timeFrameKind = kind;
        task.timeFrameDueDate = dueDate;
        task.leadUnits.addAll(leads);
        task.coordinatingUnits.addAll(coordinating);
        return task;
    }

    private static List<AssignmentExpansion.Wanted> expand(PlanTask task) {
        return AssignmentExpansion.expand(task);
    }

    @Test
    void shouldMakeAUnitNamedAsLeadAndCoordinatingALeadOnly() {
        OrgUnit noiVu = unit("Sở Nội vụ");
        OrgUnit thanhTra = unit("Thanh tra tỉnh");
        OrgUnit tuPhap = unit("Sở Tư pháp");
        var wanted = expand(task(TimeFrameKind.BY_DATE, LocalDate.of(2024, 4, 10), 2024, 2024,
                List.of(noiVu, thanhTra), List.of(thanhTra, tuPhap, noiVu)));
        assertThat(wanted).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role, AssignmentExpansion.Wanted::dueDate)
                .containsExactly(
                        tuple("Sở Nội vụ", AssignmentRole.LEAD, LocalDate.of(2024, 4, 10)),
                        tuple("Thanh tra tỉnh", AssignmentRole.LEAD, LocalDate.of(2024, 4, 10)),
                        tuple("Sở Tư pháp", AssignmentRole.COORDINATING, LocalDate.of(2024, 4, 10)));
    }

    @Test
    void shouldBeDueOnTheLastDayOfTheMonth() {
        // tháng 6/2023 and tháng 2/2024 (a leap year)
        LocalDate june = TimeFrames.endOfMonth(2023, 6);
        assertThat(june).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(TimeFrames.endOfMonth(2024, 2)).isEqualTo(LocalDate.of(2024, 2, 29));
        var wanted = expand(task(TimeFrameKind.BY_MONTH, june, 2023, 2023, List.of(unit("Văn phòng UBND tỉnh")), List.of()));
        assertThat(wanted).singleElement().satisfies(w -> assertThat(w.dueDate()).isEqualTo(LocalDate.of(2023, 6, 30)));
    }

    @Test
    void shouldBeDueOnTheLastDayOfTheQuarter() {
        assertThat(TimeFrames.endOfQuarter(2024, 1)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TimeFrames.endOfQuarter(2024, 2)).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(TimeFrames.endOfQuarter(2024, 3)).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(TimeFrames.endOfQuarter(2024, 4)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(TimeFrames.quarterOf(LocalDate.of(2024, 6, 30))).isEqualTo(2);
        assertThat(TimeFrames.quarterOf(LocalDate.of(2024, 10, 1))).isEqualTo(4);
        var wanted = expand(task(TimeFrameKind.BY_QUARTER, TimeFrames.endOfQuarter(2024, 2), 2024, 2024,
                List.of(unit("Sở Nội vụ")), List.of(unit("Sở Tư pháp"))));
        assertThat(wanted).extracting(AssignmentExpansion.Wanted::dueDate)
                .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30));
    }

    @Test
    void shouldBeDueAtThePlansEndForTheWholePeriod() {
        var wanted = expand(task(TimeFrameKind.WHOLE_PERIOD, null, 2022, 2026, List.of(unit("Sở Nội vụ")), List.of()));
        assertThat(wanted).singleElement().satisfies(w -> assertThat(w.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void shouldHaveNoDueDateWhenContinuous() {
        var wanted = expand(task(TimeFrameKind.CONTINUOUS, null, 2023, 2023, List.of(unit("Sở Nội vụ")),
                List.of(unit("Công an tỉnh"))));
        assertThat(wanted).extracting(AssignmentExpansion.Wanted::dueDate).containsExactly(null, null);
    }

    @Test
    void shouldGiveAMergedUnitsTaskToItsSuccessor() {
        // the districts were abolished on 1/7/2025; their communes took over
        OrgUnit district = unit("UBND huyện Châu Thành");
        district.validTo = LocalDate.of(2025, 6, 30);
        OrgUnit commune = unit("UBND xã Châu Thành");
        commune.validFrom = LocalDate.of(2025, 7, 1);
        district.successor = commune;
        OrgUnit otherDistrict = unit("UBND huyện Càng Long");
        otherDistrict.validTo = LocalDate.of(2025, 6, 30);
        otherDistrict.successor = commune;
        OrgUnit noSuccessor = unit("Ban Quản lý dự án tỉnh");
        noSuccessor.validTo = LocalDate.of(2025, 6, 30);

        var after = expand(task(TimeFrameKind.BY_QUARTER, TimeFrames.endOfQuarter(2025, 4), 2025, 2025,
                List.of(district), List.of(otherDistrict, noSuccessor)));
        assertThat(after).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role).containsExactly(
                tuple("UBND xã Châu Thành", AssignmentRole.LEAD),
                tuple("Ban Quản lý dự án tỉnh", AssignmentRole.COORDINATING));

        var before = expand(task(TimeFrameKind.BY_MONTH, TimeFrames.endOfMonth(2025, 3), 2025, 2025,
                List.of(district), List.of(otherDistrict)));
        assertThat(before).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role).containsExactly(
                tuple("UBND huyện Châu Thành", AssignmentRole.LEAD),
                tuple("UBND huyện Càng Long", AssignmentRole.COORDINATING));

        // no due date: the unit is taken as it stood on the plan's first day
        var continuous = expand(task(TimeFrameKind.CONTINUOUS, null, 2026, 2026, List.of(district), List.of()));
        assertThat(continuous).extracting(w -> w.unit().name).containsExactly("UBND xã Châu Thành");
    }

    @Test
    void shouldStopAtALoopOfSuccessors() {
        OrgUnit a = unit("A");
        OrgUnit b = unit("B");
        a.validTo = LocalDate.of(2020, 1, 1);
        b.validTo = LocalDate.of(2020, 1, 1);
        a.successor = b;
        b.successor = a;
        assertThat(AssignmentExpansion.current(a, LocalDate.of(2024, 1, 1))).isIn(a, b);
    }
}
