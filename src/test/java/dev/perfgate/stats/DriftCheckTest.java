package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

class DriftCheckTest {

    @Test
    void steadyTrendIsFlagged() {
        double[] d = new double[12];
        for (int i = 0; i < d.length; i++) {
            d[i] = 0.01 * i + (i % 2 == 0 ? 0.003 : -0.003);
        }
        DriftCheck c = DriftCheck.of(d, 0.05);
        assertTrue(c.drifting());
        assertTrue(c.spearmanRho() > 0.9);
        assertTrue(c.pValue() < 0.001);
    }

    @Test
    void rhoMatchesCommonsMathAndNoiseIsUsuallyNotFlagged() {
        SplittableRandom random = new SplittableRandom(21);
        int flagged = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] d = new double[20];
            double[] index = new double[20];
            for (int i = 0; i < d.length; i++) {
                d[i] = random.nextGaussian();
                index[i] = i;
            }
            DriftCheck c = DriftCheck.of(d, 0.05);
            assertEquals(new SpearmansCorrelation().correlation(index, d), c.spearmanRho(), 1e-12);
            flagged += c.drifting() ? 1 : 0;
        }
        // About 5% expected under no drift; 25 of 200 would be far outside binomial noise (p < 0.001).
        assertTrue(flagged < 25, "flagged " + flagged);
    }

    @Test
    void tooFewPairsAreNeverFlagged() {
        DriftCheck c = DriftCheck.of(new double[] {1, 2, 3, 4, 5}, 0.05);
        assertNull(c.pValue());
        assertFalse(c.drifting());
        assertEquals(1.0, c.spearmanRho(), 1e-12);
    }

    @Test
    void constantRatiosHaveNoTrend() {
        DriftCheck c = DriftCheck.of(new double[] {0, 0, 0, 0, 0, 0, 0}, 0.05);
        assertEquals(0.0, c.spearmanRho(), 0.0);
        assertEquals(1.0, c.pValue(), 1e-12);
        assertFalse(c.drifting());
    }
}
