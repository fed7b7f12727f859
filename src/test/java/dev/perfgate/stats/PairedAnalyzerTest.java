package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.stats.PairedTTest.PairedTResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedAnalyzerTest {

    @Test
    void combinesTheRobustAndTheTAnalysisOfTheSameLogRatios() {
        double[][] p = Fixtures.pairs(Math.log(1.05), 0.02, 15);
        boolean[] order = new boolean[15];
        for (int i = 0; i < order.length; i++) {
            order[i] = i % 2 == 0;
        }
        MetricAnalysis a = PairedAnalyzer.analyze("wall time", p[0], p[1], order, 0.05);
        double[] d = LogRatios.of(p[0], p[1]);
        assertEquals("hodges_lehmann_wilcoxon", a.method());
        assertEquals(15, a.n());
        assertEquals(HodgesLehmann.estimate(d, 0.05), a.hodgesLehmann());
        assertEquals(Percent.fromLog(a.hodgesLehmann().estimate()), a.estimatePct(), 0.0);
        assertEquals(Percent.fromLog(a.hodgesLehmann().lower()), a.ciLowerPct(), 0.0);
        assertEquals(Percent.fromLog(a.hodgesLehmann().upper()), a.ciUpperPct(), 0.0);
        assertEquals(5.0, a.estimatePct(), 1e-9); // the fixture is symmetric around the shift
        PairedTResult t = PairedTTest.test(d, 0.05);
        assertEquals(t, a.tTest());
        assertEquals(Percent.fromLog(t.mean()), a.tMeanPct(), 0.0);
        assertEquals(WilcoxonSignedRank.test(d), a.wilcoxon());
        assertEquals(DoubleSummary.of(d).stddev(), a.sdLog(), 0.0);
        // The planning noise is 1.4826 · MAD of the log ratios, not their SD.
        assertEquals(a.noise().logRatioRobustCvPct() / 100.0, a.planningSdLog(), 0.0);
        assertEquals(Percent.fromLog(MinimumDetectableEffect.logUnits(a.planningSdLog(), 15, 0.05)), a.mdePct(), 0.0);
        assertNotNull(a.orderEffect());
        assertEquals(8, a.orderEffect().baselineFirstPairs());
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
        assertThrows(IllegalArgumentException.class,
                () -> PairedAnalyzer.analyze("cpu time", new double[] {0, 1}, new double[] {1, 1}, null, 0.05));
    }
}
