package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerdictRuleTest {

    @Test
    void clearRegressionAboveThresholdFails() {
        MetricAnalysis a = Fixtures.analyze(Math.log(1.10), 0.01, 20);
        GateDecision g = VerdictRule.decide(a, 2.0);
        assertEquals(VerdictStatus.FAIL, g.status());
        assertTrue(
                g.reason()
                        .matches("wall time \\+10\\.0% \\[\\+\\d+\\.\\d%, \\+\\d+\\.\\d%\\] exceeds threshold 2\\.0%"),
                g.reason());
        assertNull(g.pairsLikelyNeeded());
    }

    @Test
    void preciseNoChangePasses() {
        MetricAnalysis a = Fixtures.analyze(0.0, 0.005, 20);
        GateDecision g = VerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.PASS, g.status(), g.reason());
        assertTrue(g.reason().contains("below threshold 5.0%"), g.reason());
    }

    @Test
    void anIntervalBelowTheThresholdPassesWhateverThePower() {
        // 19 pairs near -2% and one wild pair: the interval lies below the threshold. The old rule also asked
        // for a minimum detectable effect under the threshold and called this INCONCLUSIVE ("underpowered").
        double[][] p = Fixtures.pairs(Math.log(0.98), 0.002, 20);
        p[1][7] = 100 * Math.exp(-3.0);
        MetricAnalysis a = PairedAnalyzer.analyze("wall time", p[0], p[1], null, 0.05);
        assertTrue(a.ciUpperPct() < 5.0);
        GateDecision g = VerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.PASS, g.status(), g.reason());
        assertTrue(g.reason().contains("below threshold 5.0%"), g.reason());
    }

    @Test
    void aClearImprovementPassesAtTheFewestPairsThatReachTheConfidence() {
        // The issue's ~4x speed-up, -56% [-68%, -45%], was INCONCLUSIVE ("431 pairs likely needed").
        MetricAnalysis a = Fixtures.analyze(Math.log(0.44), 0.15, 6);
        assertTrue(a.confidenceAchieved());
        assertEquals(VerdictStatus.PASS, VerdictRule.decide(a, 5.0).status());
    }

    @Test
    void oneWildPairDoesNotDriveThePlanningFigures() {
        // No change against 5%, spread 10%: undecided at 12 pairs. One pair 3x slower must not multiply the
        // advice (the ordinary SD grows several times; the MAD-based noise hardly moves).
        double[][] calm = Fixtures.pairs(0.0, 0.10, 12);
        double[][] wild = Fixtures.pairs(0.0, 0.10, 12);
        wild[1][4] = 300.0;
        MetricAnalysis calmA = PairedAnalyzer.analyze("wall time", calm[0], calm[1], null, 0.05);
        MetricAnalysis wildA = PairedAnalyzer.analyze("wall time", wild[0], wild[1], null, 0.05);
        assertTrue(wildA.sdLog() > 3 * calmA.sdLog(), wildA.sdLog() + " vs " + calmA.sdLog());
        Integer calmPairs = VerdictRule.decide(calmA, 5.0).pairsLikelyNeeded();
        Integer wildPairs = VerdictRule.decide(wildA, 5.0).pairsLikelyNeeded();
        assertEquals(VerdictStatus.INCONCLUSIVE, VerdictRule.decide(calmA, 5.0).status());
        // The wild pair also moves the estimate toward the threshold (55 -> 144 pairs); on the ordinary SD
        // the advice grew another tenfold (about 1,600).
        assertTrue(wildPairs <= 3 * calmPairs, calmPairs + " vs " + wildPairs);
        assertTrue(wildA.mdePct() <= 2 * calmA.mdePct(), calmA.mdePct() + " vs " + wildA.mdePct());
    }

    @Test
    void slowerButBelowThresholdWithAnIntervalReachingAboveIsInconclusive() {
        MetricAnalysis a = Fixtures.analyze(Math.log(1.04), 0.03, 20);
        assertTrue(a.ciLowerPct() > 0 && a.estimatePct() < 5.0 && a.ciUpperPct() > 5.0);
        GateDecision g = VerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, g.status());
        assertTrue(g.reason().contains("slower"), g.reason());
        assertNotNull(g.pairsLikelyNeeded());
        assertTrue(g.pairsLikelyNeeded() > 20);
    }

    @Test
    void estimateAboveThresholdButIntervalIncludingZeroIsInconclusive() {
        MetricAnalysis a = Fixtures.analyze(Math.log(1.06), 0.15, 10);
        assertTrue(a.estimatePct() > 5.0 && a.ciLowerPct() <= 0, a.ciLowerPct() + " " + a.estimatePct());
        GateDecision g = VerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, g.status());
        assertTrue(g.reason().contains("spans both 0 and threshold"), g.reason());
        // The planning figure: enough pairs that the MDE reaches the estimate (the FAIL side).
        int needed = g.pairsLikelyNeeded();
        assertTrue(MinimumDetectableEffect.logUnits(a.planningSdLog(), needed, 0.05)
                <= a.hodgesLehmann().estimate());
        assertTrue(MinimumDetectableEffect.logUnits(a.planningSdLog(), needed - 1, 0.05)
                > a.hodgesLehmann().estimate());
    }

    @Test
    void tooFewPairsForTheConfidenceAreInconclusiveEvenForAHugeChange() {
        MetricAnalysis a = Fixtures.analyze(Math.log(1.50), 0.01, 5);
        assertTrue(a.ciLowerPct() > 40);
        GateDecision g = VerdictRule.decide(a, 2.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, g.status());
        assertTrue(g.reason().contains("5 pairs cannot reach 95.0% confidence (at most 93.8%)"), g.reason());
        assertTrue(g.pairsLikelyNeeded() >= 6);
    }

    @Test
    void withoutThresholdTheMetricIsOnlyReported() {
        MetricAnalysis a = Fixtures.analyze(Math.log(1.50), 0.01, 20);
        GateDecision g = VerdictRule.decide(a, null);
        assertNull(g.status());
        assertTrue(g.reportOnly());
        assertTrue(g.reason().startsWith("wall time +50.0%"), g.reason());
    }

    @Test
    void nonFiniteThresholdIsRejected() {
        MetricAnalysis a = Fixtures.analyze(0.0, 0.01, 20);
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> VerdictRule.decide(a, Double.NaN));
    }

    @Test
    void aFasterRunPassesEvenAThresholdOfZero() {
        MetricAnalysis a = Fixtures.analyze(Math.log(0.97), 0.01, 20);
        assertTrue(a.ciUpperPct() < 0);
        GateDecision g = VerdictRule.decide(a, 0.0);
        assertEquals(VerdictStatus.PASS, g.status());
    }

    @Test
    void anUnchangedRunAtThresholdZeroIsUndecidedAndCanOnlyBeDecidedByMorePairs() {
        MetricAnalysis a = Fixtures.analyze(0.0, 0.01, 20);
        GateDecision g = VerdictRule.decide(a, 0.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, g.status());
    }
}
