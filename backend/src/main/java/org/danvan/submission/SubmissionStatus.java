package org.danvan.submission;

/** DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED -> ACCEPTED; reopen takes ACCEPTED back to SUBMITTED. */
public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
