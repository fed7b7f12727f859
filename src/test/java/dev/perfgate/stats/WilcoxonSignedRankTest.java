package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.stats.WilcoxonSignedRank.WilcoxonResult;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

    // Hollander & Wolfe depression data, the example of R's ?wilcox.test.
    static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    static double[] depressionDiffs() {
        double[] d = new double[X.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = X[i] - Y[i];
        }
        return d;
    }

    @Test
    void depressionDataMatchesR() {
        // R: wilcox.test(x, y, paired = TRUE) -> V = 40, p-value = 0.03906;
        //    alternative = "greater" -> p-value = 0.01953.
        WilcoxonResult r = WilcoxonSignedRank.test(depressionDiffs());
        assertEquals(40.0, r.statistic(), 0.0);
        assertEquals(0.03906, r.pTwoSided(), 5e-6);
        assertEquals(0.01953, r.pGreater(), 5e-6);
        assertEquals(10.0 / 512, r.pGreater(), 1e-15);
        assertTrue(r.exact());
        assertEquals(9, r.n());
    }

    @Test
    void exactPValuesMatchEnumerationOfSignVectors() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(10);
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = (random.nextDouble() - 0.35) * (i + 1); // distinct magnitudes, mixed signs
            }
            WilcoxonResult r = WilcoxonSignedRank.test(d);
            double[] cdf = BruteForce.signedRankCdfByEnumeration(n);
            int w = (int) r.statistic();
            double pLess = cdf[w];
            double pGreater = w == 0 ? 1.0 : 1.0 - cdf[w - 1];
            double tail = w > n * (n + 1) / 4.0 ? pGreater : pLess;
            assertTrue(r.exact());
            assertEquals(pLess, r.pLess(), 1e-12);
            assertEquals(pGreater, r.pGreater(), 1e-12);
            assertEquals(Math.min(1.0, 2 * tail), r.pTwoSided(), 1e-12);
        }
    }

    @Test
    void zerosAreDroppedNotCountedAsNegative() {
        double[] d = depressionDiffs();
        double[] withZeros = new double[d.length + 3];
        System.arraycopy(d, 0, withZeros, 0, d.length);
        WilcoxonResult r = WilcoxonSignedRank.test(withZeros);
        WilcoxonResult without = WilcoxonSignedRank.test(d);
        assertEquals(3, r.zeros());
        assertEquals(without.n(), r.n());
        assertEquals(without.statistic(), r.statistic(), 0.0);
        assertEquals(without.pTwoSided(), r.pTwoSided(), 0.0);
    }

    @Test
    void tiesUseMidRanksAndTheTieCorrectedNormalApproximation() {
        // |d| ranks: 1 -> 1, 2,2 -> 2.5, 3 -> 4, 4,4,4 -> 6, 5 -> 8; W+ = 1+2.5+2.5+6+6+6+8 = 32.
        double[] d = {1, 2, 2, -3, 4, 4, 4, 5};
        WilcoxonResult r = WilcoxonSignedRank.test(d);
        assertFalse(r.exact());
        assertEquals(32.0, r.statistic(), 0.0);
        double mean = 8 * 9 / 4.0;
        double variance = 8 * 9 * 17 / 24.0 - ((8 - 2) + (27 - 3)) / 48.0; // tie groups of 2 and 3
        NormalDistribution z = new NormalDistribution();
        double expectedGreater = 1 - z.cumulativeProbability((32 - mean - 0.5) / Math.sqrt(variance));
        assertEquals(expectedGreater, r.pGreater(), 1e-12);
        assertEquals(2 * expectedGreater, r.pTwoSided(), 1e-12);
        assertEquals(z.cumulativeProbability((32 - mean + 0.5) / Math.sqrt(variance)), r.pLess(), 1e-12);
    }

    @Test
    void largeNUsesTheNormalApproximationCloseToTheExactTail() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 60;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = random.nextGaussian() + 0.3;
        }
        WilcoxonResult r = WilcoxonSignedRank.test(d);
        assertFalse(r.exact());
        double[] cdf = BruteForce.signedRankCdfByProbabilityDp(n);
        int w = (int) r.statistic();
        double exactGreater = 1.0 - cdf[w - 1];
        assertEquals(exactGreater, r.pGreater(), 0.002);
        assertEquals(cdf[w], r.pLess(), 0.002);
    }

    @Test
    void allZerosGiveNoEvidence() {
        WilcoxonResult r = WilcoxonSignedRank.test(new double[] {0, 0, 0});
        assertEquals(new WilcoxonResult(0, 3, 0.0, 1.0, 1.0, 1.0, true), r);
    }
}
