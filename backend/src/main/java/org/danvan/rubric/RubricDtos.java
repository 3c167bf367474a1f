package org.danvan.rubric;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.danvan.orgunit.OrgUnitKind;

/** The shapes of {@code openapi.yaml} for rubrics and scores. */
public final class RubricDtos {

    private RubricDtos() {
    }

    /** Bands offered when creating a rubric. */
    public enum BandPreset {
        CLASSIC(List.of(
                new BandDto("TOT", "Tốt", "Good", BigDecimal.valueOf(80)),
                new BandDto("KHA", "Khá", "Fair", BigDecimal.valueOf(70)),
                new BandDto("TRUNG_BINH", "Trung bình", "Average", BigDecimal.valueOf(50)),
                new BandDto("KEM", "Kém", "Poor", BigDecimal.ZERO))),
        /** Nghị định 335/2025/NĐ-CP, from 2026. */
        ND_335_2025(List.of(
                new BandDto("HOAN_THANH_XUAT_SAC", "Hoàn thành xuất sắc nhiệm vụ", "Excellently fulfilled",
                        BigDecimal.valueOf(90)),
                new BandDto("HOAN_THANH_TOT", "Hoàn thành tốt nhiệm vụ", "Well fulfilled", BigDecimal.valueOf(70)),
                new BandDto("HOAN_THANH", "Hoàn thành nhiệm vụ", "Fulfilled", BigDecimal.valueOf(50)),
                new BandDto("KHONG_HOAN_THANH", "Không hoàn thành nhiệm vụ", "Not fulfilled", BigDecimal.ZERO)));

        private final List<BandDto> bands;

        BandPreset(List<BandDto> bands) {
            this.bands = bands;
        }

        public List<BandDto> bands() {
            return bands;
        }
    }

    public record KindMaximumDto(@NotNull OrgUnitKind kind,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal maxPoints) {
    }

    public record CriterionDto(
            @NotBlank @Size(max = 30) String code,
            @Size(max = 30) String parentCode,
            @NotBlank @Size(max = 2000) String title,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal maxPoints,
            @Size(max = 4000) String evidence,
            @Size(max = 8) Set<@NotNull OrgUnitKind> notApplicableTo,
            @Size(max = 8) List<@NotNull @Valid KindMaximumDto> kindMaxima) {

        public CriterionDto {
            notApplicableTo = notApplicableTo == null ? Set.of() : notApplicableTo;
            kindMaxima = kindMaxima == null ? List.of() : kindMaxima;
        }
    }

    public record BonusRuleDto(
            @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 2000) String description,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal maxPoints) {
    }

    public record DeductionRuleDto(
            @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 2000) String description,
            @NotNull Scoring.Basis basis,
            @NotNull @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal pointsEach,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal maxPoints) {
    }

    public record BandDto(
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String labelVi,
            @NotBlank @Size(max = 200) String labelEn,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal minPercentInclusive) {
    }

    public record RubricWrite(
            @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 100) String decisionNumber,
            LocalDate decisionDate,
            @NotBlank @Size(max = 64) String issuerUnitId,
            @NotNull @Min(1945) @Max(2200) Integer validFromYear,
            @Min(1945) @Max(2200) Integer validToYear,
            @NotNull @Size(max = 500) List<@NotNull @Valid CriterionDto> criteria,
            @Size(max = 50) List<@NotNull @Valid BonusRuleDto> bonusRules,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal bonusCap,
            @Size(max = 50) List<@NotNull @Valid DeductionRuleDto> deductionRules,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal deductionCap,
            @Size(max = 20) List<@NotNull @Valid BandDto> bands,
            BandPreset bandPreset) {
    }

    /** What {@link Rubric#content} holds, as JSON. */
    public record RubricContent(List<CriterionDto> criteria, List<BonusRuleDto> bonusRules, BigDecimal bonusCap,
            List<DeductionRuleDto> deductionRules, BigDecimal deductionCap, List<BandDto> bands) {
    }

    public record RubricView(String id, String name, String decisionNumber, LocalDate decisionDate,
            String issuerUnitId, int validFromYear, Integer validToYear, int versionNumber, String previousVersionId,
            RubricStatus status, Instant frozenAt, List<CriterionDto> criteria, List<BonusRuleDto> bonusRules,
            BigDecimal bonusCap, List<DeductionRuleDto> deductionRules, BigDecimal deductionCap, List<BandDto> bands,
            List<KindMaximumDto> maxima, long version, Instant createdAt, Instant updatedAt) {

        static RubricView of(Rubric rubric, RubricContent content) {
            Scoring.Rubric model = RubricService.model(content);
            List<KindMaximumDto> maxima = Arrays.stream(OrgUnitKind.values())
                    .map(kind -> new KindMaximumDto(kind, Scoring.applicableMaximum(model, kind))).toList();
            return new RubricView(rubric.id.toString(), rubric.name, rubric.decisionNumber, rubric.decisionDate,
                    rubric.issuer.id.toString(), rubric.validFromYear, rubric.validToYear, rubric.versionNumber,
                    rubric.previousVersion == null ? null : rubric.previousVersion.id.toString(), rubric.status,
                    rubric.frozenAt, content.criteria(), content.bonusRules(), content.bonusCap(),
                    content.deductionRules(), content.deductionCap(), content.bands(), maxima, rubric.version,
                    rubric.createdAt, rubric.updatedAt);
        }
    }

    public record PointsDto(@NotBlank @Size(max = 30) String code,
            @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal points) {
    }

    public record ScoreRequest(
            @NotNull OrgUnitKind unitKind,
            @Size(max = 500) List<@NotNull @Valid PointsDto> points,
            @Size(max = 50) List<@NotNull @Valid PointsDto> bonuses,
            @Min(0) @Max(10_000) Integer lateReports,
            @Min(0) @Max(10_000) Integer missingReports) {
    }

    public record BonusLineDto(String code, BigDecimal claimed, BigDecimal granted) {
    }

    public record DeductionLineDto(String code, Scoring.Basis basis, int count, BigDecimal points) {
    }

    public record ScoreView(OrgUnitKind unitKind, BigDecimal applicableMaximum, BigDecimal rawScore,
            List<BonusLineDto> bonuses, BigDecimal bonusTotal, List<DeductionLineDto> deductions,
            BigDecimal deductionTotal, BigDecimal total, BigDecimal percent, boolean rated, boolean scored,
            BandDto band) {

        public static ScoreView of(Scoring.Result result) {
            Scoring.Band band = result.band();
            return new ScoreView(result.kind(), result.applicableMaximum(), result.rawScore(),
                    result.bonuses().stream().map(b -> new BonusLineDto(b.code(), b.claimed(), b.granted())).toList(),
                    result.bonusTotal(),
                    result.deductions().stream()
                            .map(d -> new DeductionLineDto(d.code(), d.basis(), d.count(), d.points())).toList(),
                    result.deductionTotal(), result.total(), result.percent(), result.rated(), result.scored(),
                    band == null ? null
                            : new BandDto(band.code(), band.labelVi(), band.labelEn(), band.minPercentInclusive()));
        }
    }
}
