package org.danvan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The shapes of {@code /api/v1/models}, as openapi.yaml names them. */
public final class ModelDtos {

    private ModelDtos() {
    }

    public record OutcomeDto(@NotBlank @Size(max = 20000) String description, @Size(max = 5000) String results,
            LocalDate reportedOn) {
    }

    public record RecognitionDto(@NotNull RecognitionLevel level, @NotBlank @Size(max = 60) String decisionNumber,
            @NotNull LocalDate decisionDate) {
    }

    /** ModelUpdate: what the unit writes about its model. */
    public record ModelUpdate(
            @NotBlank @Size(max = 500) String name,
            @NotNull ModelField field,
            @Size(max = 20000) String goals,
            @Size(max = 5000) String beneficiaries,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull LocalDate registrationDate,
            @Valid OutcomeDto outcome) {
    }

    /** ModelCreate: the unit's registration, optionally against a plan and a MODEL_REGISTRATION period. */
    public record ModelCreate(
            @NotBlank @Size(max = 64) String unitId,
            @Size(max = 64) String planId,
            @Size(max = 64) String periodId,
            @NotBlank @Size(max = 500) String name,
            @NotNull ModelField field,
            @Size(max = 20000) String goals,
            @Size(max = 5000) String beneficiaries,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull LocalDate registrationDate,
            @Valid OutcomeDto outcome) {

        ModelUpdate content() {
            return new ModelUpdate(name, field, goals, beneficiaries, startDate, endDate, registrationDate, outcome);
        }
    }

    public record ModelView(String id, String unitId, String name, ModelField field, String goals,
            String beneficiaries, LocalDate startDate, LocalDate endDate, LocalDate registrationDate, String planId,
            String periodId, LocalDate effectiveDueDate, org.danvan.submission.Timeliness timeliness,
            OutcomeDto outcome, RecognitionDto recognition, long version, Instant createdAt, Instant updatedAt) {
    }

    public record ModelCount(String key, String label, long total, long recognized) {
    }

    public record ModelCounts(String groupBy, Integer year, long total, long recognized, List<ModelCount> items) {
    }
}
