package org.danvan.report;

import org.danvan.plan.MeasureKind;
import org.danvan.plan.MissingData;
import org.danvan.plan.PopulationBasis;
import org.danvan.plan.Target;

/**
 * What one unit adds to a target, in SQL over {@code s} (its submission for the period, if any),
 * {@code v} (its reported value for the target) and {@code h} (its headcount of the period's year):
 * an accepted submission counts 1 of 1 for SUBMISSION; for REPORTED, the figures it reports once
 * accepted. A unit has data when its submission is accepted (and, for REPORTED, carries a value for
 * the target). The kept figures and the per-unit lists use these definitions, so the lists add up to
 * the figures.
 */
final class Contributions {

    private Contributions() {
    }

    static String hasData(MeasureKind measure) {
        return measure == MeasureKind.SUBMISSION ? "s.status = 'ACCEPTED'"
                : "(s.status = 'ACCEPTED' and v.target_id is not null)";
    }

    static String numerator(MeasureKind measure) {
        return measure == MeasureKind.SUBMISSION
                ? "case when s.status = 'ACCEPTED' then 1 else 0 end"
                : "case when s.status = 'ACCEPTED' then coalesce(v.numerator, 0) else 0 end";
    }

    /** The denominator of the units with data (what the kept {@code denominator} counter sums). */
    static String denominator(MeasureKind measure) {
        return measure == MeasureKind.SUBMISSION
                ? "1"
                : "case when s.status = 'ACCEPTED' then coalesce(v.denominator, 0) else 0 end";
    }

    /**
     * The denominator a unit adds to the target as it counts: for REPORTED over officials that count
     * units without data as not meeting, those units' officials of the year join it.
     */
    static String countedDenominator(Target target) {
        if (target.measureKind == MeasureKind.REPORTED && target.missingData == MissingData.COUNT_AS_NOT_MET
                && target.basis == PopulationBasis.OFFICIALS) {
            return "case when " + hasData(target.measureKind) + " then coalesce(v.denominator, 0)"
                    + " else coalesce(h.officials, 0) end";
        }
        return denominator(target.measureKind);
    }

    /** numerator, denominator, units, units with data, officials without data, units without data nor headcount. */
    static String sums(MeasureKind measure) {
        String has = hasData(measure);
        return "coalesce(sum(" + numerator(measure) + "), 0), coalesce(sum(" + denominator(measure) + "), 0),"
                + " count(*), coalesce(sum(case when " + has + " then 1 else 0 end), 0),"
                + " coalesce(sum(case when " + has + " then 0 else coalesce(h.officials, 0) end), 0),"
                + " coalesce(sum(case when " + has + " or h.officials is not null then 0 else 1 end), 0)";
    }

    /** The joins behind these expressions, {@code u} being the unit, for period {@code :p}, target {@code :t}, year {@code :year}. */
    static final String JOINS = " left join submission s on s.period_id = :p and s.unit_id = u.id"
            + " left join submission_value v on v.submission_id = s.id and v.target_id = :t"
            + " left join org_unit_headcount h on h.unit_id = u.id and h.headcount_year = :year";
}
