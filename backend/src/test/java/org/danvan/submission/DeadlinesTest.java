package org.danvan.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The timeliness rules on their own: calendar days in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
class DeadlinesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 4, 10);

    /** The instant of a wall-clock time in Vietnam. */
    private static Instant vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Deadlines.VIETNAM).toInstant();
    }

    @Test
    void shouldKeepTheDueDateAsLastDayWithoutGraceDays() {
        assertThat(Deadlines.lastDayOnTime(DUE, 0)).isEqualTo(DUE);
    }

    @Test
    void shouldAddTheGraceDaysToTheDueDate() {
        assertThat(Deadlines.lastDayOnTime(DUE, 2)).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(Deadlines.lastDayOnTime(LocalDate.of(2024, 12, 30), 5)).isEqualTo(LocalDate.of(2025, 1, 4));
        assertThat(Deadlines.lastDayOnTime(LocalDate.of(2024, 2, 28), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void shouldBeOnTimeWithinTheGraceDaysAndLateAfterThem() {
        LocalDate lastDay = Deadlines.lastDayOnTime(DUE, 2);
        assertThat(Deadlines.timeliness(vietnam("2024-04-11T09:00:00"), lastDay)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Deadlines.timeliness(vietnam("2024-04-12T23:59:59"), lastDay)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Deadlines.timeliness(vietnam("2024-04-13T00:00:00"), lastDay)).isEqualTo(Timeliness.LATE);
        // the same submission with no grace days is late
        assertThat(Deadlines.timeliness(vietnam("2024-04-11T09:00:00"), Deadlines.lastDayOnTime(DUE, 0)))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void shouldMeasureAnExtendedUnitAgainstItsLaterDueDatePlusGraceDays() {
        LocalDate extended = LocalDate.of(2024, 4, 20);
        Instant at = vietnam("2024-04-21T15:00:00");
        assertThat(Deadlines.timeliness(at, Deadlines.lastDayOnTime(DUE, 2))).isEqualTo(Timeliness.LATE);
        assertThat(Deadlines.timeliness(at, Deadlines.lastDayOnTime(extended, 2))).isEqualTo(Timeliness.ON_TIME);
        assertThat(Deadlines.timeliness(vietnam("2024-04-23T00:00:00"), Deadlines.lastDayOnTime(extended, 2)))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void shouldBeOnTimeAt235959LocalOnTheLastDayAndLateAtMidnight() {
        assertThat(Deadlines.timeliness(vietnam("2024-04-10T23:59:59"), DUE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Deadlines.timeliness(vietnam("2024-04-10T23:59:59.999"), DUE)).isEqualTo(Timeliness.ON_TIME);
        assertThat(Deadlines.timeliness(vietnam("2024-04-11T00:00:00"), DUE)).isEqualTo(Timeliness.LATE);
        assertThat(Deadlines.timeliness(vietnam("2024-04-10T00:00:00"), DUE)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void shouldReadUtcInstantsAsVietnameseDays() {
        // 16:59:59Z is 23:59:59 in Vietnam (UTC+7): still the due day
        assertThat(Deadlines.dayInVietnam(Instant.parse("2024-04-10T16:59:59Z"))).isEqualTo(DUE);
        assertThat(Deadlines.timeliness(Instant.parse("2024-04-10T16:59:59Z"), DUE)).isEqualTo(Timeliness.ON_TIME);
        // 17:00Z and 17:30Z on the due day are already the next day in Vietnam
        assertThat(Deadlines.dayInVietnam(Instant.parse("2024-04-10T17:00:00Z"))).isEqualTo(DUE.plusDays(1));
        assertThat(Deadlines.dayInVietnam(Instant.parse("2024-04-10T17:30:00Z"))).isEqualTo(DUE.plusDays(1));
        assertThat(Deadlines.timeliness(Instant.parse("2024-04-10T17:30:00Z"), DUE)).isEqualTo(Timeliness.LATE);
        // 20:00 local on the 9th is 13:00Z: early, whatever the UTC calendar says
        assertThat(Deadlines.dayInVietnam(Instant.parse("2024-04-09T17:00:00Z"))).isEqualTo(DUE);
        assertThat(Deadlines.dayInVietnam(Instant.parse("2024-04-09T16:59:59Z"))).isEqualTo(DUE.minusDays(1));
    }

    @Test
    void shouldCrossTheYearInVietnamBeforeUtc() {
        assertThat(Deadlines.dayInVietnam(Instant.parse("2024-12-31T17:00:00Z"))).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(Deadlines.timeliness(Instant.parse("2024-12-31T17:00:00Z"), LocalDate.of(2024, 12, 31)))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void shouldBeOverdueOnlyAfterTheEffectiveDueDate() {
        assertThat(Deadlines.isOverdue(DUE, DUE.minusDays(1))).isFalse();
        assertThat(Deadlines.isOverdue(DUE, DUE)).isFalse();
        assertThat(Deadlines.isOverdue(DUE, DUE.plusDays(1))).isTrue();
        // an extension moves the effective due date
        LocalDate extended = LocalDate.of(2024, 4, 20);
        assertThat(Deadlines.isOverdue(extended, DUE.plusDays(1))).isFalse();
        assertThat(Deadlines.isOverdue(extended, extended.plusDays(1))).isTrue();
    }
}
