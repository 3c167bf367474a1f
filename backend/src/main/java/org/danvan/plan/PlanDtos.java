package org.danvan.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.danvan.orgunit.OrgUnit;
import org.danvan.orgunit.UnitGroup;

/** The shapes of {@code openapi.yaml} for plans, tasks, targets and obligations. */
public final class PlanDtos {

    private PlanDtos() {
    }

    public record LegalReferenceDto(@NotNull LegalReferenceType type, @NotBlank @Size(max = 100) String number,
            LocalDate date, @Size(max = 300) String issuingBody, @Size(max = 2000) String title) {

        static LegalReferenceDto of(LegalReference ref) {
            return new LegalReferenceDto(ref.type, ref.number, ref.date, ref.issuingBody, ref.title);
        }
    }

    public record SignerDto(@NotBlank @Size(max = 200) String name, @Size(max = 200) String position,
            SigningCapacity capacity) {
    }

    public record PlanWrite(
            @Min(1) @Max(999_999) Integer number,
            @Size(max = 60) String symbol,
            @NotBlank @Size(max = 64) String issuerId,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 100) String issuePlace,
            LocalDate issueDate,
            @NotNull @Min(1945) @Max(2200) Integer periodStart,
            @NotNull @Min(1945) @Max(2200) Integer periodEnd,
            @JsonProperty("implements") @Size(max = 1000) String implementsText,
            @Size(max = 200) List<@Valid @NotNull LegalReferenceDto> legalBases,
            @Size(max = 100) List<@NotBlank @Size(max = 5000) String> purposes,
            @Valid SignerDto signer,
            @Size(max = 200) List<@NotBlank @Size(max = 300) String> recipients,
            @Size(max = 64) String parentPlanId,
            // only when creating: the content of a reviewed import draft, created with the plan in one step
            @Size(max = 500) List<@Valid @NotNull PlanTaskWrite> tasks,
            @Size(max = 500) List<@Valid @NotNull TargetWrite> targets,
            @Size(max = 500) List<@Valid @NotNull ObligationWrite> obligations) {

        boolean hasContent() {
            return tasks != null && !tasks.isEmpty() || targets != null && !targets.isEmpty()
                    || obligations != null && !obligations.isEmpty();
        }
    }

    public record PlanView(String id, Integer number, String symbol, String reference, String issuerId, String title,
            String issuePlace, LocalDate issueDate, int periodStart, int periodEnd,
            @JsonProperty("implements") String implementsText,
            List<LegalReferenceDto> legalBases, List<String> purposes, SignerDto signer, List<String> recipients,
            String parentPlanId, PlanStatus status, long version, Instant createdAt, Instant updatedAt) {

        static PlanView of(Plan plan) {
            SignerDto signer = plan.signerName == null ? null
                    : new SignerDto(plan.signerName, plan.signerPosition, plan.signerCapacity);
            return new PlanView(plan.id.toString(), plan.number, plan.symbol, plan.reference(),
                    plan.issuer.id.toString(), plan.title, plan.issuePlace, plan.issueDate, plan.periodStart,
                    plan.periodEnd, plan.implementsText, plan.legalBases.stream().map(LegalReferenceDto::of).toList(),
                    List.copyOf(plan.purposes), signer, List.copyOf(plan.recipients),
                    plan.parentPlan == null ? null : plan.parentPlan.id.toString(), plan.status, plan.version,
                    plan.createdAt, plan.updatedAt);
        }
    }

    /**
     * When a task is due: a day (BY_DATE), a month or a quarter of a year (BY_MONTH, BY_QUARTER: due on
     * its last day, which is returned as {@code dueDate}), the whole period or continuous.
     */
    public record TimeFrameDto(@NotNull TimeFrameKind kind, LocalDate dueDate,
            @Min(1945) @Max(2200) Integer year, @Min(1) @Max(12) Integer month, @Min(1) @Max(4) Integer quarter,
            @Size(max = 300) String text) {

        static TimeFrameDto of(PlanTask task) {
            LocalDate due = task.timeFrameDueDate;
            boolean month = task.timeFrameKind == TimeFrameKind.BY_MONTH;
            boolean quarter = task.timeFrameKind == TimeFrameKind.BY_QUARTER;
            return new TimeFrameDto(task.timeFrameKind, due, month || quarter ? due.getYear() : null,
                    month ? due.getMonthValue() : null, quarter ? TimeFrames.quarterOf(due) : null,
                    task.timeFrameText);
        }
    }

    public record PlanTaskWrite(
            @NotBlank @Size(max = 20) String ordinal,
            @NotBlank @Size(max = 20_000) String content,
            @Size(max = 500) String directedBy,
            // the plan names its units in an order that matters (the first leads); a plain Set loses it
            @JsonDeserialize(as = LinkedHashSet.class) @Size(max = 500)
                    Set<@NotBlank @Size(max = 64) String> leadUnitIds,
            @JsonDeserialize(as = LinkedHashSet.class) @Size(max = 500)
                    Set<@NotBlank @Size(max = 64) String> coordinatingUnitIds,
            @Size(max = 2000) String leadText,
            @Size(max = 2000) String coordinatingText,
            @Valid @NotNull TimeFrameDto timeFrame,
            // absent: TASK
            TaskSection section,
            @JsonDeserialize(as = LinkedHashSet.class) @Size(max = 100)
                    Set<@NotBlank @Size(max = 64) String> leadGroupIds,
            @JsonDeserialize(as = LinkedHashSet.class) @Size(max = 100)
                    Set<@NotBlank @Size(max = 64) String> coordinatingGroupIds) {

        /** A task of the plan's content naming units only. */
        public PlanTaskWrite(String ordinal, String content, String directedBy, Set<String> leadUnitIds,
                Set<String> coordinatingUnitIds, String leadText, String coordinatingText, TimeFrameDto timeFrame) {
            this(ordinal, content, directedBy, leadUnitIds, coordinatingUnitIds, leadText, coordinatingText, timeFrame,
                    null, null, null);
        }
    }

    public record PlanTaskView(String id, String planId, String ordinal, String content, String directedBy,
            TaskSection section, List<String> leadUnitIds, List<String> leadGroupIds,
            List<String> coordinatingUnitIds, List<String> coordinatingGroupIds, String leadText,
            String coordinatingText, TimeFrameDto timeFrame, long version) {

        static PlanTaskView of(PlanTask task) {
            return new PlanTaskView(task.id.toString(), task.plan.id.toString(), task.ordinal, task.content,
                    task.directedBy, task.section, ids(task.leadUnits), groupIds(task.leadGroups),
                    ids(task.coordinatingUnits), groupIds(task.coordinatingGroups), task.leadText,
                    task.coordinatingText, TimeFrameDto.of(task), task.version);
        }

        private static List<String> ids(List<OrgUnit> units) {
            return units.stream().map(unit -> unit.id.toString()).toList();
        }

        private static List<String> groupIds(List<UnitGroup> groups) {
            return groups.stream().map(group -> group.id.toString()).toList();
        }
    }

    public record PopulationDto(@NotBlank @Size(max = 64) String groupId, @NotNull PopulationBasis basis) {
    }

    public record MeasureDto(@NotNull MeasureKind kind, @Size(max = 64) String obligationId,
            @Size(max = 40) String minimumRating) {
    }

    public record TargetWrite(
            @NotBlank @Size(max = 20) String ordinal,
            @NotBlank @Size(max = 5000) String statement,
            Comparator comparator,
            @DecimalMin("0") @DecimalMax("100") BigDecimal thresholdPercent,
            @Valid @NotNull PopulationDto population,
            @Valid @NotNull MeasureDto measure,
            MissingData missingData,
            Boolean allowMetOnPartialData) {
    }

    public record VerdictWrite(@NotNull Boolean met, @NotBlank @Size(max = 2000) String reason) {
    }

    public record VerdictView(boolean met, String reason, Instant recordedAt) {
    }

    public record TargetView(String id, String planId, String ordinal, String statement, Comparator comparator,
            BigDecimal thresholdPercent, PopulationDto population, MeasureDto measure, MissingData missingData,
            boolean allowMetOnPartialData, VerdictView verdict, long version) {

        static TargetView of(Target target) {
            return new TargetView(target.id.toString(), target.plan.id.toString(), target.ordinal, target.statement,
                    target.comparator, target.thresholdPercent == null ? null : target.thresholdPercent.stripTrailingZeros(),
                    new PopulationDto(target.group.id.toString(), target.basis),
                    new MeasureDto(target.measureKind,
                            target.obligation == null ? null : target.obligation.id.toString(), target.minimumRating),
                    target.missingData, target.allowMetOnPartialData,
                    target.verdictMet == null ? null
                            : new VerdictView(target.verdictMet, target.verdictReason, target.verdictRecordedAt),
                    target.version);
        }
    }

    public record ObligationWrite(
            @NotNull ObligationKind kind,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 64) String groupId,
            LocalDate dueDate,
            @Pattern(regexp = "--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])") String dueMonthDay,
            @Min(0) @Max(365) Integer graceDays,
            @Size(max = 500) String sourcePhrase,
            @Size(max = 300) String recipient) {
    }

    public record ObligationView(String id, String planId, ObligationKind kind, String title, String groupId,
            LocalDate dueDate, String dueMonthDay, int graceDays, String sourcePhrase, String recipient, long version) {

        static ObligationView of(Obligation obligation) {
            return new ObligationView(obligation.id.toString(), obligation.plan.id.toString(), obligation.kind,
                    obligation.title, obligation.group.id.toString(), obligation.dueDate, obligation.dueMonthDay,
                    obligation.graceDays, obligation.sourcePhrase, obligation.recipient, obligation.version);
        }
    }

    public record PeriodView(String id, String obligationId, int year, LocalDate dueDate) {

        static PeriodView of(ObligationPeriod period) {
            return new PeriodView(period.id.toString(), period.obligation.id.toString(), period.year, period.dueDate);
        }
    }

    public record ExtensionWrite(@NotBlank @Size(max = 64) String periodId, @NotBlank @Size(max = 64) String unitId,
            @NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ExtensionView(String id, String obligationId, String periodId, String unitId, LocalDate dueDate,
            String reason, long version) {

        static ExtensionView of(ObligationExtension extension) {
            return new ExtensionView(extension.id.toString(), extension.obligation.id.toString(),
                    extension.period.id.toString(), extension.unit.id.toString(), extension.dueDate, extension.reason,
                    extension.version);
        }
    }
}
