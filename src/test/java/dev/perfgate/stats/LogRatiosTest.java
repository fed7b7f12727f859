package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogRatiosTest {

    @Test
    void logRatioOfEachPair() {
        double[] d = LogRatios.of(new double[] {100, 200, 50}, new double[] {110, 200, 25});
        assertArrayEquals(new double[] {Math.log(1.1), 0.0, Math.log(0.5)}, d, 1e-15);
    }

    @Test
    void twiceAsSlowAndTwiceAsFastAreSymmetric() {
        double[] d = LogRatios.of(new double[] {10, 10}, new double[] {20, 5});
        assertEquals(-d[0], d[1], 1e-15);
    }

    @Test
    void extremeRatiosStayFinite() {
        double[] d = LogRatios.of(
                new double[] {Double.MIN_VALUE, Double.MAX_VALUE}, new double[] {Double.MAX_VALUE, Double.MIN_VALUE});
        assertTrue(Double.isFinite(d[0]) && d[0] > 1400);
        assertEquals(-d[0], d[1], 1e-9);
    }

    @Test
    void nonPositiveNonFiniteOrMismatchedInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogRatios.of(new double[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LogRatios.of(new double[] {1}, new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> LogRatios.of(new double[] {1}, new double[] {Double.NaN}));
        assertThrows(
                IllegalArgumentException.class,
                () -> LogRatios.of(new double[] {Double.POSITIVE_INFINITY}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LogRatios.of(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LogRatios.of(new double[0], new double[0]));
    }

    @Test
    void percentConversionRoundTrips() {
        assertEquals(3.0, Percent.fromLog(Math.log(1.03)), 1e-12);
        assertEquals(Math.log(0.95), Percent.toLog(-5.0), 1e-15);
        assertEquals(Double.MAX_VALUE, Percent.fromLog(1e6), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Percent.toLog(-100.0));
    }
}
