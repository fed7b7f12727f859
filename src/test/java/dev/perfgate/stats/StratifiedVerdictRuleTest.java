package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StratifiedVerdictRuleTest {

    private static double[] around(double center, double noise, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = center + noise * random.nextGaussian();
        }
        return d;
    }

    private static StratifiedAnalysis merged(double[]... strata) {
        StratumRatios[] s = new StratumRatios[strata.length];
        for (int i = 0; i < strata.length; i++) {
            s[i] = new StratumRatios("shard " + (i + 1) + "/" + strata.length, strata[i]);
        }
        return StratifiedAnalyzer.analyze("wall time", List.of(s), 0.10, 0.05);
    }

    @Test
    void machinesThatDisagreeAreInconclusiveNamingEachNeverAnAveragedPass() {
        // +20% on one machine, -17% on the other: the average is about 0, which would pass a 5% threshold.
        StratifiedAnalysis a = merged(around(Math.log(1.20), 0.01, 12, 1), around(Math.log(0.83), 0.01, 12, 2));
        assertTrue(a.ciUpperPct() < 5.0, "averaged, the interval alone would pass");
        GateDecision d = StratifiedVerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, d.status());
        assertTrue(d.reason().contains("shard 1/2 +19.") && d.reason().contains("shard 2/2 -17."), d.reason());
        assertTrue(d.reason().contains("disagree"), d.reason());
    }

    @Test
    void machinesThatDisagreeButAllRegressBeyondTheThresholdFailNamingEach() {
        StratifiedAnalysis a = merged(around(Math.log(1.30), 0.01, 12, 11), around(Math.log(1.08), 0.01, 12, 12));
        assertTrue(a.heterogeneous());
        GateDecision d = StratifiedVerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.FAIL, d.status(), d.reason());
        assertTrue(
                d.reason().contains("exceeds threshold 5.0%")
                        && d.reason().contains("shard 1/2 +30.2%")
                        && d.reason().contains("shard 2/2 +7.9%")
                        && d.reason().contains("none of them clears the change"),
                d.reason());
    }

    @Test
    void aFailThatOnlyOneMachineCarriesIsInconclusiveWhenTheyDisagree() {
        // A quiet machine +25%, another at about 0 whose own interval passes a 5% threshold: the weighted
        // average fails, but the machines disagree and one of them clears the change.
        StratifiedAnalysis a = merged(around(Math.log(1.25), 0.01, 12, 13), around(0.0, 0.05, 12, 14));
        assertTrue(a.heterogeneous());
        assertTrue(a.ciLowerPct() > 0 && a.estimatePct() > 5.0, "the merged interval alone would FAIL");
        assertTrue(a.strata().get(1).upperPct() < 5.0, "the second machine alone would PASS");
        GateDecision d = StratifiedVerdictRule.decide(a, 5.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, d.status(), d.reason());
        assertTrue(d.reason().contains("shard 1/2 +25.") && d.reason().contains("disagree"), d.reason());
    }

    @Test
    void aCommonRegressionFailsAndNoChangePasses() {
        StratifiedAnalysis slower = merged(around(Math.log(1.10), 0.02, 10, 3), around(Math.log(1.10), 0.20, 10, 4));
        assertEquals(
                VerdictStatus.FAIL, StratifiedVerdictRule.decide(slower, 5.0).status());
        StratifiedAnalysis same = merged(around(0.0, 0.01, 10, 5), around(0.0, 0.02, 10, 6));
        GateDecision d = StratifiedVerdictRule.decide(same, 5.0);
        assertEquals(VerdictStatus.PASS, d.status(), d.reason());
    }

    @Test
    void theMergedRuleIsThePairedRuleOnTheMergedInterval() {
        StratifiedAnalysis a = merged(around(0.03, 0.02, 10, 7), around(0.03, 0.05, 9, 8));
        for (double threshold : new double[] {0.0, 1.0, 3.0, 6.0, 20.0}) {
            VerdictStatus expected = a.ciLowerPct() > 0 && a.estimatePct() > threshold
                    ? VerdictStatus.FAIL
                    : a.ciUpperPct() < threshold ? VerdictStatus.PASS : VerdictStatus.INCONCLUSIVE;
            assertEquals(expected, StratifiedVerdictRule.decide(a, threshold).status(), "threshold " + threshold);
        }
        assertNull(StratifiedVerdictRule.decide(a, null).status());
    }

    @Test
    void tooFewPairsInAStratumIsInconclusiveNamingIt() {
        double[] many = around(0.0, 0.01, 12, 9);
        double[] few = Arrays.copyOf(around(0.0, 0.01, 12, 10), 3);
        GateDecision d = StratifiedVerdictRule.decide(merged(many, few), 5.0);
        assertEquals(VerdictStatus.INCONCLUSIVE, d.status());
        assertTrue(d.reason().contains("shard 2/2 (3)") && d.reason().contains("at least 5"), d.reason());
    }
}
