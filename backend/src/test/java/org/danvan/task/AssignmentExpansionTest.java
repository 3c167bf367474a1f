package org.danvan.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.ArrayList;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.orgunit.UnitGroup;
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

    // ---- unit groups named as leads or coordinating units

    private static OrgUnit unit(String name, OrgUnitKind kind, String path) {
        OrgUnit unit = unit(name);
        unit.kind = kind;
        unit.path = path;
        return unit;
    }

    private static UnitGroup group(String name, OrgUnit... members) {
        UnitGroup group = new UnitGroup();
        group.name = name;
        group.members.addAll(List.of(members));
        return group;
    }

    /**
     * Who may belong to a group on a day, as the service asks the database: the units of the province
     * the group includes that day, and its explicit members gone by then (followed to their successors).
     */
    private static AssignmentExpansion.GroupMembers within(OrgUnit... province) {
        return (group, day) -> {
            List<OrgUnit> members = new ArrayList<>(List.of(province).stream().filter(u -> group.includes(u, day)).toList());
            group.members.stream().filter(u -> !u.isValidOn(day)).forEach(members::add);
            return members;
        };
    }

    private static List<AssignmentExpansion.Wanted> expand(TimeFrameKind kind, LocalDate due, int start, int end,
            List<OrgUnit> leads, List<UnitGroup> leadGroups, List<OrgUnit> coordinating,
            List<UnitGroup> coordinatingGroups, AssignmentExpansion.GroupMembers members) {
        PlanTask task = task(kind, due, start, end, leads, coordinating);
        task.leadGroups.addAll(leadGroups);
        task.coordinatingGroups.addAll(coordinatingGroups);
        return AssignmentExpansion.expand(task, members);
    }

    @Test
    void shouldAssignAGroupToTheMembersValidOnTheDueDayOnly() {
        // "Các sở, ban, ngành tỉnh": the departments under the province, of which one was set up on 1/3/2025
        // and one dissolved on 28/2/2025 with no successor
        OrgUnit province = unit("UBND tỉnh Tây Ninh", OrgUnitKind.PROVINCE, "/tn/");
        OrgUnit noiVu = unit("Sở Nội vụ", OrgUnitKind.DEPARTMENT, "/tn/snv/");
        OrgUnit dissolved = unit("Sở Lao động - Thương binh và Xã hội", OrgUnitKind.DEPARTMENT, "/tn/sldtbxh/");
        dissolved.validTo = LocalDate.of(2025, 2, 28);
        OrgUnit created = unit("Sở Dân tộc và Tôn giáo", OrgUnitKind.DEPARTMENT, "/tn/sdttg/");
        created.validFrom = LocalDate.of(2025, 3, 1);
        OrgUnit commune = unit("UBND xã Hòa Thành", OrgUnitKind.COMMUNE, "/tn/xht/");
        UnitGroup departments = group("Các sở, ban, ngành tỉnh Tây Ninh");
        departments.kinds.add(OrgUnitKind.DEPARTMENT);
        departments.scope = province;
        var members = within(province, noiVu, dissolved, created, commune);

        var january = expand(TimeFrameKind.BY_DATE, LocalDate.of(2025, 1, 31), 2025, 2025, List.of(),
                List.of(departments), List.of(), List.of(), members);
        assertThat(january).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role,
                AssignmentExpansion.Wanted::dueDate).containsExactly(
                tuple("Sở Nội vụ", AssignmentRole.LEAD, LocalDate.of(2025, 1, 31)),
                tuple("Sở Lao động - Thương binh và Xã hội", AssignmentRole.LEAD, LocalDate.of(2025, 1, 31)));

        var june = expand(TimeFrameKind.BY_MONTH, TimeFrames.endOfMonth(2025, 6), 2025, 2025, List.of(),
                List.of(departments), List.of(), List.of(), members);
        assertThat(june).extracting(w -> w.unit().name).containsExactly("Sở Nội vụ", "Sở Dân tộc và Tôn giáo");

        // no due date: the members on the plan's first day
        var continuous = expand(TimeFrameKind.CONTINUOUS, null, 2025, 2025, List.of(), List.of(),
                List.of(), List.of(departments), members);
        assertThat(continuous).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role,
                AssignmentExpansion.Wanted::dueDate).containsExactly(
                tuple("Sở Nội vụ", AssignmentRole.COORDINATING, null),
                tuple("Sở Lao động - Thương binh và Xã hội", AssignmentRole.COORDINATING, null));
    }

    @Test
    void shouldReplaceAMergedMemberByItsSuccessorOnce() {
        // an explicit group of districts, two of them merged into one commune on 1/7/2025
        OrgUnit chauThanh = unit("UBND huyện Châu Thành");
        chauThanh.validTo = LocalDate.of(2025, 6, 30);
        OrgUnit cangLong = unit("UBND huyện Càng Long");
        cangLong.validTo = LocalDate.of(2025, 6, 30);
        OrgUnit commune = unit("UBND xã Châu Thành");
        commune.validFrom = LocalDate.of(2025, 7, 1);
        chauThanh.successor = commune;
        cangLong.successor = commune;
        OrgUnit gone = unit("UBND huyện Cầu Kè");
        gone.validTo = LocalDate.of(2025, 6, 30);
        UnitGroup districts = group("Các huyện phía Nam", chauThanh, cangLong, gone);
        var members = within(chauThanh, cangLong, commune, gone);

        var after = expand(TimeFrameKind.BY_QUARTER, TimeFrames.endOfQuarter(2025, 4), 2025, 2025, List.of(),
                List.of(districts), List.of(), List.of(), members);
        // the successor once for both districts; the district with no successor has nobody left to do it
        assertThat(after).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role)
                .containsExactly(tuple("UBND xã Châu Thành", AssignmentRole.LEAD));

        var before = expand(TimeFrameKind.BY_QUARTER, TimeFrames.endOfQuarter(2025, 1), 2025, 2025, List.of(),
                List.of(districts), List.of(), List.of(), members);
        assertThat(before).extracting(w -> w.unit().name).containsExactlyInAnyOrder("UBND huyện Châu Thành",
                "UBND huyện Càng Long", "UBND huyện Cầu Kè");
    }

    @Test
    void shouldNameEachUnitOnceAndLetLeadWinOverCoordinating() {
        OrgUnit noiVu = unit("Sở Nội vụ");
        OrgUnit thanhTra = unit("Thanh tra tỉnh");
        OrgUnit tuPhap = unit("Sở Tư pháp");
        OrgUnit congAn = unit("Công an tỉnh");
        OrgUnit vanPhong = unit("Văn phòng UBND tỉnh");
        UnitGroup inspectors = group("Tổ kiểm tra dân vận", noiVu, thanhTra);
        UnitGroup lawAndOrder = group("Khối nội chính", thanhTra, tuPhap, congAn);
        UnitGroup all = group("Các sở, ban, ngành", noiVu, thanhTra, tuPhap, congAn, vanPhong);
        var members = within(noiVu, thanhTra, tuPhap, congAn, vanPhong);

        // leads: Văn phòng named, and two groups sharing Thanh tra; coordinating: Sở Nội vụ named (a lead
        // through its group) and a group of everyone (the leads stay leads, each unit once)
        var wanted = expand(TimeFrameKind.BY_DATE, LocalDate.of(2024, 11, 15), 2024, 2024, List.of(vanPhong),
                List.of(inspectors, lawAndOrder), List.of(noiVu, vanPhong), List.of(all), members);
        assertThat(wanted).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role).containsExactly(
                tuple("Văn phòng UBND tỉnh", AssignmentRole.LEAD),
                tuple("Sở Nội vụ", AssignmentRole.LEAD),
                tuple("Thanh tra tỉnh", AssignmentRole.LEAD),
                tuple("Sở Tư pháp", AssignmentRole.LEAD),
                tuple("Công an tỉnh", AssignmentRole.LEAD));

        // the same units, the group of everyone coordinating a single named lead
        var one = expand(TimeFrameKind.BY_DATE, LocalDate.of(2024, 11, 15), 2024, 2024, List.of(tuPhap),
                List.of(), List.of(), List.of(all, lawAndOrder), members);
        assertThat(one).extracting(w -> w.unit().name, AssignmentExpansion.Wanted::role).containsExactly(
                tuple("Sở Tư pháp", AssignmentRole.LEAD),
                tuple("Sở Nội vụ", AssignmentRole.COORDINATING),
                tuple("Thanh tra tỉnh", AssignmentRole.COORDINATING),
                tuple("Công an tỉnh", AssignmentRole.COORDINATING),
                tuple("Văn phòng UBND tỉnh", AssignmentRole.COORDINATING));
    }
}
