package dev.perfgate.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SequentialPlanTest {

    @Test
    void firstLookIsTheFewestPairsThatCanReachTheirLevel() {
        for (AlphaSpending s : AlphaSpending.values()) {
            for (int budget : new int[] {10, 20, 30, 60}) {
                SequentialPlan plan = SequentialPlan.of(0.05, s, 1, budget, Integer.MAX_VALUE);
                int first = plan.look(0);
                // Brute force: all n positive log ratios give the most extreme signed-rank tail, 2^-n one-sided;
                // the interval at level a can exclude 0 only when 2^(1-n) <= a.
                assertTrue(plan.lookCount() == 1 || Math.pow(2, 1 - first) <= plan.alpha(0), plan.toString());
                if (plan.lookCount() > 1 && first > 1) {
                    int fewer = first - 1;
                    assertTrue(Math.pow(2, 1 - fewer) > s.spent(0.1, fewer / (double) budget), plan.toString());
                }
            }
        }
    }

    @Test
    void looksGrowGeometricallyToTheBudgetAndTheLevelsAddUpToTwiceAlpha() {
        SequentialPlan plan = SequentialPlan.of(0.05, AlphaSpending.LINEAR, 1, 30, Integer.MAX_VALUE);
        int[] looks = plan.looks();
        assertEquals(30, looks[looks.length - 1]);
        for (int k = 1; k < looks.length; k++) {
            double ratio = looks[k] / (double) looks[k - 1];
            assertTrue(ratio > 1.0 && ratio < SequentialPlan.GROWTH * 1.3, Arrays.toString(looks));
        }
        assertEquals(0.10, Arrays.stream(plan.alphas()).sum(), 1e-12);
    }

    @Test
    void maxLooksCapsTheLooksAndRepeatDelaysTheFirst() {
        SequentialPlan capped = SequentialPlan.of(0.05, AlphaSpending.LINEAR, 1, 60, 2);
        assertEquals(2, capped.lookCount());
        assertEquals(60, capped.maxPairs());
        SequentialPlan late = SequentialPlan.of(0.05, AlphaSpending.LINEAR, 15, 30, Integer.MAX_VALUE);
        assertEquals(15, late.look(0));
    }

    @Test
    void aSingleLookIsTheFixedDesignWithTheWholeBudget() {
        SequentialPlan plan = SequentialPlan.single(0.05, 12, AlphaSpending.DEFAULT);
        assertArrayEquals(new int[] {12}, plan.looks());
        assertArrayEquals(new double[] {0.10}, plan.alphas(), 1e-15);
        // A budget too small for any earlier look is a single look too.
        // 4 pairs at 0.1 · 4/5 = 0.08 cannot reach it (2^-3 = 0.125 > 0.08).
        assertEquals(1, SequentialPlan.of(0.05, AlphaSpending.LINEAR, 1, 5, Integer.MAX_VALUE).lookCount());
    }

    @Test
    void canReachMatchesTheExactIntervalsOwnConfidence() {
        // Independent of the plan's arithmetic: ask HodgesLehmann whether n pairs reach 1 - level.
        for (int n = 2; n <= 12; n++) {
            for (double level : new double[] {0.004, 0.01, 0.03, 0.1}) {
                double[] d = new double[n];
                Arrays.fill(d, 1.0);
                boolean reaches = HodgesLehmann.estimate(d, level).confidenceAchieved();
                assertEquals(reaches, SequentialPlan.canReach(n, level), n + " pairs at " + level);
            }
        }
        assertFalse(SequentialPlan.canReach(30, 0.0));
    }

    @Test
    void alphaOutsideTheOpenHalfIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SequentialPlan.levelBudget(0.5));
        assertThrows(IllegalArgumentException.class, () -> SequentialPlan.levelBudget(0.0));
        assertThrows(IllegalArgumentException.class,
                () -> SequentialPlan.of(0.05, AlphaSpending.LINEAR, 0, 30, 3));
    }
}
