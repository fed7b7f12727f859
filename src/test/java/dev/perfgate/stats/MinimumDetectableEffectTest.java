package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinimumDetectableEffectTest {

    @Test
    void matchesTheTApproximationComputedInR() {
        // n = 20, s = 0.05, alpha = 0.05. R: (qt(0.975, 19) + qt(0.80, 19)) * 0.05 / sqrt(20), with
        // qt(0.975, 19) = 2.0930240544083092 and qt(0.80, 19) = 0.86095055026892886.
        assertEquals(0.033026440099331859, MinimumDetectableEffect.logUnits(0.05, 20, 0.05), 1e-12);
        // R: (qt(0.995, 4) + qt(0.80, 4)) * 0.1 / sqrt(5); alpha enters as the two-sided level.
        assertEquals(0.24798259732627895, MinimumDetectableEffect.logUnits(0.1, 5, 0.01), 1e-12);
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
        // R, by linear search: n <- 2; while ((qt(0.975, n - 1) + qt(0.8, n - 1)) * 0.05 / sqrt(n) > log(1.02)) n <- n
        // + 1
        assertEquals(53, n);
        assertTrue(MinimumDetectableEffect.logUnits(sd, n, 0.05) <= effect);
        assertTrue(MinimumDetectableEffect.logUnits(sd, n - 1, 0.05) > effect);
        assertNull(MinimumDetectableEffect.pairsFor(0.0, effect, 0.05));
        assertNull(MinimumDetectableEffect.pairsFor(sd, 0.0, 0.05));
        assertNull(MinimumDetectableEffect.pairsFor(10.0, 1e-9, 0.05), "beyond ten million pairs");
    }
}
