package org.danvan.plan;

/** DRAFT -> ISSUED -> CLOSED; an issued plan's identity is frozen, a closed plan is read-only. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    CLOSED
}
