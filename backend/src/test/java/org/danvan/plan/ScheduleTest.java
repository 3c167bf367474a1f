package org.danvan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.danvan.plan.Schedule.Due;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void shouldDueAFixedDayOnceInItsOwnYear() {
        assertThat(Schedule.fixed(LocalDate.of(2024, 4, 10)).expand(2022, 2026))
                .containsExactly(new Due(2024, LocalDate.of(2024, 4, 10)));
    }

    @Test
    void shouldDueAFixedDayOutsideThePlanPeriodInItsOwnYear() {
        assertThat(Schedule.fixed(LocalDate.of(2025, 1, 15)).expand(2024, 2024))
                .containsExactly(new Due(2025, LocalDate.of(2025, 1, 15)));
    }

    @Test
    void shouldExpandAYearlyRuleIntoOnePeriodPerYearOfThePlan() {
        assertThat(Schedule.yearly(MonthDay.of(6, 10)).expand(2022, 2026)).containsExactly(
                new Due(2022, LocalDate.of(2022, 6, 10)),
                new Due(2023, LocalDate.of(2023, 6, 10)),
                new Due(2024, LocalDate.of(2024, 6, 10)),
                new Due(2025, LocalDate.of(2025, 6, 10)),
                new Due(2026, LocalDate.of(2026, 6, 10)));
    }

    @Test
    void shouldExpandAYearlyRuleIntoOnePeriodForASingleYearPlan() {
        assertThat(Schedule.yearly(MonthDay.of(12, 5)).expand(2024, 2024))
                .containsExactly(new Due(2024, LocalDate.of(2024, 12, 5)));
    }

    @Test
    void shouldFallOnThe28thOfFebruaryInCommonYearsAndThe29thInLeapYears() {
        assertThat(Schedule.yearly(MonthDay.of(2, 29)).expand(2023, 2025)).containsExactly(
                new Due(2023, LocalDate.of(2023, 2, 28)),
                new Due(2024, LocalDate.of(2024, 2, 29)),
                new Due(2025, LocalDate.of(2025, 2, 28)));
    }

    @Test
    void shouldKeepAFixed29FebruaryOfALeapYear() {
        assertThat(Schedule.fixed(LocalDate.of(2028, 2, 29)).expand(2026, 2030))
                .containsExactly(new Due(2028, LocalDate.of(2028, 2, 29)));
    }
}
