package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FamilyGateTest {

    private static final double ALPHA = 0.05;

    /** A member with log ratios shift + noise (the analysed direction: positive is worse). */
    static FamilyMember member(String key, double[] d, Double threshold, boolean ruler, double level) {
        double[] baseline = new double[d.length];
        double[] current = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            baseline[i] = 100.0;
            current[i] = 100.0 * Math.exp(d[i]);
        }
        MetricAnalysis a = PairedAnalyzer.analyze(key, baseline, current, null, level);
        return FamilyMember.of(key, key, false, threshold, ruler, a, LogRatios.of(baseline, current));
    }

    static double[] noise(SplittableRandom random, int n, double shift, double sd) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = shift + sd * random.nextGaussian();
        }
        return d;
    }

    @Test
    void oneMetricDecidesExactlyAsTheSingleMetricRule() {
        SplittableRandom random = new SplittableRandom(11);
        int fails = 0;
        for (int rep = 0; rep < 300; rep++) {
            double[] d = noise(random, 6 + random.nextInt(30), random.nextDouble(-0.05, 0.1), 0.04);
            FamilyMember m = member("m", d, 2.0, false, 0.1);
            FamilyGate.Verdict v =
                    new FamilyGate().look(List.of(m), 0.1).verdicts().get(0);
            VerdictStatus single = VerdictRule.decide(m.analysis(), 2.0).status();
            assertEquals(single, v.decision().status(), "rep " + rep);
            fails += single == VerdictStatus.FAIL ? 1 : 0;
        }
        assertTrue(fails > 30 && fails < 270, "both outcomes exercised: " + fails);
    }

    @Test
    void holmStepsDownFromTheClearestFailure() {
        double level = 0.06;
        // 12 pairs all slower: level 2/4096 each, far below 0.06/3; one pair faster in b and c.
        double[] clear = {0.2, 0.21, 0.22, 0.19, 0.2, 0.23, 0.2, 0.21, 0.18, 0.2, 0.22, 0.2};
        double[] weaker = clear.clone();
        weaker[0] = -0.01;
        double[] unchanged = {0.01, -0.01, 0.02, -0.02, 0.0, 0.01, -0.01, 0.02, -0.02, 0.01, -0.01, 0.0};
        FamilyMember a = member("a", clear, 5.0, false, level);
        FamilyMember b = member("b", weaker, 5.0, false, level);
        FamilyMember c = member("c", unchanged, 5.0, false, level);
        FamilyGate.Look look = new FamilyGate().look(List.of(c, b, a), level);
        assertEquals(3, look.familySize());
        assertEquals(2, look.failed());
        assertEquals(0, look.undecided());
        assertEquals(VerdictStatus.PASS, look.verdicts().get(0).decision().status());
        assertEquals(VerdictStatus.FAIL, look.verdicts().get(1).decision().status());
        assertEquals(VerdictStatus.FAIL, look.verdicts().get(2).decision().status());
        // a is tested first at level/3, b next at level/2, c last at level/1
        assertEquals(level / 3, look.verdicts().get(2).failLevel(), 1e-15);
        assertEquals(level / 2, look.verdicts().get(1).failLevel(), 1e-15);
        assertEquals(level, look.verdicts().get(0).failLevel(), 1e-15);
        assertTrue(
                look.verdicts().get(2).decision().reason().startsWith("a +22.8% ["),
                look.verdicts().get(2).decision().reason());
    }

    @Test
    void aFailureThatOneMetricWouldShowWaitsInALargeFamily() {
        double level = 0.05;
        double[] slower = {0.2, 0.21, 0.22, 0.19, 0.2, 0.23, 0.2, 0.21}; // level 2/256 = 0.0078
        List<FamilyMember> members = new ArrayList<>();
        members.add(member("slow", slower, 5.0, false, level));
        for (int i = 0; i < 9; i++) {
            members.add(member(
                    "same" + i, new double[] {0.01, -0.01, 0.02, -0.02, 0.0, 0.01, -0.01, 0.0}, 5.0, false, level));
        }
        FamilyGate.Look alone = new FamilyGate().look(members.subList(0, 1), level);
        assertEquals(VerdictStatus.FAIL, alone.verdicts().get(0).decision().status());
        FamilyGate.Look together = new FamilyGate().look(members, level);
        FamilyGate.Verdict slow = together.verdicts().get(0);
        assertEquals(VerdictStatus.INCONCLUSIVE, slow.decision().status());
        assertTrue(
                slow.decision().reason().contains("not yet beyond doubt across the gated metrics"),
                slow.decision().reason());
        assertEquals(1, together.undecided());
        assertEquals(10, together.familySize());
    }

    @Test
    void decisionsStayAcrossLooks() {
        FamilyGate gate = new FamilyGate();
        double[] passing = {0.01, -0.01, 0.0, 0.005, -0.005, 0.0, 0.01, -0.01};
        FamilyGate.Look first = gate.look(List.of(member("p", passing, 10.0, false, 0.05)), 0.05);
        assertEquals(VerdictStatus.PASS, first.verdicts().get(0).decision().status());
        double[] later = {0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
        FamilyGate.Look second = gate.look(List.of(member("p", later, 10.0, false, 0.05)), 0.05);
        assertEquals(VerdictStatus.PASS, second.verdicts().get(0).decision().status());
    }

    @Test
    void aRulerThatMovesEitherWayTripsAndNeverFails() {
        double level = 0.05;
        double[] faster = {-0.2, -0.21, -0.22, -0.19, -0.2, -0.23, -0.2, -0.21, -0.2, -0.2};
        double[] steady = {0.01, -0.01, 0.0, 0.005, -0.005, 0.0, 0.01, -0.01, 0.0, 0.0};
        FamilyGate gate = new FamilyGate();
        FamilyGate.Look look = gate.look(
                List.of(member("work", steady, 5.0, false, level), member("jdk", faster, 5.0, true, level)), level);
        assertEquals(1, look.familySize());
        assertEquals(
                VerdictStatus.INCONCLUSIVE, look.verdicts().get(1).decision().status());
        assertTrue(
                look.trippedRulers().get("jdk").startsWith("ruler jdk \u221218."),
                look.trippedRulers().toString());
        assertTrue(look.allDecided());
        FamilyGate.Look calm = new FamilyGate().look(List.of(member("jdk", steady, 5.0, true, level)), level);
        assertEquals(VerdictStatus.PASS, calm.verdicts().get(0).decision().status());
        assertTrue(calm.trippedRulers().isEmpty());
    }

    /**
     * 20 unchanged metrics under the default sequential plan (30 pairs; looks 8, 15, 30), stopping when
     * all are decided or one fails: the family's false-FAIL rate stays within alpha, while testing each
     * metric on its own at the look's level fails most builds.
     */
    @Test
    void simulatedFamilyOfTwentyUnchangedMetricsFailsAtMostAlpha() {
        SequentialPlan plan = SequentialPlan.of(ALPHA, AlphaSpending.DEFAULT, 1, 30, Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(20261204L);
        int runs = 200;
        int metrics = 20;
        int familyFails = 0;
        int perMetricFails = 0;
        for (int run = 0; run < runs; run++) {
            double[][] d = new double[metrics][];
            for (int m = 0; m < metrics; m++) {
                d[m] = noise(random, plan.maxPairs(), 0.0, 0.05);
            }
            familyFails += familyFails(plan, d, false) ? 1 : 0;
            perMetricFails += familyFails(plan, d, true) ? 1 : 0;
        }
        // Clopper-Pearson is in the bench; here: at most alpha plus three binomial SDs
        assertTrue(
                familyFails <= runs * ALPHA + 3 * Math.sqrt(runs * ALPHA * (1 - ALPHA)),
                "family-wise false FAILs: " + familyFails + " of " + runs);
        assertTrue(perMetricFails > runs * 0.2, "per-metric testing false FAILs: " + perMetricFails + " of " + runs);
    }

    /** Whether a run of unchanged metrics FAILed: the family gate, or each metric at the look's level alone. */
    private static boolean familyFails(SequentialPlan plan, double[][] d, boolean perMetric) {
        FamilyGate gate = new FamilyGate();
        List<FamilyGate> alone = new ArrayList<>();
        for (int m = 0; m < d.length; m++) {
            alone.add(new FamilyGate());
        }
        for (int k = 0; k < plan.lookCount(); k++) {
            List<FamilyMember> members = new ArrayList<>();
            for (int m = 0; m < d.length; m++) {
                members.add(member("m" + m, java.util.Arrays.copyOf(d[m], plan.look(k)), 0.0, false, plan.alpha(k)));
            }
            if (perMetric) {
                boolean undecided = false;
                for (int m = 0; m < d.length; m++) {
                    FamilyGate.Look one = alone.get(m).look(List.of(members.get(m)), plan.alpha(k));
                    if (one.failed() > 0) {
                        return true;
                    }
                    undecided |= !one.allDecided();
                }
                if (!undecided) {
                    return false;
                }
            } else {
                FamilyGate.Look look = gate.look(members, plan.alpha(k));
                if (look.failed() > 0) {
                    return true;
                }
                if (look.allDecided()) {
                    return false;
                }
            }
        }
        return false;
    }
}
