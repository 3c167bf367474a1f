package org.danvan.plan;

/** What units owe under a plan. */
public enum ObligationKind {
    UNIT_PLAN,
    SEMIANNUAL_REPORT,
    ANNUAL_REPORT,
    SELF_ASSESSMENT,
    MODEL_REGISTRATION,
    FIVE_YEAR_REVIEW,
    AD_HOC
}
