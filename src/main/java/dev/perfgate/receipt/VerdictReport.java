package dev.perfgate.receipt;

import java.util.List;

/**
 * The gate's decision (added to v1). {@code status} is {@code pass}, {@code fail}, {@code inconclusive}
 * or {@code report} (no threshold configured: figures only, never a failure on statistics).
 *
 * @param metric       the metric that decided the status, e.g. {@code wall_time}
 * @param thresholdPct that metric's threshold in percent, when one was configured
 * @param reasons      plain-language explanation, one line per analysed metric
 * @param pairsLikelyNeeded for an inconclusive verdict, total pairs likely to decide it
 * @param family       how the gated metrics were judged together; absent in receipts before 0.3.0
 * @param notCompared  metrics (JMH benchmarks) that could not be compared, with the reason: on one side only
 *                     (added, renamed, removed) or missing from too many runs; absent when none
 */
public record VerdictReport(
        String status,
        String metric,
        Double thresholdPct,
        List<String> reasons,
        Long pairsLikelyNeeded,
        FamilyReport family,
        java.util.Map<String, String> notCompared) {

    public VerdictReport {
        notCompared = notCompared == null || notCompared.isEmpty()
                ? null
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(notCompared));
    }

    public VerdictReport(
            String status, String metric, Double thresholdPct, List<String> reasons, Long pairsLikelyNeeded) {
        this(status, metric, thresholdPct, reasons, pairsLikelyNeeded, null, null);
    }

    /** The same verdict with other reasons. */
    public VerdictReport withReasons(List<String> newReasons) {
        return new VerdictReport(status, metric, thresholdPct, newReasons, pairsLikelyNeeded, family, notCompared);
    }

    /**
     * The family-wise design at the last look.
     *
     * @param method        {@code holm_step_down_per_look}: at each look of the sequential plan, Holm's step-down
     *                      over the gated metrics not yet failed, at the look's level; the false-FAIL rate of all
     *                      of them together, over all looks, is at most {@code config.significance_alpha}
     * @param gatedMetrics  metrics with a threshold (rulers excluded)
     * @param failed        of them, FAILed
     * @param undecided     of them, neither PASSed nor FAILed
     * @param trippedRulers rulers whose change was proven beyond their threshold (the verdict is then INCONCLUSIVE)
     */
    public record FamilyReport(
            String method, long gatedMetrics, long failed, long undecided, List<String> trippedRulers) {

        public FamilyReport {
            trippedRulers = trippedRulers == null || trippedRulers.isEmpty() ? null : List.copyOf(trippedRulers);
        }
    }
}
