package org.danvan.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.danvan.plan.TaskSection;
import org.danvan.plan.TimeFrameKind;
import org.danvan.planimport.PlanDraft.Task;
import org.junit.jupiter.api.Test;

/** The duties of a plan's "Tổ chức thực hiện" section read as tasks of section DUTY: plain, no container. */
class DutiesReadTest {

    private final PlanDraftReader reader = new PlanDraftReader(UnitDirectory.of(List.of(
            new UnitDirectory.Candidate("u-snv", "Sở Nội vụ tỉnh Tây Ninh"),
            new UnitDirectory.Candidate("u-stp", "Sở Tư pháp tỉnh Tây Ninh"),
            new UnitDirectory.Candidate("u-tt", "Thanh tra tỉnh Tây Ninh"),
            new UnitDirectory.Candidate("u-snv-tv", "Sở Nội vụ tỉnh Trà Vinh")),
            List.of(new UnitDirectory.Candidate("g-tv", "Các cơ quan, đơn vị, địa phương tỉnh Trà Vinh"))));

    private static Task duty(PlanDraft draft, String ordinal) {
        return draft.duties().stream().filter(d -> d.ordinal().equals(ordinal)).findFirst().orElseThrow();
    }

    @Test
    void shouldReadEachDutyOfANamedUnitAsATaskItLeads() {
        PlanDraft draft = reader.read(SeedPlans.text("tay-ninh-2024-859-KH-UBND"));
        // the plan's own tasks are as before; the duties come beside them
        assertThat(draft.tasks()).hasSize(5).extracting(Task::section).containsOnly(TaskSection.TASK);
        assertThat(draft.duties()).extracting(Task::section).containsOnly(TaskSection.DUTY);

        // "a) Sở Nội vụ", its fourth duty due by the day it names
        Task scoring = duty(draft, "IV.2.a.4");
        assertThat(scoring.content()).startsWith("Chủ trì thực hiện chấm điểm thi đua");
        assertThat(scoring.leadText()).isEqualTo("Sở Nội vụ");
        assertThat(scoring.leadUnits()).extracting(PlanDraft.UnitRef::unitId).containsExactly("u-snv");
        assertThat(scoring.timeFrame().kind()).isEqualTo(TimeFrameKind.BY_DATE);
        assertThat(scoring.timeFrame().dueDate()).isEqualTo(LocalDate.of(2024, 12, 20));
        assertThat(scoring.source()).isNotNull();
        assertThat(draft.text().substring(scoring.source().start(), scoring.source().end()))
                .contains("Chủ trì thực hiện chấm điểm");

        // "d) Thanh tra tỉnh" handles complaints
        assertThat(duty(draft, "IV.2.d.1").content()).contains("giải quyết khiếu nại, tố cáo");
        assertThat(duty(draft, "IV.2.d.1").leadUnits()).extracting(PlanDraft.UnitRef::unitId).containsExactly("u-tt");
        // a duty with no date in it has no time frame of its own (the SPA proposes the whole period)
        assertThat(duty(draft, "IV.2.a.1").timeFrame()).isNull();
        // the closing words of the plan are nobody's duty
        assertThat(draft.duties()).noneMatch(d -> d.content().startsWith("Trên đây là"));
    }

