package org.danvan.planimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.danvan.plan.Comparator;
import org.danvan.plan.LegalReferenceType;
import org.danvan.plan.ObligationKind;
import org.danvan.plan.SigningCapacity;
import org.danvan.plan.TaskSection;
import org.danvan.plan.TimeFrameKind;

/** The {@code PlanDraft} of openapi.yaml: a plan read from a document, each value with its source. */
public record PlanDraft(
        String text,
        DocumentType documentType,
        String number,
        Integer numberValue,
        String symbol,
        String issuer,
        String issuerUnitId,
        String issuePlace,
        LocalDate issueDate,
        String title,
        Integer periodStart,
        Integer periodEnd,
        @JsonProperty("implements") String implementsText,
        Map<String, Span> sources,
        List<LegalBasis> legalBases,
        List<DraftText> purposes,
        List<Task> tasks,
        List<Task> duties,
        List<TargetDraft> targets,
        List<Deadline> deadlines,
        List<Responsibility> responsibilities,
        List<DraftText> recipients,
        Signer signer,
        List<Warning> warnings) {

    public enum DocumentType {
        KE_HOACH, BAO_CAO, QUYET_DINH, CHI_THI, CHUONG_TRINH, HUONG_DAN, THONG_BAO, TO_TRINH, QUY_CHE, QUY_DINH,
        NGHI_QUYET, KET_LUAN, CONG_VAN, NEWS_ARTICLE, UNKNOWN
    }

    public enum Population {
        UNITS, COMMUNES, OFFICIALS, OTHER
    }

    public record DraftText(String text, Span source) {
    }

    public record LegalBasis(LegalReferenceType type, String number, LocalDate date, String issuingBody, Span source) {
    }

    /** A unit as named, with the org unit it matched, or else the unit group it matched; neither: unmatched. */
    public record UnitRef(String text, String unitId, String unitName, String groupId, String groupName, Span source) {

        public UnitRef(String text, String unitId, String unitName, Span source) {
            this(text, unitId, unitName, null, null, source);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean matched() {
            return unitId != null || groupId != null;
        }
    }

    /** A month or a quarter carries its year and number, and its last day as the due date. */
    public record TimeFrame(TimeFrameKind kind, LocalDate dueDate, Integer year, Integer month, Integer quarter,
            String text) {
    }

    /** A task of the plan's content (section TASK) or a duty of its "Tổ chức thực hiện" section (DUTY). */
    public record Task(String ordinal, TaskSection section, String content, String directedBy, String leadText,
            List<UnitRef> leadUnits, String coordinatingText, List<UnitRef> coordinatingUnits, TimeFrame timeFrame,
            Span source) {
    }

    public record TargetDraft(String ordinal, String statement, Comparator comparator, BigDecimal thresholdPercent,
            Population population, Span source) {
    }

    public record Deadline(LocalDate dueDate, String dueMonthDay, String what, String phrase, ObligationKind kind,
            Span source) {
    }

    public record Responsibility(UnitRef unit, List<String> duties, Span source) {
    }

    public record Signer(String name, String position, SigningCapacity capacity, Span source) {
    }

    /** {@code message} is filled in the request's language by the service; {@code args} feed it. */
    public record Warning(String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Span source,
            @com.fasterxml.jackson.annotation.JsonIgnore List<Object> args) {

        public static Warning of(String code, Span source, Object... args) {
            return new Warning(code, null, source, List.of(args));
        }

        public Warning withMessage(String text) {
            return new Warning(code, text, source, args);
        }
    }

    /** Whether nothing of an administrative document was found. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return documentType == DocumentType.UNKNOWN && number == null && symbol == null && issueDate == null
                && title == null && legalBases.isEmpty() && tasks.isEmpty() && duties.isEmpty() && targets.isEmpty()
                && deadlines.isEmpty() && purposes.isEmpty() && responsibilities.isEmpty() && signer == null;
    }

    public PlanDraft withWarnings(List<Warning> rendered) {
        return new PlanDraft(text, documentType, number, numberValue, symbol, issuer, issuerUnitId, issuePlace,
                issueDate, title, periodStart, periodEnd, implementsText, sources, legalBases, purposes, tasks,
                duties, targets, deadlines, responsibilities, recipients, signer, rendered);
    }
}
