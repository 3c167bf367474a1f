package org.danvan.submission;

/** Fixed by the first submission against the effective due date plus grace days. */
public enum Timeliness {
    ON_TIME,
    LATE
}
