package org.danvan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.danvan.plan.Comparator;
import org.danvan.report.ReportDtos.AttainmentStatus;

/** The attainment arithmetic: percentages with one decimal, and thresholds compared exactly. */
public final class Rates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
    }

    /** {@code part / whole} in percent, one decimal, half up; null when there is no whole. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * Whether {@code numerator / denominator} meets the threshold, on the exact ratio rather than
     * the rounded percentage: 899 of 1,000 is not "trên 90%" even if it would print as 89.9.
     */
    public static AttainmentStatus status(long numerator, long denominator, Comparator comparator, BigDecimal threshold) {
        if (denominator <= 0) {
            return AttainmentStatus.NO_DATA;
        }
        int cmp = BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .compareTo(threshold.multiply(BigDecimal.valueOf(denominator)));
        boolean met = comparator == Comparator.GT ? cmp > 0 : cmp >= 0;
        return met ? AttainmentStatus.MET : AttainmentStatus.NOT_MET;
    }
}
