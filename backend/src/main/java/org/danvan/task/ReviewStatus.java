package org.danvan.task;

/** Where a unit's task update stands with the coordinator; none before the unit's first update. */
public enum ReviewStatus {
    AWAITING_REVIEW, RETURNED, ACCEPTED
}