    @Test
    void shouldMatchAUnitGroupWhereNoUnitBearsTheName() {
        PlanDraft draft = reader.read(SeedPlans.text("tra-vinh-2022-2026-dvcq"));
        assertThat(draft.duties()).filteredOn(d -> d.ordinal().startsWith("IV.2.")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.leadUnits()).extracting(PlanDraft.UnitRef::text,
                        PlanDraft.UnitRef::unitId, PlanDraft.UnitRef::groupId, PlanDraft.UnitRef::groupName)
                        .containsExactly(tuple("Các cơ quan, đơn vị, địa phương", null, "g-tv",
                                "Các cơ quan, đơn vị, địa phương tỉnh Trà Vinh")));
        assertThat(duty(draft, "IV.1.1").leadUnits()).extracting(PlanDraft.UnitRef::unitId)
                .containsExactly("u-snv-tv");
        // a name nothing matched is kept with neither id, for the coordinator to map
        assertThat(duty(draft, "IV.3.1").leadUnits()).singleElement()
                .satisfies(ref -> assertThat(ref.matched()).isFalse())
                .extracting(PlanDraft.UnitRef::text).isEqualTo("Ban Dân vận Tỉnh ủy");
    }

    @Test
    void shouldDropTheOfficeHoldersTitleWhenOnlyTheUnitMatches() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "Số: 12/KH-UBND",
                "Tây Ninh, ngày 05 tháng 01 năm 2024", "KẾ HOẠCH", "Công tác dân vận chính quyền năm 2024",
                "I. NỘI DUNG", "1. Tổ chức tiếp công dân.", "II. TỔ CHỨC THỰC HIỆN",
                "1. Giám đốc Sở Tư pháp:", "- Tuyên truyền, phổ biến pháp luật thường xuyên.");
        PlanDraft draft = reader.read(text);
        assertThat(draft.duties()).singleElement().satisfies(d -> {
            assertThat(d.leadUnits()).extracting(PlanDraft.UnitRef::text, PlanDraft.UnitRef::unitId)
                    .containsExactly(tuple("Giám đốc Sở Tư pháp", "u-stp"));
            assertThat(d.timeFrame().kind()).isEqualTo(TimeFrameKind.CONTINUOUS);
        });
    }

    /**
     * Names are matched in the issuer's province: the same names elsewhere in the directory (a bare
     * "Sở Nội vụ" of another tree, a group of the same name scoped to another province), as other
     * tests and other provinces leave them in a shared database, neither compete nor decide.
     */
    @Test
    void shouldMatchNamesInTheIssuersProvinceWhateverElseTheDirectoryHolds() {
        List<UnitDirectory.Candidate> units = List.of(
                new UnitDirectory.Candidate("u-tv", "UBND tỉnh Trà Vinh", List.of("/tv/")),
                new UnitDirectory.Candidate("u-snv-tv", "Sở Nội vụ tỉnh Trà Vinh", List.of("/tv/snv/")),
                new UnitDirectory.Candidate("u-snv-x", "Sở Nội vụ", List.of("/x/snv/")),
                new UnitDirectory.Candidate("u-snv-y", "Sở Nội vụ tỉnh Trà Vinh", List.of("/y/snv/")),
                new UnitDirectory.Candidate("u-bdv-y", "Ban Dân vận Tỉnh ủy", List.of("/y/bdv/")));
        List<UnitDirectory.Candidate> groups = List.of(
                new UnitDirectory.Candidate("g-tv", "Các cơ quan, đơn vị, địa phương tỉnh Trà Vinh", List.of("/tv/")),
                new UnitDirectory.Candidate("g-x", "Các cơ quan, đơn vị, địa phương", List.of("/x/", "/x/snv/")),
                new UnitDirectory.Candidate("g-y", "Các cơ quan, đơn vị, địa phương tỉnh Trà Vinh", List.of("/y/")));
        PlanDraft draft = new PlanDraftReader(UnitDirectory.of(units, groups))
                .read(SeedPlans.text("tra-vinh-2022-2026-dvcq"));

        assertThat(draft.issuerUnitId()).isEqualTo("u-tv");
        assertThat(duty(draft, "IV.1.1").leadUnits()).extracting(PlanDraft.UnitRef::unitId)
                .containsExactly("u-snv-tv");
        assertThat(draft.duties()).filteredOn(d -> d.ordinal().startsWith("IV.2.")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.leadUnits()).extracting(PlanDraft.UnitRef::groupId)
                        .containsExactly("g-tv"));
        assertThat(duty(draft, "IV.3.1").leadUnits()).singleElement()
                .satisfies(ref -> assertThat(ref.matched()).isFalse());

        // the same directory without places: every name above is ambiguous, as it was before
        PlanDraft unplaced = new PlanDraftReader(UnitDirectory.of(
                units.stream().map(c -> new UnitDirectory.Candidate(c.id(), c.name())).toList(),
                groups.stream().map(c -> new UnitDirectory.Candidate(c.id(), c.name())).toList()))
                .read(SeedPlans.text("tra-vinh-2022-2026-dvcq"));
        assertThat(duty(unplaced, "IV.1.1").leadUnits()).singleElement()
                .satisfies(ref -> assertThat(ref.matched()).isFalse());
    }
}
