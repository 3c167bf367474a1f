package org.danvan.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The calendar of a task's time frame: a month or a quarter is due on its last day, and read back
 * from that day, so a task keeps one due date whatever its kind.
 */
public final class TimeFrames {

    private TimeFrames() {
    }

    /** The last day of the month: tháng 6/2023 -> 30/06/2023. */
    public static LocalDate endOfMonth(int year, int month) {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** The last day of the quarter (1-4): Quý II/2024 -> 30/06/2024. */
    public static LocalDate endOfQuarter(int year, int quarter) {
        return endOfMonth(year, quarter * 3);
    }

    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }
}
