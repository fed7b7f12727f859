package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class MinimumDetectableEffectTest {

    @Test
    void followsTheDocumentedTApproximation() {
        // n = 20, s = 0.05, alpha = 0.05: (t_{0.975,19} + t_{0.80,19}) * 0.05 / sqrt(20).
        TDistribution t = new TDistribution(19);
        double expected = (t.inverseCumulativeProbability(0.975) + t.inverseCumulativeProbability(0.80)) * 0.05
                / Math.sqrt(20);
        assertEquals(expected, MinimumDetectableEffect.logUnits(0.05, 20, 0.05), 1e-12);
        // Sanity against the textbook normal figure 2.80 * s / sqrt(n): t makes it a little larger.
        assertTrue(expected > 2.80 * 0.05 / Math.sqrt(20));
    }

    @Test
    void notComputableBelowTwoPairs() {
        assertNull(MinimumDetectableEffect.logUnits(0.05, 1, 0.05));
        assertEquals(0.0, MinimumDetectableEffect.logUnits(0.0, 5, 0.05), 0.0);
    }

    @Test
    void pairsForIsTheSmallestNReachingTheEffect() {
        double sd = 0.05;
        double effect = Math.log(1.02);
        int n = MinimumDetectableEffect.pairsFor(sd, effect, 0.05);
        assertTrue(MinimumDetectableEffect.logUnits(sd, n, 0.05) <= effect);
        assertTrue(MinimumDetectableEffect.logUnits(sd, n - 1, 0.05) > effect);
        assertNull(MinimumDetectableEffect.pairsFor(0.0, effect, 0.05));
        assertNull(MinimumDetectableEffect.pairsFor(sd, 0.0, 0.05));
        assertNull(MinimumDetectableEffect.pairsFor(10.0, 1e-9, 0.05), "beyond ten million pairs");
    }
}
