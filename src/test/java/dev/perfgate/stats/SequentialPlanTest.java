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
                // By counting: W+ <= 1 in 2 of the 2^n sign patterns, so the interval at level a sets the most
                // extreme pair aside when 2 / 2^n < a / 2.
                assertTrue(plan.lookCount() == 1 || 2 / Math.pow(2, first) < plan.alpha(0) / 2, plan.toString());
                if (plan.lookCount() > 1 && first > 1) {
                    int fewer = first - 1;
                    assertTrue(2 / Math.pow(2, fewer) >= s.spent(0.1, fewer / (double) budget) / 2, plan.toString());
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
        // 5 pairs at 0.1 · 5/6 cannot set a pair aside (2/32 >= 0.042).
        assertEquals(
                1,
                SequentialPlan.of(0.05, AlphaSpending.LINEAR, 1, 6, Integer.MAX_VALUE)
                        .lookCount());
    }

    @Test
    void setsOnePairAsideMatchesTheExactIntervalsOwnCriticalValue() {
        // Independent of the plan's arithmetic: ask HodgesLehmann whether its interval drops a pair each side.
        for (int n = 2; n <= 12; n++) {
            for (double level : new double[] {0.004, 0.01, 0.03, 0.1}) {
                double[] d = new double[n];
                Arrays.fill(d, 1.0);
                var hl = HodgesLehmann.estimate(d, level);
                boolean setsAside = hl.confidenceAchieved() && hl.criticalValue() >= 1;
                assertEquals(setsAside, SequentialPlan.setsOnePairAside(n, level), n + " pairs at " + level);
            }
        }
        assertFalse(SequentialPlan.setsOnePairAside(30, 0.0));
    }

    @Test
    void alphaOutsideTheOpenHalfIntervalIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SequentialPlan.levelBudget(0.5));
        assertThrows(IllegalArgumentException.class, () -> SequentialPlan.levelBudget(0.0));
        assertThrows(IllegalArgumentException.class, () -> SequentialPlan.of(0.05, AlphaSpending.LINEAR, 0, 30, 3));
    }
}
