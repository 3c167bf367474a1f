package org.danvan.plan;

/** What a target counts: the group's units, or their officials. */
public enum PopulationBasis {
    UNITS,
    OFFICIALS
}
