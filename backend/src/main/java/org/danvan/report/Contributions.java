package org.danvan.report;

import org.danvan.plan.MeasureKind;

/**
 * What one unit adds to a target, in SQL over {@code s} (its submission for the period, if any) and
 * {@code v} (its reported value for the target): an accepted submission counts 1 of 1 for
 * SUBMISSION; for REPORTED, the figures it reports once accepted. The kept figures and the
 * per-unit lists use this one definition, so the lists add up to the figures.
 */
final class Contributions {

    private Contributions() {
    }

    static String numerator(MeasureKind measure) {
        return measure == MeasureKind.SUBMISSION
                ? "case when s.status = 'ACCEPTED' then 1 else 0 end"
                : "case when s.status = 'ACCEPTED' then coalesce(v.numerator, 0) else 0 end";
    }

    static String denominator(MeasureKind measure) {
        return measure == MeasureKind.SUBMISSION
                ? "1"
                : "case when s.status = 'ACCEPTED' then coalesce(v.denominator, 0) else 0 end";
    }

    static String sums(MeasureKind measure) {
        return "coalesce(sum(" + numerator(measure) + "), 0), coalesce(sum(" + denominator(measure) + "), 0)";
    }
}
