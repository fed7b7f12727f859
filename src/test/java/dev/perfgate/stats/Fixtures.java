package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;

/** Deterministic paired data and a check that an analysis holds no NaN or infinity. */
final class Fixtures {
    private Fixtures() {}

    /** Baseline 100 in every pair; current 100 * exp(shift + spread * z_i) with a fixed, trend-free z symmetric around 0, SD ~1. */
    static double[][] pairs(double shiftLog, double spread, int n) {
        double[] baseline = new double[n];
        double[] current = new double[n];
        for (int i = 0; i < n; i++) {
            // Mirror-image pairs (+m, -m) of growing m, and a 0 last when n is odd: symmetric around 0.
            double magnitude = 1.7 * ((i / 2) + 0.5) / Math.max(1, n / 2);
            double z = (n % 2 == 1 && i == n - 1) ? 0.0 : (i % 2 == 0 ? magnitude : -magnitude);
            baseline[i] = 100.0;
            current[i] = 100.0 * Math.exp(shiftLog + spread * z);
        }
        return new double[][] {baseline, current};
    }

    static MetricAnalysis analyze(double shiftLog, double spread, int n) {
        double[][] p = pairs(shiftLog, spread, n);
        return PairedAnalyzer.analyze("wall time", p[0], p[1], null, 0.05);
    }

    /** Walks the record's components (and nested records) and fails on any NaN or infinite double. */
    static void assertAllFinite(Object value, String path) {
        if (value == null) {
            return;
        }
        if (value instanceof Double d) {
            assertTrue(Double.isFinite(d), path + " = " + d);
            return;
        }
        if (!value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                assertAllFinite(c.getAccessor().invoke(value), path + "." + c.getName());
            } catch (ReflectiveOperationException e) {
                fail(e);
            }
        }
        assertNotNull(value);
    }
}
