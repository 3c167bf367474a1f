package org.danvan.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.plan.Comparator;
import org.danvan.plan.MeasureKind;
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

    public record PeriodUnit(String unitId, String unitName, OrgUnitKind unitKind, LocalDate dueDate, UnitState state,
            String status, String timeliness, String submissionId, Instant firstSubmittedAt) {
    }

    public enum AttainmentStatus { MET, NOT_MET, NO_DATA }

    public record KindFigure(OrgUnitKind kind, long numerator, long denominator, BigDecimal valuePercent) {
    }

    public record TargetAttainment(String targetId, String ordinal, String statement, MeasureKind measure,
            Comparator comparator, BigDecimal thresholdPercent, String periodId, Integer year, LocalDate dueDate,
            Long numerator, Long denominator, BigDecimal valuePercent, AttainmentStatus status, String reason,
            List<KindFigure> byKind) {
    }

    public record AttainmentReport(String planId, LocalDate asOf, List<TargetAttainment> targets) {
    }

    public record Contribution(String unitId, String unitName, OrgUnitKind unitKind, long numerator, long denominator,
            String submissionId, String assessmentId) {
    }

    public record CalendarEntry(String planId, String planReference, String planTitle, String obligationId,
            ObligationKind obligationKind, String obligationTitle, String periodId, int year, LocalDate dueDate,
            UnitState state, String status, String timeliness, String submissionId) {
    }

    public record RebuildResult(long periods, long targets, long durationMs) {
    }
}
