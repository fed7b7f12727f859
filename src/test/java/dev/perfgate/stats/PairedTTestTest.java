package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.stats.PairedTTest.PairedTResult;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class PairedTTestTest {

    // Hollander & Wolfe depression scores, R's example for paired tests.
    private static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    private static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    private static double[] diffs(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }

    @Test
    void pValueAndStatisticMatchCommonsMathPairedTTest() {
        PairedTResult r = PairedTTest.test(diffs(X, Y), 0.05);
        TTest reference = new TTest();
        assertEquals(reference.pairedTTest(X, Y), r.pValue(), 1e-12);
        assertEquals(reference.pairedT(X, Y), r.mean() / r.standardError(), 1e-9);
        assertEquals(9, r.n());
        assertEquals(0.95, r.confidenceLevel(), 1e-15);
    }

    @Test
    void intervalUsesTheStudentQuantileNotAFixedTwo() {
        // d = 1..5: mean 3, s = sqrt(2.5), se = sqrt(0.5); t(0.975, 4) = 2.776445 from any t table.
        PairedTResult r = PairedTTest.test(new double[] {1, 2, 3, 4, 5}, 0.05);
        double halfWidth = 2.776445 * Math.sqrt(0.5);
        assertEquals(3.0, r.mean(), 1e-12);
        assertEquals(Math.sqrt(0.5), r.standardError(), 1e-12);
        assertEquals(3.0 - halfWidth, r.ciLower(), 1e-5);
        assertEquals(3.0 + halfWidth, r.ciUpper(), 1e-5);
    }

    @Test
    void intervalExcludesZeroExactlyWhenPValueIsBelowAlpha() {
        double[] d = diffs(X, Y);
        for (double alpha : new double[] {0.01, 0.05, 0.10, 0.20}) {
            PairedTResult r = PairedTTest.test(d, alpha);
            boolean excludesZero = r.ciLower() > 0 || r.ciUpper() < 0;
            assertEquals(excludesZero, r.pValue() < alpha, "alpha " + alpha);
        }
    }

    @Test
    void singleDifferenceHasNoPValueAndAPointInterval() {
        PairedTResult r = PairedTTest.test(new double[] {2.5}, 0.05);
        assertNull(r.pValue());
        assertEquals(2.5, r.ciLower(), 0.0);
        assertEquals(2.5, r.ciUpper(), 0.0);
        assertEquals(0.0, r.standardError(), 0.0);
        assertFalse(r.significant(1));
    }

    @Test
    void constantNonZeroDifferencesAreSignificantWithAPointInterval() {
        PairedTResult r = PairedTTest.test(new double[] {3, 3, 3}, 0.05);
        assertEquals(0.0, r.pValue(), 0.0);
        assertEquals(3.0, r.ciLower(), 0.0);
        assertEquals(3.0, r.ciUpper(), 0.0);
        assertTrue(r.significant(3));
        assertFalse(r.significant(4), "fewer pairs than the minimum is never significant");
    }

    @Test
    void allZeroDifferencesHavePValueOne() {
        PairedTResult r = PairedTTest.test(new double[] {0, 0, 0, 0}, 0.05);
        assertEquals(1.0, r.pValue(), 0.0);
        assertFalse(r.significant(2));
    }

    @Test
    void hugeTStatisticGivesAFiniteTinyPValue() {
        PairedTResult r = PairedTTest.test(new double[] {1000, 1000.000001, 999.999999, 1000}, 0.05);
        assertTrue(r.pValue() >= 0.0 && r.pValue() < 1e-10);
        assertTrue(Double.isFinite(r.ciLower()) && Double.isFinite(r.ciUpper()));
    }

    @Test
    void invalidAlphaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PairedTTest.test(new double[] {1, 2}, 0.0));
        assertThrows(IllegalArgumentException.class, () -> PairedTTest.test(new double[] {1, 2}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> PairedTTest.test(new double[] {1, 2}, Double.NaN));
    }
}
