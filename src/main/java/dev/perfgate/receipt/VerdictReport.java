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
 */
public record VerdictReport(String status, String metric, Double thresholdPct, List<String> reasons,
                            Long pairsLikelyNeeded) {
}
