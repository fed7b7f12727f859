package dev.perfgate.paired;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.VerdictReport;
import java.util.Map;

/**
 * Re-analyses a receipt from its samples and recorded settings: the same measured pairs, order and
 * alpha per look give the same analysis and verdict as the run that wrote it. Lets anyone check a
 * receipt's numbers, or judge it again without running anything.
 */
public final class ReceiptAnalyzer {

    /** What re-analysis found. */
    public record Result(Map<String, MetricAnalysisReport> analysis, VerdictReport verdict) {
    }

    /**
     * @throws InvalidConfigurationException when the receipt has no {@code config} (a plain v1 receipt)
     *                                       or no measured pairs
     */
    public Result analyze(PairedRunReceipt receipt) throws InvalidConfigurationException {
        if (receipt.config() == null) {
            throw new InvalidConfigurationException("receipt",
                    "the receipt has no config block (written by a plain v1 writer), so its alpha and thresholds are unknown");
        }
        if (receipt.measuredSamples().isEmpty()) {
            throw new InvalidConfigurationException("receipt", "the receipt has no measured pairs");
        }
        GateEvaluation evaluation = new GateEvaluator(GateSettings.of(receipt.config())).evaluate(receipt.measuredSamples());
        return new Result(evaluation.analysis(), evaluation.verdict());
    }
}
