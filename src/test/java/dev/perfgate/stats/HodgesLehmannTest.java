package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.stats.HodgesLehmann.HodgesLehmannResult;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class HodgesLehmannTest {

    private static double[] randomDiffs(SplittableRandom random, int n, boolean ties, boolean zeros) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = ties ? Math.round(random.nextGaussian() * 4) / 4.0 + 0.25 : random.nextGaussian() * 0.05 + 0.01;
            if (zeros && random.nextInt(5) == 0) {
                d[i] = 0.0;
            }
        }
        return d;
    }

    @Test
    void depressionDataIntervalIsWalshOrderStatisticsSixAndForty() {
        // n = 9, two-sided 95%: the table critical value is 5 (P(W <= 5) = 10/512), so R reports
        // [W_(6), W_(40)] with achieved confidence 1 - 20/512.
        double[] d = WilcoxonSignedRankTest.depressionDiffs();
        double[] walsh = BruteForce.walshAverages(d);
        HodgesLehmannResult r = HodgesLehmann.estimate(d, 0.05);
        assertEquals(5, r.criticalValue());
        assertEquals(walsh[5], r.lower(), 0.0);
        assertEquals(walsh[39], r.upper(), 0.0);
        assertEquals(walsh[22], r.estimate(), 0.0); // median of 45 Walsh averages
        assertEquals(1 - 20.0 / 512, r.achievedConfidence(), 1e-15);
        assertTrue(r.confidenceAchieved());
        assertTrue(r.exact());
    }

    @Test
    void smallSamplesMatchBruteForceWalshAveragesAndEnumeratedDistribution() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(10);
            double[] d = randomDiffs(random, n, trial % 3 == 1, trial % 4 == 2);
            double alpha = new double[] {0.05, 0.10, 0.20, 0.0125}[trial % 4];
            double[] walsh = BruteForce.walshAverages(d);
            double[] cdf = BruteForce.signedRankCdfByEnumeration(n);
            int c = BruteForce.criticalValue(cdf, alpha);
            HodgesLehmannResult r = HodgesLehmann.estimate(d, alpha);
            String where = "trial " + trial + " n=" + n;
            assertEquals(BruteForce.median(walsh), r.estimate(), 0.0, where);
            assertEquals(c, r.criticalValue(), where);
            assertEquals(walsh[c], r.lower(), 0.0, where);
            assertEquals(walsh[walsh.length - 1 - c], r.upper(), 0.0, where);
            assertEquals(1 - 2 * cdf[c], r.achievedConfidence(), 1e-12, where);
        }
    }

    @Test
    void selectionFindsEveryOrderStatisticOfTheWalshAverages() {
        SplittableRandom random = new SplittableRandom(5);
        int[] sizes = {1, 2, 3, 7, 20, 64, 150, 301};
        for (int n : sizes) {
            for (int variant = 0; variant < 4; variant++) {
                double[] d = randomDiffs(random, n, variant % 2 == 1, variant >= 2);
                double[] walsh = BruteForce.walshAverages(d);
                double[] sorted = d.clone();
                java.util.Arrays.sort(sorted);
                WalshAverages selection = new WalshAverages(sorted);
                assertEquals(walsh.length, selection.count());
                int step = Math.max(1, walsh.length / 97);
                for (int k = 1; k <= walsh.length; k += step) {
                    assertEquals(walsh[k - 1], selection.kth(k), 0.0, "n=" + n + " k=" + k);
                }
                assertEquals(walsh[walsh.length - 1], selection.kth(walsh.length), 0.0);
            }
        }
    }

    @Test
    void selectionHandlesValuesOfBothSignsAndHugeMagnitudes() {
        double[] sorted = {-1e300, -5.0, -0.0, 0.0, 3.0, 1e300};
        double[] walsh = BruteForce.walshAverages(sorted);
        WalshAverages selection = new WalshAverages(sorted);
        for (int k = 1; k <= walsh.length; k++) {
            assertEquals(walsh[k - 1] + 0.0, selection.kth(k), 0.0, "k=" + k);
        }
    }

    @Test
    void largeNPathMatchesBruteForceAtThreeHundredPairs() {
        SplittableRandom random = new SplittableRandom(17);
        int n = 300;
        double[] d = randomDiffs(random, n, false, true);
        double alpha = 0.05;
        HodgesLehmannResult r = HodgesLehmann.estimate(d, alpha);
        assertFalse(r.exact());
        double[] walsh = BruteForce.walshAverages(d);
        assertEquals(BruteForce.median(walsh), r.estimate(), 0.0);
        // The critical value from the normal approximation, by the documented formula ...
        double mean = walsh.length / 2.0;
        double sd = Math.sqrt(n * (n + 1.0) * (2 * n + 1) / 24);
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        int c = (int) Math.floor(mean - 0.5 - z * sd);
        assertEquals(c, r.criticalValue());
        assertEquals(walsh[c], r.lower(), 0.0);
        assertEquals(walsh[walsh.length - 1 - c], r.upper(), 0.0);
        // ... is within one of the exact one, and the achieved confidence is honest.
        double[] exactCdf = BruteForce.signedRankCdfByProbabilityDp(n);
        int exactC = BruteForce.criticalValue(exactCdf, alpha);
        assertTrue(Math.abs(exactC - c) <= 1, "normal " + c + " vs exact " + exactC);
        assertEquals(1 - 2 * exactCdf[c], r.achievedConfidence(), 1e-4);
        assertTrue(r.confidenceAchieved());
    }

    @Test
    void tooFewPairsWidenToTheFullRangeAndReportTheLowerConfidence() {
        double[] d = {0.03, 0.01, 0.02};
        HodgesLehmannResult r = HodgesLehmann.estimate(d, 0.05);
        assertEquals(0, r.criticalValue());
        assertEquals(0.01, r.lower(), 0.0);
        assertEquals(0.03, r.upper(), 0.0);
        assertEquals(0.75, r.achievedConfidence(), 1e-15); // 1 - 2 * 2^-3
        assertEquals(0.95, r.requestedConfidence(), 1e-15);
        assertFalse(r.confidenceAchieved());
    }

    @Test
    void minimumPairsIsTheFirstNWhoseIntervalReachesTheConfidence() {
        assertEquals(6, HodgesLehmann.minimumPairs(0.05));
        assertEquals(7, HodgesLehmann.minimumPairs(0.025));
        assertEquals(8, HodgesLehmann.minimumPairs(0.0125));
        SplittableRandom random = new SplittableRandom(1);
        for (double alpha : new double[] {0.2, 0.1, 0.05, 0.025, 0.0125, 0.01, 0.001}) {
            int n = HodgesLehmann.minimumPairs(alpha);
            assertTrue(HodgesLehmann.estimate(randomDiffs(random, n, false, false), alpha)
                    .confidenceAchieved());
            assertFalse(
                    HodgesLehmann.estimate(randomDiffs(random, n - 1, false, false), alpha)
                            .confidenceAchieved(),
                    "alpha " + alpha);
        }
    }

    @Test
    void singlePairIsItsOwnEstimateWithNoConfidence() {
        HodgesLehmannResult r = HodgesLehmann.estimate(new double[] {0.2}, 0.05);
        assertEquals(0.2, r.estimate(), 0.0);
        assertEquals(0.2, r.lower(), 0.0);
        assertEquals(0.2, r.upper(), 0.0);
        assertEquals(0.0, r.achievedConfidence(), 0.0);
    }
}
