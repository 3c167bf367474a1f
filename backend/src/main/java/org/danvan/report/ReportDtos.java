package org.danvan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.plan.Comparator;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.MissingData;
import org.danvan.plan.ObligationKind;

/** The shapes of {@code openapi.yaml} for reports. */
public final class ReportDtos {

    private ReportDtos() {
    }

    public record PeriodCompleteness(String obligationId, ObligationKind obligationKind, String obligationTitle,
            String periodId, int year, LocalDate dueDate, long expected, long submitted, long accepted, long returned,
            long onTime, long late, long missing, BigDecimal completenessRate, BigDecimal timelinessRate) {
    }

    public record CompletenessReport(String planId, LocalDate asOf, List<PeriodCompleteness> periods) {
    }

    public enum UnitReportStatus { MISSING, ON_TIME, LATE, RETURNED, ACCEPTED }

    public enum UnitState { NOT_STARTED, OVERDUE, DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    public record PeriodUnit(String unitId, String unitName, OrgUnitKind unitKind, LocalDate dueDate,
            LocalDate lastDayOnTime, UnitState state,
            String status, String timeliness, String submissionId, Instant firstSubmittedAt) {
    }

    public enum AttainmentStatus { MET, NOT_MET, NO_DATA }

    public record KindFigure(OrgUnitKind kind, long numerator, long denominator, BigDecimal valuePercent, long units,
            long unitsWithData) {
    }

    /** How much of the population the figures cover; officials only for REPORTED targets. */
    public record Coverage(long populationUnits, long unitsWithData, long unitsWithoutData, long unitsNotEligible,
            Long officialsWithoutData, Long unitsWithoutHeadcount) {

        static Coverage of(Tally t, MeasureKind measure) {
            boolean reported = measure == MeasureKind.REPORTED;
            return new Coverage(t.units(), t.unitsWithData(), t.unitsWithoutData(), t.unitsNotEligible(),
                    reported ? t.officialsWithoutData() : null, reported ? t.unitsWithoutHeadcount() : null);
        }
    }

    public record TargetAttainment(String targetId, String ordinal, String statement, MeasureKind measure,
            Comparator comparator, BigDecimal thresholdPercent, MissingData missingData, boolean allowMetOnPartialData,
            String periodId, Integer year, LocalDate dueDate, Long numerator, Long denominator, BigDecimal valuePercent,
            AttainmentStatus status, String reason, Coverage coverage, List<KindFigure> byKind) {
    }

    /** Whether a unit has data for a target: NOT_REPORTED (no accepted report), NOT_RATED, NOT_ELIGIBLE (RATING). */
    public enum DataStatus { HAS_DATA, NOT_REPORTED, NOT_RATED, NOT_ELIGIBLE }

    public record AttainmentReport(String planId, LocalDate asOf, List<TargetAttainment> targets) {
    }

    public record Contribution(String unitId, String unitName, OrgUnitKind unitKind, long numerator, long denominator,
            DataStatus dataStatus, String submissionId, String assessmentId) {
    }

    public record CalendarEntry(String planId, String planReference, String planTitle, String obligationId,
            ObligationKind obligationKind, String obligationTitle, String periodId, int year, LocalDate dueDate,
            LocalDate lastDayOnTime, UnitState state, String status, String timeliness, String submissionId) {
    }

    /** A task's assignments by status (schema TaskStatusCounts). */
    public record TaskStatusCounts(long notStarted, long inProgress, long done, long doneLate, long notDone) {
    }

    /** A unit named by a figure (schema TaskProgressUnit). */
    public record TaskProgressUnit(String unitId, String unitName, org.danvan.task.AssignmentRole role) {
    }

    /** One task's progress (schema TaskProgress). */
    public record TaskProgress(String taskId, String ordinal, String content, LocalDate dueDate,
            org.danvan.plan.TimeFrameKind timeFrameKind, long assignments, TaskStatusCounts byStatus, long notUpdated,
            long awaitingReview, long returned, long accepted, long decidingUnits, long decidingDoneAccepted,
            long decidingDoneOnTime, long assignmentsBehindSchedule, boolean done, boolean doneOnTime,
            boolean behindSchedule, List<TaskProgressUnit> notUpdatedUnits) {
    }

    /** The plan's totals over the tasks listed (schema TaskProgressTotals). */
    public record TaskProgressTotals(long tasks, long tasksDone, long tasksDoneOnTime, long tasksBehindSchedule,
            long assignments, long assignmentsDone, long assignmentsDoneOnTime, long assignmentsNotUpdated,
            long assignmentsAwaitingReview, long assignmentsBehindSchedule) {
    }

    /** Schema TaskProgressReport. */
    public record TaskProgressReport(String planId, LocalDate asOf, TaskProgressTotals totals, List<TaskProgress> tasks) {
    }

    public record RebuildResult(long periods, long targets, long tasks, long durationMs) {
    }
}
