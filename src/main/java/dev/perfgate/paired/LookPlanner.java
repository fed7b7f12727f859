package dev.perfgate.paired;

import dev.perfgate.stats.SequentialPlan;

/**
 * Turns a request's settings into the run's {@link SequentialPlan}, upstream's settings included:
 * <ul>
 *   <li>{@code requireSignificance = false}, or {@code maxRetries = 0}: one look, after {@code repeat}
 *       pairs (or {@code maxPairs} when {@code repeat} is not set) — upstream's fixed number of pairs.</li>
 *   <li>Otherwise sequential looks: the first after {@code repeat} pairs (or the fewest that can decide),
 *       the last at {@code maxPairs}, at most {@code maxRetries + 1} of them when {@code maxRetries} is
 *       set — upstream's "retry until significant", with alpha spent over the looks.</li>
 * </ul>
 */
final class LookPlanner {

    private LookPlanner() {
    }

    static SequentialPlan plan(PairedRunRequest request) {
        boolean sequential = request.requireSignificance()
                && (request.maxRetries() == null || request.maxRetries() > 0);
        if (!sequential) {
            int pairs = request.repeat() != null ? request.repeat() : request.maxPairs();
            return SequentialPlan.single(request.significanceAlpha(), pairs, request.alphaSpending());
        }
        int firstLook = request.repeat() != null ? request.repeat() : 1;
        int maxLooks = request.maxRetries() != null ? request.maxRetries() + 1 : Integer.MAX_VALUE;
        return SequentialPlan.of(request.significanceAlpha(), request.alphaSpending(), firstLook, request.maxPairs(),
                maxLooks);
    }
}
