package dev.perfgate.stats;

import java.util.List;

/**
 * The merged analysis of one metric over several strata (machines, receipts). Log units unless the name
 * says percent.
 *
 * @param metric             human name of the metric, e.g. "wall time"
 * @param n                  pairs over all strata
 * @param level              two-sided level of the interval (one look at the run's full alpha: 2 · alpha)
 * @param strata             each stratum's own estimate, in the order given
 * @param estimateLog        the merged estimate
 * @param lowerLog           lower bound of its interval at confidence 1 - level
 * @param upperLog           upper bound
 * @param standardErrorLog   standard error of the merged estimate
 * @param minimumStratumPairs the fewest pairs a stratum needs for its interval to reach the requested
 *                           confidence; below that in any stratum no verdict rests on the merge
 * @param pGreater           one-sided p-value of "slower" (the merged estimate above 0), consistent with the
 *                           interval: the lower bound is above 0 at level L exactly when pGreater &lt; L / 2
 *                           (for one stratum, its Wilcoxon signed-rank test's)
 * @param heterogeneity      Cochran's Q over the strata; null for a single stratum
 */
public record StratifiedAnalysis(
        String metric,
        int n,
        double level,
        List<StratumEstimate> strata,
        double estimateLog,
        double lowerLog,
        double upperLog,
        double standardErrorLog,
        int minimumStratumPairs,
        double pGreater,
        Heterogeneity heterogeneity) {

    /** Name of the method, as the merged receipt records it. */
    public static final String METHOD = "inverse_variance_hodges_lehmann";

    public StratifiedAnalysis {
        strata = List.copyOf(strata);
    }

    public double estimatePct() {
        return Percent.fromLog(estimateLog);
    }

    public double ciLowerPct() {
        return Percent.fromLog(lowerLog);
    }

    public double ciUpperPct() {
        return Percent.fromLog(upperLog);
    }

    /**
     * Whether every stratum has enough pairs for its own interval to reach the requested confidence: the
     * merged interval is built from those intervals' widths and is no better than they are.
     *
     * @return false when some stratum is too small
     */
    public boolean confidenceAchieved() {
        return strata.stream().allMatch(s -> s.n() >= minimumStratumPairs);
    }

    /** Whether the strata disagree beyond their noise. */
    public boolean heterogeneous() {
        return heterogeneity != null && heterogeneity.rejected();
    }
}
