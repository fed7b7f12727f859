package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalLevelTest {

    /** The level is the interval's own boundary: FAIL-side at level a exactly when the HL interval says so. */
    @Test
    void agreesWithTheHodgesLehmannIntervalAtEveryLevel() {
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        int above = 0;
        for (int n : new int[] {3, 6, 8, 15, 30, 49, 51, 80}) {
            for (int rep = 0; rep < 60; rep++) {
                double shift = random.nextDouble(-0.05, 0.08);
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = shift + 0.05 * random.nextGaussian();
                    if (random.nextInt(10) == 0) {
                        d[i] = 0.0; // ties and zeros, as whole-unit metrics give
                    }
                }
                double aboveLevel = IntervalLevel.aboveZero(d);
                double belowLevel = IntervalLevel.belowZero(d);
                for (double a : new double[] {0.2, 0.1, 0.05, 0.0233, 0.01, 0.001, 0.0001}) {
                    HodgesLehmann.HodgesLehmannResult hl = HodgesLehmann.estimate(d, a);
                    boolean lowerAbove = hl.confidenceAchieved() && hl.lower() > 0;
                    boolean upperBelow = hl.confidenceAchieved() && hl.upper() < 0;
                    assertEquals(lowerAbove, aboveLevel < a, "n=" + n + " a=" + a + " level=" + aboveLevel);
                    assertEquals(upperBelow, belowLevel < a, "n=" + n + " a=" + a + " level=" + belowLevel);
                    above += lowerAbove ? 1 : 0;
                    checked++;
                }
            }
        }
        assertTrue(
                above > checked / 10 && above < checked * 9 / 10, "both outcomes exercised: " + above + "/" + checked);
    }

    @Test
    void allPairsWorseGiveTheSmallestLevelThatManyPairsCanReach() {
        double[] d = {0.1, 0.2, 0.15, 0.12, 0.3, 0.11, 0.09, 0.2};
        assertEquals(2.0 / 256, IntervalLevel.aboveZero(d), 1e-12);
        assertEquals(1.0, IntervalLevel.belowZero(d), 1e-12);
    }
}
