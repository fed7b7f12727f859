package dev.perfgate.stats;

/**
 * The gate's decision for one metric.
 *
 * @param status PASS, FAIL or INCONCLUSIVE; null when no threshold was configured (report only: such a
 *        metric never fails the build)
 * @param reason one human sentence, e.g. "wall time +3.1% [+1.2%, +5.0%] exceeds threshold 2.0%"
 * @param pairsLikelyNeeded for an INCONCLUSIVE verdict, the total number of pairs likely to decide it;
 *        null otherwise or when not estimable
 */
public record GateDecision(VerdictStatus status, String reason, Integer pairsLikelyNeeded) {

    /**
     * Whether this metric is only reported, not gated.
     *
     * @return true when no threshold was configured
     */
    public boolean reportOnly() {
        return status == null;
    }
}
