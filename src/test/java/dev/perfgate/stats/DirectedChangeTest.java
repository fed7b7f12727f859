package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DirectedChangeTest {

    @Test
    void aThroughputDropReadsAsADropNotAsTheRiseOfItsInverse() {
        // 100 -> 75 ops/ms: the inverse (time per op) rose by a third
        double inversePct = (100.0 / 75.0 - 1) * 100;
        assertEquals(-25.0, DirectedChange.ownPct(inversePct, true), 1e-9);
        assertEquals(
                "\u221225.0% [\u221230.0%, \u221220.0%] (higher is better)",
                DirectedChange.change(inversePct, (1 / 0.8 - 1) * 100, (1 / 0.7 - 1) * 100, true));
    }

    @Test
    void lowerIsBetterIsStatedAsAnalysed() {
        assertEquals("+3.1% [\u22121.2%, +5.0%]", DirectedChange.change(3.14, -1.2, 5.0, false));
        assertEquals(-1.5, DirectedChange.ownPct(-1.5, false), 0.0);
    }

    @Test
    void thresholdsConvertBothWays() {
        double analysed = DirectedChange.analysedThresholdPct(10.0, true);
        assertEquals(100.0 / 90.0 * 100 - 100, analysed, 1e-9);
        assertEquals("\u221210.0%", DirectedChange.threshold(analysed, true));
        assertEquals("+10.0%", DirectedChange.threshold(10.0, false));
        assertEquals(10.0, DirectedChange.analysedThresholdPct(10.0, false), 0.0);
    }
}
