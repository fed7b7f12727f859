package dev.perfgate.paired;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfgate.paired.config.PairOrder;
import org.junit.jupiter.api.Test;

class PairOrderPlannerTest {

    @Test
    void randomOrderStaysBalancedWithinOneAcrossOddRetryBatches() {
        for (long seed = 0; seed < 200; seed++) {
            PairOrderPlanner planner = new PairOrderPlanner(PairOrder.RANDOM, seed);
            int balance = 0;
            for (int batch : new int[] {5, 2, 3, 5, 6, 8, 9}) {
                for (boolean baselineFirst : planner.nextBatch(batch)) {
                    balance += baselineFirst ? 1 : -1;
                }
                assertTrue(Math.abs(balance) <= 1, "seed " + seed + " balance " + balance);
            }
        }
    }

    @Test
    void randomOrderIsShuffledNotAlternating() {
        boolean sawNonAlternating = false;
        for (long seed = 0; seed < 20 && !sawNonAlternating; seed++) {
            boolean[] order = new PairOrderPlanner(PairOrder.RANDOM, seed).nextBatch(10);
            for (int i = 1; i < order.length; i++) {
                sawNonAlternating |= order[i] == order[i - 1];
            }
        }
        assertTrue(sawNonAlternating);
    }

    @Test
    void sameSeedSameOrderDifferentSeedDifferentOrder() {
        assertArrayEquals(
                new PairOrderPlanner(PairOrder.RANDOM, 9).nextBatch(30),
                new PairOrderPlanner(PairOrder.RANDOM, 9).nextBatch(30));
        assertFalse(java.util.Arrays.equals(
                new PairOrderPlanner(PairOrder.RANDOM, 9).nextBatch(30),
                new PairOrderPlanner(PairOrder.RANDOM, 10).nextBatch(30)));
    }

    @Test
    void alternateContinuesAcrossBatches() {
        PairOrderPlanner planner = new PairOrderPlanner(PairOrder.ALTERNATE, 0);
        assertArrayEquals(new boolean[] {true, false, true}, planner.nextBatch(3));
        assertArrayEquals(new boolean[] {false, true}, planner.nextBatch(2));
    }

    @Test
    void baselineFirstIsAlwaysBaselineFirst() {
        assertArrayEquals(
                new boolean[] {true, true, true, true}, new PairOrderPlanner(PairOrder.BASELINE_FIRST, 1).nextBatch(4));
    }
}
