package org.danvan.plan;

/** How a target's value compares with its threshold: "100%" is GTE 100, "trên 90%" is GT 90. */
public enum Comparator {
    GTE,
    GT
}
