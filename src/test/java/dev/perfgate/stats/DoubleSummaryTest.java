package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

class DoubleSummaryTest {

    @Test
    void evenCountMedianIsTheArithmeticMidpoint() {
        DoubleSummary s = DoubleSummary.of(new double[] {4.0, 1.0, 2.0, 3.0});
        assertEquals(2.5, s.median(), 0.0);
        assertEquals(1.0, s.min(), 0.0);
        assertEquals(4.0, s.max(), 0.0);
    }

    @Test
    void statisticsMatchCommonsMath() {
        double[] values = {0.5, -1.25, 3.75, 2.0, 2.0, 9.5, -4.0};
        DescriptiveStatistics ref = new DescriptiveStatistics(values);
        DoubleSummary s = DoubleSummary.of(values);
        assertEquals(ref.getPercentile(50), s.median(), 1e-12);
        assertEquals(ref.getMean(), s.mean(), 1e-12);
        assertEquals(ref.getStandardDeviation(), s.stddev(), 1e-12);
    }

    @Test
    void singleValueHasZeroStddev() {
        assertEquals(new DoubleSummary(7.5, 7.5, 7.5, 7.5, 0.0), DoubleSummary.of(new double[] {7.5}));
    }

    @Test
    void emptyOrNonFiniteInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DoubleSummary.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> DoubleSummary.of(new double[] {1.0, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> DoubleSummary.of(new double[] {Double.POSITIVE_INFINITY}));
    }

    @Test
    void pairedDifferencesCarryTheSameFigures() {
        double[] diffs = {-2.0, 4.0, 1.0, 3.0};
        PairedDifferences d = PairedDifferences.of(diffs);
        DoubleSummary s = DoubleSummary.of(diffs);
        assertEquals(new PairedDifferences(4, s.mean(), 2.0, s.stddev(), -2.0, 4.0), d);
        assertEquals(1.5, d.mean(), 0.0);
    }

    @Test
    void pairedDifferencesOfOnePairHaveZeroStdDev() {
        assertEquals(new PairedDifferences(1, -3.0, -3.0, 0.0, -3.0, -3.0), PairedDifferences.of(new double[] {-3.0}));
    }
}
