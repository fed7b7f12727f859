package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoiseFiguresTest {

    @Test
    void madQuartilesAndFencesByHand() {
        // Sorted 1..9, 100: median 5.5, absolute deviations have median 2.5 -> robust SD 1.4826 * 2.5.
        // Type-7 quartiles: Q1 = 3 + 0.25 = 3.25, Q3 = 7 + 0.75 = 7.75, IQR 4.5 -> fences -3.5 and 14.5.
        double[] d = {5, 1, 9, 2, 100, 3, 8, 4, 7, 6};
        double[] baseline = {100, 102, 98, 101, 99, 100, 100, 100, 100, 100};
        double[] current = {200, 200, 200, 200, 200, 200, 200, 200, 200, 200};
        NoiseFigures f = NoiseFigures.of(d, baseline, current);
        assertEquals(100 * 1.4826 * 2.5, f.logRatioRobustCvPct(), 1e-9);
        assertEquals(-3.5, f.lowerFence(), 1e-12);
        assertEquals(14.5, f.upperFence(), 1e-12);
        assertEquals(1, f.outliers());
        assertEquals(0.0, f.currentRobustCvPct(), 0.0);
    }

    @Test
    void robustCvOfRawValuesIsRelativeToTheMedian() {
        // Median 100, absolute deviations 0,2,2,1,1 -> MAD 1 -> CV 1.4826%.
        double[] baseline = {100, 102, 98, 101, 99};
        NoiseFigures f = NoiseFigures.of(new double[] {0, 0, 0, 0, 0}, baseline, baseline);
        assertEquals(1.4826, f.baselineRobustCvPct(), 1e-12);
        assertEquals(0, f.outliers());
    }

    @Test
    void outliersAreCountedOnBothSidesButNotRemoved() {
        double[] d = {-1.0, 0.01, 0.02, 0.0, -0.01, 0.015, 0.005, 1.0};
        double[] ones = {1, 1, 1, 1, 1, 1, 1, 1};
        double[] given = d.clone();
        assertEquals(2, NoiseFigures.of(d, ones, ones).outliers());
        // Not removed: the caller's values are left as they were (neither dropped nor reordered in place).
        assertArrayEquals(given, d, 0.0);
    }
}
