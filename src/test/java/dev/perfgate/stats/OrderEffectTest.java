package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrderEffectTest {

    @Test
    void separatesAFirstPositionAdvantageFromTheChange() {
        // True change 0.05; the second run of a pair is 0.03 slower: baseline-first pairs show 0.08,
        // current-first pairs show 0.02.
        double[] d = {0.08, 0.02, 0.08, 0.02, 0.02, 0.08};
        boolean[] baselineFirst = {true, false, true, false, false, true};
        OrderEffect e = OrderEffect.of(d, baselineFirst);
        assertEquals(3, e.baselineFirstPairs());
        assertEquals(3, e.currentFirstPairs());
        assertEquals(0.08, e.meanLogRatioBaselineFirst(), 1e-15);
        assertEquals(0.02, e.meanLogRatioCurrentFirst(), 1e-15);
        assertEquals(0.03, e.secondPositionEffectLog(), 1e-15);
        assertEquals((Math.exp(-0.03) - 1) * 100, e.firstMinusSecondPct(), 1e-12);
    }

    @Test
    void unknownOrSingleOrderGivesNoEstimate() {
        double[] d = {0.1, 0.2};
        assertNull(OrderEffect.of(d, null));
        assertNull(OrderEffect.of(d, new boolean[] {true, true}));
        assertNull(OrderEffect.of(d, new boolean[] {false, false}));
        assertThrows(IllegalArgumentException.class, () -> OrderEffect.of(d, new boolean[] {true}));
    }
}
