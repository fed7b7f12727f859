package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The robust paired analysis of one metric (added to v1), on per-pair log ratios ln(current/baseline).
 * Percent figures are {@code (exp(x) - 1) * 100}.
 *
 * @param method               {@code hodges_lehmann_wilcoxon}
 * @param n                    measured pairs analysed
 * @param alpha                two-sided level of the look this analysis was made at (its share of the run's alpha spending)
 * @param estimatePct          Hodges-Lehmann estimate of the change
 * @param ciLowerPct           lower bound of its signed-rank interval
 * @param ciUpperPct           upper bound
 * @param confidenceRequested  1 - alpha
 * @param confidenceAchieved   what the exact interval really reaches (lower for very few pairs)
 * @param estimateLog          the estimate in log units, for re-analysis
 * @param ciLowerLog           lower bound in log units
 * @param ciUpperLog           upper bound in log units
 * @param wilcoxon             signed-rank test of "no change"
 * @param tTest                paired Student t on the same log ratios, for comparison
 * @param mdePct               minimum detectable effect at 80% power; absent below 2 pairs
 * @param noise                robust noise figures, outliers and drift
 * @param orderEffect          first-position effect; absent when only one order ran
 * @param status               {@code pass}, {@code fail}, {@code inconclusive}, or {@code report} without a threshold
 * @param thresholdPct         the metric's threshold, when configured
 * @param reason               the decision in one sentence
 * @param pairsLikelyNeeded    for an inconclusive metric, total pairs likely to decide it
 * @param better               {@code higher} when the metric is better higher (a throughput, a score): then every
 *                             figure above is of its inverse, signed so that a positive change is worse, and the
 *                             {@code own_*} fields state the change in the metric's own terms; absent for lower
 * @param ownEstimatePct       for {@code better = higher}: the metric's own change, 100 / (1 + estimate_pct / 100) − 100
 *                             (a 25% lower throughput is −25.0)
 * @param ownCiLowerPct        its own interval's lower bound (from {@code ci_upper_pct})
 * @param ownCiUpperPct        its own interval's upper bound (from {@code ci_lower_pct})
 * @param ruler                true for a control benchmark, which never fails the build
 * @param failLevel            the two-sided level its FAIL test used at the last look: the look's level divided by
 *                             Holm's count of gated metrics not yet failed; absent when not tested for FAIL
 */
public record MetricAnalysisReport(
        String method,
        long n,
        double alpha,
        double estimatePct,
        double ciLowerPct,
        double ciUpperPct,
        double confidenceRequested,
        double confidenceAchieved,
        double estimateLog,
        double ciLowerLog,
        double ciUpperLog,
        WilcoxonReport wilcoxon,
        TTestReport tTest,
        Double mdePct,
        NoiseReport noise,
        OrderEffectReport orderEffect,
        String status,
        Double thresholdPct,
        String reason,
        Long pairsLikelyNeeded,
        String better,
        Double ownEstimatePct,
        Double ownCiLowerPct,
        Double ownCiUpperPct,
        Boolean ruler,
        Double failLevel) {

    /** An analysis of a lower-is-better metric without family figures. */
    public MetricAnalysisReport(
            String method,
            long n,
            double alpha,
            double estimatePct,
            double ciLowerPct,
            double ciUpperPct,
            double confidenceRequested,
            double confidenceAchieved,
            double estimateLog,
            double ciLowerLog,
            double ciUpperLog,
            WilcoxonReport wilcoxon,
            TTestReport tTest,
            Double mdePct,
            NoiseReport noise,
            OrderEffectReport orderEffect,
            String status,
            Double thresholdPct,
            String reason,
            Long pairsLikelyNeeded) {
        this(
                method,
                n,
                alpha,
                estimatePct,
                ciLowerPct,
                ciUpperPct,
                confidenceRequested,
                confidenceAchieved,
                estimateLog,
                ciLowerLog,
                ciUpperLog,
                wilcoxon,
                tTest,
                mdePct,
                noise,
                orderEffect,
                status,
                thresholdPct,
                reason,
                pairsLikelyNeeded,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Whether the figures are of the inverse of a higher-is-better metric. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean higherIsBetter() {
        return MetricDefinition.HIGHER.equals(better);
    }

    /** @param exact exact null distribution ({@code false}: tie-corrected normal approximation) */
    public record WilcoxonReport(double statistic, long zeros, double pTwoSided, double pGreater, boolean exact) {}

    public record TTestReport(double meanPct, double ciLowerPct, double ciUpperPct, Double pValue) {}

    /**
     * @param logRatioRobustCvPct 1.4826·MAD of the log ratios, in percent
     * @param outliers            log ratios outside Tukey's fences (counted, kept)
     * @param driftRho            Spearman correlation of the log ratios with the pair index
     * @param drifting            the trend is significant: the machine changed during the run
     */
    public record NoiseReport(
            double logRatioRobustCvPct,
            double baselineRobustCvPct,
            double currentRobustCvPct,
            long outliers,
            double driftRho,
            @JsonProperty("drift_p_value") Double driftPValue,
            boolean drifting) {}

    /**
     * @param firstMinusSecondPct how much longer (positive) or shorter a run took in the first position
     *                            of a pair than in the second, in percent
     */
    public record OrderEffectReport(long baselineFirstPairs, long currentFirstPairs, double firstMinusSecondPct) {}
}
