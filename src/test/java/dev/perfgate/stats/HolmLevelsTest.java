package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HolmLevelsTest {

    @Test
    void rejectionsMatchRsHolmAdjustment() {
        // R: p <- c(0.010, 0.04, 0.003, 0.2, 0.012); p.adjust(p, "holm") < 0.05
        //    -> 0.040 0.080 0.015 0.200 0.040: TRUE FALSE TRUE FALSE TRUE
        double[] p = {0.010, 0.04, 0.003, 0.2, 0.012};
        double[] levels = HolmLevels.twoSided(p, 0.05);
        boolean[] rejected = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            rejected[i] = p[i] < levels[i] / 2.0;
        }
        assertArrayEquals(new boolean[] {true, false, true, false, true}, rejected);
        assertEquals(2 * 0.05 / 5, levels[2], 1e-15); // smallest p: alpha / m
        assertEquals(2 * 0.05 / 2, levels[1], 1e-15); // first non-rejection at rank 4: alpha / 2
        assertEquals(2 * 0.05 / 2, levels[3], 1e-15); // later ranks keep the stopping level
    }

    @Test
    void oneMetricGetsTheWholeLevel() {
        assertArrayEquals(new double[] {0.10}, HolmLevels.twoSided(new double[] {0.7}, 0.05), 1e-15);
    }
}
