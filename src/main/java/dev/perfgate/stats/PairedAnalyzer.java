package dev.perfgate.stats;

import dev.perfgate.stats.HodgesLehmann.HodgesLehmannResult;
import dev.perfgate.stats.PairedTTest.PairedTResult;

/**
 * Entry point of the robust paired analysis of one metric (wall time, CPU time, peak memory): per-pair
 * log ratios, Hodges-Lehmann estimate with its signed-rank interval, Wilcoxon and paired-t tests,
 * minimum detectable effect, noise, drift and order effect. The verdict is a separate step,
 * {@link VerdictRule}, so the same analysis can be judged against different thresholds.
 */
public final class PairedAnalyzer {
    private PairedAnalyzer() {}

    /**
     * Analyses one metric. O(n log n) time and O(n) memory: 100,000 pairs are fine.
     *
     * @param metric human name used in reasons, e.g. "wall time"
     * @param baseline baseline values, positive and finite, one per pair, in execution order
     * @param current current values, positive and finite, same length and order
     * @param baselineFirst per pair whether the baseline ran first, or null when unknown
     * @param alpha two-sided level, in (0, 1); for a planned look pass its level from {@link SequentialPlan}
     * @return the analysis
     * @throws IllegalArgumentException for mismatched lengths, no pairs, non-positive or non-finite values,
     *         or alpha outside (0, 1)
     */
    public static MetricAnalysis analyze(
            String metric, double[] baseline, double[] current, boolean[] baselineFirst, double alpha) {
        PairedTTest.requireAlpha(alpha);
        double[] d = LogRatios.of(baseline, current);
        int n = d.length;
        HodgesLehmannResult hl = HodgesLehmann.estimate(d, alpha);
        PairedTResult t = PairedTTest.test(d, alpha);
        double sd = DoubleSummary.of(d).stddev();
        NoiseFigures noise = NoiseFigures.of(d, baseline, current);
        MetricAnalysis withoutMde = new MetricAnalysis(
                metric,
                MetricAnalysis.METHOD,
                n,
                alpha,
                hl,
                Percent.fromLog(hl.estimate()),
                Percent.fromLog(hl.lower()),
                Percent.fromLog(hl.upper()),
                WilcoxonSignedRank.test(d),
                t,
                Percent.fromLog(t.mean()),
                Percent.fromLog(t.ciLower()),
                Percent.fromLog(t.ciUpper()),
                sd,
                null,
                noise,
                DriftCheck.of(d, alpha),
                OrderEffect.of(d, baselineFirst));
        Double mdeLog = MinimumDetectableEffect.logUnits(withoutMde.planningSdLog(), n, alpha);
        return withoutMde.withMdePct(mdeLog == null ? null : Percent.fromLog(mdeLog));
    }
}
