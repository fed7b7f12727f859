package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedAnalyzerTest {

    /**
     * Reference figures from R 4 on the same pairs (two of the ten got faster, no ties):
     * <pre>
     * b &lt;- c(101.2, 98.7, 103.5, 99.1, 100.4, 102.8, 97.9, 100.9, 99.6, 101.7)
     * cu &lt;- c(104.9, 103.0, 102.9, 104.8, 103.1, 108.9, 97.0, 106.3, 102.0, 107.4)
     * d &lt;- log(cu / b)
     * wilcox.test(d, conf.int = TRUE, conf.level = 0.95, exact = TRUE)   # estimate, conf.int, V, p.value
     * wilcox.test(d, alternative = "greater", exact = TRUE)$p.value
     * t.test(d, conf.level = 0.95)                                        # mean, conf.int, p.value
     * sd(d); (qt(0.975, 9) + qt(0.80, 9)) * mad(d) / sqrt(10)            # SD, and the MDE in log units
     *                                                                     # on the robust scale (R's mad: 1.4826 MAD)
     * </pre>
     */
    @Test
    void matchesRsWilcoxonAndTAnalysesOfTheLogRatios() {
        double[] baseline = {101.2, 98.7, 103.5, 99.1, 100.4, 102.8, 97.9, 100.9, 99.6, 101.7};
        double[] current = {104.9, 103.0, 102.9, 104.8, 103.1, 108.9, 97.0, 106.3, 102.0, 107.4};
        boolean[] order = new boolean[10];
        for (int i = 0; i < order.length; i++) {
            order[i] = i % 2 == 0;
        }

        MetricAnalysis a = PairedAnalyzer.analyze("wall time", baseline, current, order, 0.05);

        assertEquals("hodges_lehmann_wilcoxon", a.method());
        assertEquals(10, a.n());
        assertEquals(0.037973003341028794, a.hodgesLehmann().estimate(), 1e-15);
        assertEquals(0.015047394341733354, a.hodgesLehmann().lower(), 1e-15);
        assertEquals(0.053334118504294523, a.hodgesLehmann().upper(), 1e-15);
        assertTrue(a.hodgesLehmann().exact());
        assertEquals(52.0, a.wilcoxon().statistic(), 0.0);
        assertEquals(0.009765625, a.wilcoxon().pTwoSided(), 1e-15);
        assertEquals(0.0048828125, a.wilcoxon().pGreater(), 1e-15);
        assertEquals(0.03340883363770273, a.tTest().mean(), 1e-15);
        assertEquals(0.015758387600242597, a.tTest().ciLower(), 1e-12);
        assertEquals(0.051059279675162848, a.tTest().ciUpper(), 1e-12);
        assertEquals(0.0020444825972819082, a.tTest().pValue(), 1e-12);
        assertEquals(0.024673622201927741, a.sdLog(), 1e-15);
        // the receipt's percent figures are exp(x) - 1 of the same log figures
        assertEquals(100 * Math.expm1(0.037973003341028794), a.estimatePct(), 1e-12);
        assertEquals(100 * Math.expm1(0.015047394341733354), a.ciLowerPct(), 1e-12);
        assertEquals(100 * Math.expm1(0.053334118504294523), a.ciUpperPct(), 1e-12);
        assertEquals(100 * Math.expm1(0.03340883363770273), a.tMeanPct(), 1e-12);
        // planning figures use the robust scale, so one outlier cannot drive them (issue 9); same value from
        // scipy: (t.ppf(.975, 9) + t.ppf(.8, 9)) * 1.4826 * median(|d - median(d)|) / sqrt(10) = 0.022653997884008
        assertEquals(100 * Math.expm1(0.022653997884008067), a.mdePct(), 1e-9);
        assertEquals(5, a.orderEffect().baselineFirstPairs());
        Fixtures.assertAllFinite(a, "analysis");
    }

    @Test
    void onePairIsFiniteWithNothingItCannotKnow() {
        MetricAnalysis a = PairedAnalyzer.analyze("wall time", new double[] {100}, new double[] {103}, null, 0.05);
        assertEquals(3.0, a.estimatePct(), 1e-9);
        assertNull(a.tTest().pValue());
        assertNull(a.mdePct());
        assertNull(a.orderEffect());
        assertNull(a.drift().pValue());
        assertFalse(a.confidenceAchieved());
        Fixtures.assertAllFinite(a, "analysis");
    }

    @Test
    void identicalMemoryReadingsGiveZeroChangeAndFiniteFigures() {
        double[] kb = {51200, 51200, 51204, 51200, 51200, 51196, 51200, 51200};
        MetricAnalysis a = PairedAnalyzer.analyze("peak memory", kb, kb.clone(), null, 0.05);
        assertEquals(0.0, a.estimatePct(), 0.0);
        assertEquals(0.0, a.ciLowerPct(), 0.0);
        assertEquals(0.0, a.ciUpperPct(), 0.0);
        assertEquals(1.0, a.wilcoxon().pTwoSided(), 0.0);
        assertEquals(8, a.wilcoxon().zeros());
        assertEquals(0.0, a.mdePct(), 0.0);
        Fixtures.assertAllFinite(a, "analysis");
    }

    @Test
    void manyLognormalPairsRecoverTheShiftWithAFiniteAnalysis() {
        SplittableRandom random = new SplittableRandom(99);
        int n = 5000;
        double[] baseline = new double[n];
        double[] current = new double[n];
        for (int i = 0; i < n; i++) {
            baseline[i] = 50 * Math.exp(0.1 * random.nextGaussian());
            current[i] = 50 * 1.03 * Math.exp(0.1 * random.nextGaussian());
        }
        MetricAnalysis a = PairedAnalyzer.analyze("wall time", baseline, current, null, 0.05);
        assertTrue(a.ciLowerPct() < 3.0 && 3.0 < a.ciUpperPct(), a.ciLowerPct() + " .. " + a.ciUpperPct());
        assertFalse(a.hodgesLehmann().exact());
        assertTrue(a.confidenceAchieved());
        Fixtures.assertAllFinite(a, "analysis");
    }

    @Test
    void nonPositiveValuesAreRejected() {
        assertThrows(
                IllegalArgumentException.class,
                () -> PairedAnalyzer.analyze("cpu time", new double[] {0, 1}, new double[] {1, 1}, null, 0.05));
    }
}
