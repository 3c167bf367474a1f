package org.danvan.assessment;

/**
 * DRAFT -> SUBMITTED -> APPRAISED -> FINAL; return (SUBMITTED -> DRAFT), reconsider (APPRAISED ->
 * SUBMITTED) and reopen (FINAL -> APPRAISED) go back, each with a reason.
 */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPRAISED,
    FINAL
}
