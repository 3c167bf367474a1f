package org.danvan.submission;

/** DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED -> ACCEPTED; reopen takes ACCEPTED back to SUBMITTED. */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Submitted at least once: what completeness counts. */
    public boolean isSubmitted() {
        return this != DRAFT;
    }
}
