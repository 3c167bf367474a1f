package org.danvan.report;

import java.math.BigDecimal;
import org.danvan.plan.MeasureKind;
import org.danvan.plan.MissingData;
import org.danvan.plan.PopulationBasis;
import org.danvan.plan.Target;
import org.danvan.report.ReportDtos.AttainmentStatus;

/**
 * What a target's figures add up to, for its whole population or one kind of unit, and the rules
 * that turn them into a value and an honest status, with no container.
 *
 * <p>{@code dataDenominator} is the denominator of the units with data; {@code units} the
 * population; {@code unitsNotEligible} the units a RATING target leaves out (finalized as not
 * eligible); {@code officialsWithoutData} and {@code unitsWithoutHeadcount} the officials of the
 * units without data (their headcount of the year) and how many of them have no headcount.
 */
public record Tally(long numerator, long dataDenominator, long units, long unitsWithData, long unitsNotEligible,
        long officialsWithoutData, long unitsWithoutHeadcount) {

    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0);

    public long unitsWithoutData() {
        return units - unitsWithData - unitsNotEligible;
    }

    public Tally plus(Tally o) {
        return new Tally(numerator + o.numerator, dataDenominator + o.dataDenominator, units + o.units,
                unitsWithData + o.unitsWithData, unitsNotEligible + o.unitsNotEligible,
                officialsWithoutData + o.officialsWithoutData, unitsWithoutHeadcount + o.unitsWithoutHeadcount);
    }

    /**
     * The denominator as the target counts it: SUBMISSION always the whole population; with
     * COUNT_AS_NOT_MET a RATING target adds its unrated units and a REPORTED target over officials
     * the officials of the units that have not reported; with EXCLUDE only the units with data count.
     */
    public long denominator(Target target) {
        boolean countMissing = target.missingData == MissingData.COUNT_AS_NOT_MET;
        return switch (target.measureKind) {
            case SUBMISSION -> units;
            case RATING -> countMissing ? units - unitsNotEligible : unitsWithData;
            case REPORTED -> dataDenominator
                    + (countMissing && target.basis == PopulationBasis.OFFICIALS ? officialsWithoutData : 0);
            case MANUAL -> 0;
        };
    }

    /**
     * Units without data whose weight the denominator does not hold: with EXCLUDE all of them; with
     * COUNT_AS_NOT_MET none, except for REPORTED, where a unit without a headcount (or any unit, when
     * the population is not counted in officials) adds nothing it could have failed.
     */
    public long unweighed(Target target) {
        if (target.missingData == MissingData.EXCLUDE) {
            return unitsWithoutData();
        }
        if (target.measureKind == MeasureKind.REPORTED) {
            return target.basis == PopulationBasis.OFFICIALS ? unitsWithoutHeadcount : unitsWithoutData();
        }
        return 0;
    }

    /** The status with its reason key: NO_DATA until a unit has data, never MET on partial data unless allowed. */
    public Judgement judge(Target target) {
        long denominator = denominator(target);
        if (unitsWithData == 0 || denominator <= 0) {
            String reason = switch (target.measureKind) {
                case RATING -> "reason.no-ratings";
                case SUBMISSION -> units == 0 ? "reason.empty-population" : "reason.nothing-accepted";
                default -> "reason.nothing-reported";
            };
            return new Judgement(AttainmentStatus.NO_DATA, reason, 0);
        }
        AttainmentStatus status = Rates.status(numerator, denominator, target.comparator, target.thresholdPercent);
        long unweighed = unweighed(target);
        if (status == AttainmentStatus.MET && unweighed > 0 && !target.allowMetOnPartialData) {
            boolean headcount = target.missingData == MissingData.COUNT_AS_NOT_MET
                    && target.basis == PopulationBasis.OFFICIALS;
            return new Judgement(AttainmentStatus.NOT_MET,
                    headcount ? "reason.partial-headcount" : "reason.partial-data", unweighed);
        }
        return new Judgement(status, null, 0);
    }

    public BigDecimal percent(Target target) {
        return Rates.percent(numerator, denominator(target));
    }

    /** A status and, when it needs one, the message key of its reason and the count it names. */
    public record Judgement(AttainmentStatus status, String reasonKey, long count) {
    }
}
