package org.danvan.plan;

/** How a target is measured (see DESIGN.md, Target). */
public enum MeasureKind {
    SUBMISSION,
    RATING,
    REPORTED,
    MANUAL
}
