package org.danvan.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The timeliness rules. Deadlines are calendar days in Vietnam: a submission is on time when it
 * arrives before the end of the effective due date plus the grace days, Asia/Ho_Chi_Minh time.
 */
public final class Deadlines {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Deadlines() {
    }

    /** The last day still on time. */
    public static LocalDate lastDayOnTime(LocalDate effectiveDueDate, int graceDays) {
        return effectiveDueDate.plusDays(graceDays);
    }

    /** The calendar day in Vietnam on which {@code at} falls. */
    public static LocalDate dayInVietnam(Instant at) {
        return LocalDate.ofInstant(at, VIETNAM);
    }

    public static Timeliness timeliness(Instant firstSubmittedAt, LocalDate lastDayOnTime) {
        return dayInVietnam(firstSubmittedAt).isAfter(lastDayOnTime) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /** Missing and past its effective due date on {@code today}. */
    public static boolean isOverdue(LocalDate effectiveDueDate, LocalDate today) {
        return today.isAfter(effectiveDueDate);
    }
}
