package org.danvan.rubric;

/** A DRAFT rubric can change; a FROZEN one is in use and never changes again. */
public enum RubricStatus {
    DRAFT,
    FROZEN
}
