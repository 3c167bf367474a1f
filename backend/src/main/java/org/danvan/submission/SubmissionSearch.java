package org.danvan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.danvan.common.ChangeEvents.ObligationRenamed;
import org.danvan.common.ChangeEvents.UnitRenamed;

/**
 * The search text of a submission: its document number, its unit's name and code, its obligation's
 * title with its plan's title and reference. It is written by the database from the folded texts
 * the unit and the obligation keep, so a create reads no row for it and a rename rewrites the
 * dependent rows in one statement. The document number is folded in SQL: symbols are written
 * without diacritics but for Đ (QĐ-UBND), which becomes d.
 */
@ApplicationScoped
public class SubmissionSearch {

    private final EntityManager em;

    public SubmissionSearch(EntityManager em) {
        this.em = em;
    }

    /** The SQL expression of the search text, from a document number, a unit id and an obligation id. */
    public static String expression(String documentNumber, String unitId, String obligationId) {
        return "concat(lower(replace(replace(coalesce(" + documentNumber + ", ''), 'Đ', 'D'), 'đ', 'd')), ' ',"
                + " coalesce((select u.search_text from org_unit u where u.id = " + unitId + "), ''), ' ',"
                + " coalesce((select o.search_text from obligation o where o.id = " + obligationId + "), ''))";
    }

    /** Writes the search text of the submissions a condition on {@code submission} selects. */
    public static String refresh(String condition) {
        return "update submission set search_text = "
                + expression("submission.document_number", "submission.unit_id", "submission.obligation_id")
                + " where " + condition;
    }

    /** After a change of the submission's document number. */
    static void refresh(EntityManager em, UUID submissionId) {
        em.createNativeQuery(refresh("id = ?1")).setParameter(1, submissionId).executeUpdate();
    }

    void onUnitRenamed(@Observes UnitRenamed event) {
        em.createNativeQuery(refresh("unit_id = ?1")).setParameter(1, event.unitId()).executeUpdate();
    }

    void onObligationRenamed(@Observes ObligationRenamed event) {
        em.createNativeQuery(refresh("obligation_id = ?1")).setParameter(1, event.obligationId()).executeUpdate();
    }
}
