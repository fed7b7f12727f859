package dev.perfgate.paired;

import dev.perfgate.paired.config.PairOrder;
import java.util.SplittableRandom;

/**
 * Decides, pair by pair, whether the baseline runs first. Measured pairs stay balanced (the two
 * orders differ by at most one at any point) so a first-position effect cancels out instead of
 * becoming a fake regression. Deterministic for a given seed, so a receipt can be reproduced.
 */
final class PairOrderPlanner {

    private final PairOrder order;
    private final SplittableRandom random;
    private int baselineFirstCount;
    private int currentFirstCount;

    PairOrderPlanner(PairOrder order, long seed) {
        this.order = order;
        this.random = new SplittableRandom(seed);
    }

    /** Orders for the next {@code size} pairs: {@code true} where the baseline runs first. */
    boolean[] nextBatch(int size) {
        boolean[] baselineFirst = new boolean[size];
        switch (order) {
            case BASELINE_FIRST -> java.util.Arrays.fill(baselineFirst, true);
            case ALTERNATE -> {
                for (int i = 0; i < size; i++) {
                    baselineFirst[i] = (baselineFirstCount + currentFirstCount + i) % 2 == 0;
                }
            }
            case RANDOM -> fillBalancedShuffle(baselineFirst);
        }
        for (boolean b : baselineFirst) {
            if (b) {
                baselineFirstCount++;
            } else {
                currentFirstCount++;
            }
        }
        return baselineFirst;
    }

    private void fillBalancedShuffle(boolean[] out) {
        int size = out.length;
        int half = size / 2;
        // For an odd batch, the extra pair goes to the order that is behind so far (a coin flip on a tie),
        // which keeps the whole run balanced within one pair however many retry batches follow.
        boolean extraBaselineFirst =
                baselineFirstCount == currentFirstCount ? random.nextBoolean() : baselineFirstCount < currentFirstCount;
        int baselineFirst = half + (size % 2 == 1 && extraBaselineFirst ? 1 : 0);
        for (int i = 0; i < size; i++) {
            out[i] = i < baselineFirst;
        }
        for (int i = size - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            boolean tmp = out[i];
            out[i] = out[j];
            out[j] = tmp;
        }
    }
}
