package org.danvan.plan;

/**
 * What a target does with the units of its population that have no data yet (no accepted report,
 * no final rating): count them in the denominator as not meeting it, or leave them out.
 */
public enum MissingData {
    /** In the denominator as not meeting the target: a unit, or for REPORTED its officials of the year. */
    COUNT_AS_NOT_MET,
    /** Out of the denominator: the value is over the units with data only. */
    EXCLUDE
}
