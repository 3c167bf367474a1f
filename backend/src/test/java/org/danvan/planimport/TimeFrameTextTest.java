package org.danvan.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.danvan.plan.TimeFrameKind;
import org.danvan.planimport.PlanDraft.TimeFrame;
import org.junit.jupiter.api.Test;

/** How "Thời gian thực hiện: ..." becomes a time frame: plain text in, no container. */
class TimeFrameTextTest {

    private static void assertQuarter(String text, int year, int quarter, LocalDate due) {
        TimeFrame frame = TimeFrameText.read(text);
        assertThat(frame.kind()).as(text).isEqualTo(TimeFrameKind.BY_QUARTER);
        assertThat(frame.year()).as(text).isEqualTo(year);
        assertThat(frame.quarter()).as(text).isEqualTo(quarter);
        assertThat(frame.month()).as(text).isNull();
        assertThat(frame.dueDate()).as(text).isEqualTo(due);
        assertThat(frame.text()).isEqualTo(text);
    }

    private static void assertMonth(String text, int year, int month, LocalDate due) {
        TimeFrame frame = TimeFrameText.read(text);
        assertThat(frame.kind()).as(text).isEqualTo(TimeFrameKind.BY_MONTH);
        assertThat(frame.year()).as(text).isEqualTo(year);
        assertThat(frame.month()).as(text).isEqualTo(month);
        assertThat(frame.quarter()).as(text).isNull();
        assertThat(frame.dueDate()).as(text).isEqualTo(due);
    }

    @Test
    void shouldReadQuartersInRomanAndArabicNumbers() {
        assertQuarter("Quý II/2024", 2024, 2, LocalDate.of(2024, 6, 30));
        assertQuarter("Trong quý I/2024", 2024, 1, LocalDate.of(2024, 3, 31));
        assertQuarter("quý 2 năm 2024", 2024, 2, LocalDate.of(2024, 6, 30));
        assertQuarter("Hoàn thành trong Quý III năm 2025", 2025, 3, LocalDate.of(2025, 9, 30));
        assertQuarter("QUÝ IV/2023", 2023, 4, LocalDate.of(2023, 12, 31));
        assertQuarter("Quý 4 - 2026", 2026, 4, LocalDate.of(2026, 12, 31));
    }

    @Test
    void shouldReadMonths() {
        assertMonth("tháng 6/2023", 2023, 6, LocalDate.of(2023, 6, 30));
        assertMonth("Trong tháng 6 năm 2023", 2023, 6, LocalDate.of(2023, 6, 30));
        assertMonth("Tháng 02/2024", 2024, 2, LocalDate.of(2024, 2, 29));
        assertMonth("tháng 12-2025", 2025, 12, LocalDate.of(2025, 12, 31));
    }

    @Test
    void shouldKeepADayBeforeAMonthAndContinuousBeforeAll() {
        TimeFrame day = TimeFrameText.read("Trước ngày 15 tháng 6 năm 2023");
        assertThat(day.kind()).isEqualTo(TimeFrameKind.BY_DATE);
        assertThat(day.dueDate()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(TimeFrameText.read("trước ngày 30/6/2025").dueDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(TimeFrameText.read("Thường xuyên, báo cáo trong tháng 6/2023").kind())
                .isEqualTo(TimeFrameKind.CONTINUOUS);
    }

    @Test
    void shouldLeaveTheRestToTheWholePeriod() {
        for (String text : new String[] {"Cả năm 2023", "Trong năm 2023", "Giai đoạn 2022-2026", "tháng 13/2024",
                "quý V/2024", "Quý II", "tháng 6"}) {
            TimeFrame frame = TimeFrameText.read(text);
            assertThat(frame.kind()).as(text).isEqualTo(TimeFrameKind.WHOLE_PERIOD);
            assertThat(frame.dueDate()).as(text).isNull();
            assertThat(frame.year()).as(text).isNull();
        }
    }
}
