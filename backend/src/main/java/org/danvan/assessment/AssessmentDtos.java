package org.danvan.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.danvan.orgunit.OrgUnitKind;
import org.danvan.rubric.RubricDtos.PointsDto;
import org.danvan.rubric.RubricDtos.ScoreView;

/** The shapes of {@code openapi.yaml} for assessments and ratings. */
public final class AssessmentDtos {

    private AssessmentDtos() {
    }

    public record EvidenceDto(@NotBlank @Size(max = 300) String label, @Size(max = 2000) String url,
            @Size(max = 64) String attachmentId) {
    }

    public record SelfScoreDto(@NotBlank @Size(max = 30) String code,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal points,
            @Size(max = 4000) String note,
            @Size(max = 20) List<@NotNull @Valid EvidenceDto> evidence) {
    }

    public record SelfWrite(@Size(max = 4000) String note,
            @Size(max = 500) List<@NotNull @Valid SelfScoreDto> scores,
            @Size(max = 50) List<@NotNull @Valid PointsDto> bonuses) {
    }

    public record AppraisedScoreDto(@NotBlank @Size(max = 30) String code,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal points,
            @Size(max = 2000) String reason) {
    }

    public record AppraisalWrite(@Size(max = 4000) String note, @NotNull Boolean eligible,
            @Size(max = 2000) String ineligibilityReason,
            @Size(max = 500) List<@NotNull @Valid AppraisedScoreDto> scores,
            @Size(max = 50) List<@NotNull @Valid PointsDto> bonuses) {
    }

    public record AssessmentCreate(@NotBlank @Size(max = 64) String unitId, @NotBlank @Size(max = 64) String rubricId,
            @NotNull @Min(1945) @Max(2200) Integer year, @NotBlank @Size(max = 64) String periodId) {
    }

    public record FinalizeRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
            @Size(max = 2000) String reason) {
    }

    /** One criterion's line as stored (JSON) and shown: the unit's side and the appraisal's. */
    public record ScoreLine(String code, BigDecimal selfPoints, String note, List<EvidenceDto> evidence,
            BigDecimal appraisedPoints, String appraisalReason) {

        public ScoreLine {
            evidence = evidence == null ? List.of() : evidence;
        }

        boolean empty() {
            return selfPoints == null && note == null && evidence.isEmpty() && appraisedPoints == null
                    && appraisalReason == null;
        }
    }

    public record BonusLine(String code, BigDecimal selfPoints, BigDecimal appraisedPoints) {

        boolean empty() {
            return selfPoints == null && appraisedPoints == null;
        }
    }

    public record RatingView(String levelCode, String levelLabelVi, String levelLabelEn, BigDecimal total,
            BigDecimal percent, String decisionNumber, LocalDate decisionDate, Instant finalizedAt) {
    }

    public record AssessmentView(String id, String unitId, String unitName, OrgUnitKind unitKind, String rubricId,
            int year, String periodId, String submissionId, AssessmentStatus status, boolean eligible,
            String ineligibilityReason, String selfNote, String appraisalNote, List<ScoreLine> scores,
            List<BonusLine> bonuses, int lateReports, int missingReports, ScoreView selfScore,
            ScoreView appraisedScore, RatingView rating, Instant submittedAt, Instant appraisedAt, long version,
            Instant createdAt, Instant updatedAt) {
    }

    public record TransitionView(AssessmentStatus fromStatus, AssessmentStatus toStatus, String actor, Instant at,
            String reason) {

        static TransitionView of(AssessmentTransition t) {
            return new TransitionView(t.fromStatus, t.toStatus, t.actor, t.at, t.reason);
        }
    }

    /** An evidence file of a criterion row: the attachment of the sheet's submission that holds it. */
    public record EvidenceFileView(String id, String criterionCode, String fileName, String mediaType, long sizeBytes,
            String sha256, Instant createdAt) {

        static EvidenceFileView of(String criterionCode, org.danvan.submission.SubmissionDtos.AttachmentView a) {
            return new EvidenceFileView(a.id(), criterionCode, a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(),
                    a.createdAt());
        }
    }

    // ---- ratings ----

    public record KindCount(OrgUnitKind kind, long units) {
    }

    public record LevelCount(String code, String labelVi, String labelEn, BigDecimal minPercentInclusive, long units,
            List<KindCount> byKind) {
    }

    public record RubricRatings(String rubricId, String rubricName, String decisionNumber, long rated,
            long notEligible, List<LevelCount> levels) {
    }

    public record RatingDistribution(int year, OrgUnitKind kind, List<RubricRatings> rubrics) {
    }

    public record RatedUnit(String assessmentId, String unitId, String unitName, OrgUnitKind unitKind,
            String rubricId, int year, boolean eligible, String ineligibilityReason, String levelCode,
            String levelLabelVi, String levelLabelEn, BigDecimal total, BigDecimal percent, String decisionNumber,
            LocalDate decisionDate) {
    }
}
