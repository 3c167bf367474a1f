package org.danvan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.danvan.assessment.ReportRecord.Counts;
import org.danvan.assessment.ReportRecord.Row;
import org.junit.jupiter.api.Test;

/** Which of a unit's reports of the year the timeliness deductions count. */
class ReportRecordTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 11, 20);
    private static final LocalDate PAST = LocalDate.of(2024, 4, 10);

    @Test
    void aReportSubmittedAfterItsLastDayIsLateWhateverItsReviewState() {
        assertThat(ReportRecord.count(List.of(new Row("SUBMITTED", "LATE", PAST), new Row("RETURNED", "LATE", PAST),
                new Row("ACCEPTED", "LATE", PAST), new Row("ACCEPTED", "ON_TIME", PAST)), TODAY))
                .isEqualTo(new Counts(3, 0));
    }

    @Test
    void aReportNotSubmittedIsMissingOnlyOnceItsLastDayHasPassed() {
        assertThat(ReportRecord.count(List.of(new Row("MISSING", null, PAST), new Row("DRAFT", null, PAST),
                new Row("MISSING", null, TODAY), new Row("DRAFT", null, TODAY.plusDays(5))), TODAY))
                .isEqualTo(new Counts(0, 2));
        assertThat(ReportRecord.count(List.of(new Row("MISSING", null, TODAY)), TODAY.plusDays(1)))
                .isEqualTo(new Counts(0, 1));
    }

    @Test
    void nothingToCountIsZero() {
        assertThat(ReportRecord.count(List.of(), TODAY)).isEqualTo(new Counts(0, 0));
    }
}
