package org.danvan.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's reports of a year as the timeliness deductions count them, with no container: a report
 * submitted (SUBMITTED, RETURNED or ACCEPTED) after its last day on time is LATE; one not submitted
 * (MISSING or a DRAFT) once its last day on time has passed is MISSING; one not yet due counts neither.
 */
public final class ReportRecord {

    private ReportRecord() {
    }

    /** A unit's row of one period: its status, its timeliness and the last day still on time. */
    public record Row(String status, String timeliness, LocalDate lastDayOnTime) {
    }

    public record Counts(int late, int missing) {
    }

    public static Counts count(List<Row> rows, LocalDate today) {
        int late = 0;
        int missing = 0;
        for (Row row : rows) {
            boolean submitted = !"MISSING".equals(row.status()) && !"DRAFT".equals(row.status());
            if (submitted && "LATE".equals(row.timeliness())) {
                late++;
            } else if (!submitted && today.isAfter(row.lastDayOnTime())) {
                missing++;
            }
        }
        return new Counts(late, missing);
    }
}
