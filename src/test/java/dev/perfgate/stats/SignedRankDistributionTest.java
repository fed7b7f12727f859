package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SignedRankDistributionTest {

    @Test
    void dynamicProgrammingMatchesEnumerationOfAllSignVectors() {
        for (int n = 0; n <= 14; n++) {
            double[] expected = BruteForce.signedRankCdfByEnumeration(n);
            SignedRankDistribution dist = SignedRankDistribution.of(n);
            assertEquals(expected.length - 1, dist.maxStatistic());
            for (int w = 0; w < expected.length; w++) {
                assertEquals(expected[w], dist.cdf(w), 1e-15, "n=" + n + " w=" + w);
            }
        }
    }

    @Test
    void twoSidedFivePercentCriticalValuesMatchThePublishedTable() {
        // Standard Wilcoxon signed-rank table (e.g. Hollander & Wolfe), two-sided alpha = 0.05:
        // the largest T with P(W <= T) <= 0.025, for n = 6..20.
        int[] table = {0, 2, 3, 5, 8, 10, 13, 17, 21, 25, 29, 34, 40, 46, 52};
        for (int i = 0; i < table.length; i++) {
            int n = 6 + i;
            SignedRankDistribution dist = SignedRankDistribution.of(n);
            int c = -1;
            while (dist.cdf(c + 1) <= 0.025) {
                c++;
            }
            assertEquals(table[i], c, "n=" + n);
        }
    }

    @Test
    void distributionIsSymmetricAndExactAtTheLargestN() {
        SignedRankDistribution dist = SignedRankDistribution.of(SignedRankDistribution.EXACT_MAX_N);
        int max = dist.maxStatistic();
        assertEquals(1275, max);
        assertEquals(Math.pow(2, -50), dist.cdf(0), 0.0);
        assertEquals(1.0, dist.cdf(max), 0.0);
        for (int w = 0; w < max; w += 37) {
            assertEquals(dist.cdf(w), dist.upperTail(max - w), 1e-15);
        }
        assertEquals(0.0, dist.cdf(-1), 0.0);
        assertEquals(1.0, dist.cdf(max + 5), 0.0);
    }

    @Test
    void outOfRangeNIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SignedRankDistribution.of(-1));
        assertThrows(IllegalArgumentException.class, () -> SignedRankDistribution.of(51));
    }
}
