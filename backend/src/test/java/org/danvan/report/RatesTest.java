package org.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.danvan.plan.Comparator.GT;
import static org.danvan.plan.Comparator.GTE;
import static org.danvan.report.ReportDtos.AttainmentStatus.MET;
import static org.danvan.report.ReportDtos.AttainmentStatus.NOT_MET;
import static org.danvan.report.ReportDtos.AttainmentStatus.NO_DATA;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The attainment arithmetic: one decimal half up, and thresholds compared on the exact ratio. */
class RatesTest {

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void shouldGivePercentWithOneDecimal() {
        assertThat(Rates.percent(3, 4)).isEqualTo(pct("75.0"));
        assertThat(Rates.percent(40, 40)).isEqualTo(pct("100.0"));
        assertThat(Rates.percent(0, 7)).isEqualTo(pct("0.0"));
        assertThat(Rates.percent(899, 1000)).isEqualTo(pct("89.9"));
        assertThat(Rates.percent(31, 40)).isEqualTo(pct("77.5"));
    }

    @Test
    void shouldRoundHalfUp() {
        assertThat(Rates.percent(1, 3)).isEqualTo(pct("33.3"));
        assertThat(Rates.percent(2, 3)).isEqualTo(pct("66.7"));
        // 6.25 -> 6.3 (half even would give 6.2)
        assertThat(Rates.percent(1, 16)).isEqualTo(pct("6.3"));
        // 0.05 -> 0.1
        assertThat(Rates.percent(1, 2000)).isEqualTo(pct("0.1"));
        assertThat(Rates.percent(1, 2001)).isEqualTo(pct("0.0"));
        // 89.99 -> 90.0
        assertThat(Rates.percent(8999, 10000)).isEqualTo(pct("90.0"));
    }

    @Test
    void shouldGiveNoPercentForAnEmptyDenominator() {
        assertThat(Rates.percent(0, 0)).isNull();
        assertThat(Rates.percent(5, 0)).isNull();
    }

    @Test
    void shouldTellGtFromGteAtTheExactEdge() {
        // "trên 90%": exactly 90% is not above it
        assertThat(Rates.status(90, 100, GT, pct("90"))).isEqualTo(NOT_MET);
        assertThat(Rates.status(91, 100, GT, pct("90"))).isEqualTo(MET);
        assertThat(Rates.status(90, 100, GTE, pct("90"))).isEqualTo(MET);
        assertThat(Rates.status(89, 100, GTE, pct("90"))).isEqualTo(NOT_MET);
        // "100%"
        assertThat(Rates.status(100, 100, GTE, pct("100"))).isEqualTo(MET);
        assertThat(Rates.status(99, 100, GTE, pct("100"))).isEqualTo(NOT_MET);
        assertThat(Rates.status(999, 1000, GTE, pct("100.00"))).isEqualTo(NOT_MET);
    }

    @Test
    void shouldCompareTheExactRatioNotTheRoundedPercent() {
        // 89.9% is not above 90, and neither is 90.0% printed from 89.99%
        assertThat(Rates.status(899, 1000, GT, pct("90"))).isEqualTo(NOT_MET);
        assertThat(Rates.percent(8999, 10000)).isEqualTo(pct("90.0"));
        assertThat(Rates.status(8999, 10000, GTE, pct("90"))).isEqualTo(NOT_MET);
        // 9001 of 10000 prints 90.0 but is above 90
        assertThat(Rates.percent(9001, 10000)).isEqualTo(pct("90.0"));
        assertThat(Rates.status(9001, 10000, GT, pct("90"))).isEqualTo(MET);
        // 2 of 3 is 66.666...%, below 66.67 although printed 66.7
        assertThat(Rates.status(2, 3, GTE, pct("66.67"))).isEqualTo(NOT_MET);
        assertThat(Rates.status(2, 3, GTE, pct("66.66"))).isEqualTo(MET);
    }

    @Test
    void shouldCompareThresholdsWithDecimals() {
        assertThat(Rates.status(925, 1000, GTE, pct("92.5"))).isEqualTo(MET);
        assertThat(Rates.status(924, 1000, GTE, pct("92.5"))).isEqualTo(NOT_MET);
        assertThat(Rates.status(925, 1000, GT, pct("92.5"))).isEqualTo(NOT_MET);
    }

    @Test
    void shouldHaveNoDataForAnEmptyDenominator() {
        assertThat(Rates.status(0, 0, GTE, pct("100"))).isEqualTo(NO_DATA);
        assertThat(Rates.status(0, 0, GT, pct("0"))).isEqualTo(NO_DATA);
        assertThat(Rates.status(0, 5, GTE, pct("0"))).isEqualTo(MET);
        assertThat(Rates.status(0, 5, GT, pct("0"))).isEqualTo(NOT_MET);
    }
}
