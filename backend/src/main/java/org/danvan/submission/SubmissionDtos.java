package org.danvan.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The shapes of {@code openapi.yaml} for submissions. */
public final class SubmissionDtos {

    private SubmissionDtos() {
    }

    public record SectionsDto(@Size(max = 50_000) String results, @Size(max = 50_000) String shortcomings,
            @Size(max = 50_000) String causes, @Size(max = 50_000) String directions,
            @Size(max = 50_000) String recommendations) {
    }

    public record ValueDto(@NotBlank @Size(max = 64) String targetId,
            @NotNull @Min(0) @Max(100_000_000) Long numerator, @NotNull @Min(0) @Max(100_000_000) Long denominator) {
    }

    public record SubmissionCreate(@NotBlank @Size(max = 64) String periodId, @NotBlank @Size(max = 64) String unitId,
            @Valid SectionsDto sections, @Size(max = 100) List<@Valid @NotNull ValueDto> values,
            @Size(max = 60) String documentNumber, LocalDate documentDate) {

        SubmissionUpdate content() {
            return new SubmissionUpdate(sections, values, documentNumber, documentDate);
        }
    }

    public record SubmissionUpdate(@Valid SectionsDto sections, @Size(max = 100) List<@Valid @NotNull ValueDto> values,
            @Size(max = 60) String documentNumber, LocalDate documentDate) {
    }

    public record SubmissionView(String id, String planId, String obligationId, String periodId, String unitId,
            String unitName, SubmissionStatus status, SectionsDto sections, List<ValueDto> values, String documentNumber,
            LocalDate documentDate, LocalDate effectiveDueDate, Timeliness timeliness, Instant firstSubmittedAt,
            Instant submittedAt, Instant acceptedAt, long version, Instant createdAt, Instant updatedAt) {
    }

    public record TransitionView(SubmissionStatus fromStatus, SubmissionStatus toStatus, String actor, Instant at,
            String reason) {

        static TransitionView of(SubmissionTransition t) {
            return new TransitionView(t.fromStatus, t.toStatus, t.actor, t.at, t.reason);
        }
    }

    public record AttachmentView(String id, String fileName, String mediaType, long sizeBytes, String sha256,
            Instant createdAt) {

        /** The file as lists show it (schema Attachment), whoever owns it. */
        public static AttachmentView of(StoredFile file) {
            return new AttachmentView(file.id.toString(), file.fileName, file.mediaType, file.sizeBytes, file.sha256,
                    file.createdAt);
        }
    }
}
