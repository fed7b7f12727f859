package dev.perfgate.paired.config;

import dev.perfgate.stats.SequentialPlan;

/**
 * Turns a request's settings into the run's {@link SequentialPlan}, upstream's settings included:
 * <ul>
 *   <li>Nothing set: sequential looks from the fewest pairs that can decide up to {@code maxPairs}.</li>
 *   <li>{@code repeat} set (and {@code requireSignificance} not): one look after exactly {@code repeat}
 *       pairs — upstream's fixed number of pairs.</li>
 *   <li>{@code requireSignificance = true}: sequential looks, the first after {@code repeat} pairs (or the
 *       fewest that can decide), at most {@code maxRetries + 1} of them when {@code maxRetries} is set —
 *       upstream's "retry until significant", with alpha spent over the looks.</li>
 *   <li>{@code requireSignificance = false} or {@code maxRetries = 0}: one look, after {@code repeat} pairs
 *       (or {@code maxPairs}).</li>
 *   <li>A shard: one look after {@code repeat} pairs, or its share of {@code maxPairs}; no early stop, since
 *       the merge takes the verdict over all shards' pairs at the whole alpha.</li>
 * </ul>
 */
public final class LookPlanner {

    private LookPlanner() {}

    /** Whether the request asks for more than one look. */
    public static boolean sequential(PairedRunRequest request) {
        if (request.shard() != null) {
            return false;
        }
        boolean wanted =
                request.requireSignificance() != null ? request.requireSignificance() : request.repeat() == null;
        return wanted && (request.maxRetries() == null || request.maxRetries() > 0);
    }

    public static SequentialPlan plan(PairedRunRequest request) {
        if (!sequential(request)) {
            int pairs = request.shard() != null
                    ? request.shard().pairs(request.repeat(), request.maxPairs())
                    : request.repeat() != null ? request.repeat() : request.maxPairs();
            return SequentialPlan.single(request.significanceAlpha(), pairs, request.alphaSpending());
        }
        int firstLook = request.repeat() != null ? request.repeat() : 1;
        int maxLooks = request.maxRetries() != null ? request.maxRetries() + 1 : Integer.MAX_VALUE;
        return SequentialPlan.of(
                request.significanceAlpha(), request.alphaSpending(), firstLook, request.maxPairs(), maxLooks);
    }
}
