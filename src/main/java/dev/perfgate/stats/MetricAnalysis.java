package dev.perfgate.stats;

import dev.perfgate.stats.HodgesLehmann.HodgesLehmannResult;
import dev.perfgate.stats.PairedTTest.PairedTResult;
import dev.perfgate.stats.WilcoxonSignedRank.WilcoxonResult;

/**
 * Everything the robust paired analysis found for one metric. Log-unit figures are ln(current/baseline);
 * percent figures are (exp(x) - 1) * 100. Every double is finite; absent figures are null.
 *
 * @param metric human name of the metric, e.g. "wall time", used in verdict reasons
 * @param method the primary method, {@value #METHOD}
 * @param n number of pairs
 * @param alpha two-sided level the intervals and tests used
 * @param hodgesLehmann estimate and interval in log units, with requested and achieved confidence
 * @param estimatePct the Hodges-Lehmann estimate in percent
 * @param ciLowerPct lower bound of its interval in percent
 * @param ciUpperPct upper bound of its interval in percent
 * @param wilcoxon signed-rank test of "no change" on the log ratios
 * @param tTest paired t-test on the same log ratios, reported beside the primary method
 * @param tMeanPct the t-test's mean in percent
 * @param tCiLowerPct the t-test's lower bound in percent
 * @param tCiUpperPct the t-test's upper bound in percent
 * @param sdLog sample standard deviation of the log ratios (0 for one pair)
 * @param mdePct minimum detectable effect at 80% power in percent, at the robust noise
 *        ({@link #planningSdLog()}); null when n &lt; 2
 * @param noise robust noise figures and outlier count
 * @param drift trend of the log ratios over the run
 * @param orderEffect first-position effect, null when the order is unknown or was never mixed
 */
public record MetricAnalysis(
        String metric,
        String method,
        int n,
        double alpha,
        HodgesLehmannResult hodgesLehmann,
        double estimatePct,
        double ciLowerPct,
        double ciUpperPct,
        WilcoxonResult wilcoxon,
        PairedTResult tTest,
        double tMeanPct,
        double tCiLowerPct,
        double tCiUpperPct,
        double sdLog,
        Double mdePct,
        NoiseFigures noise,
        DriftCheck drift,
        OrderEffect orderEffect) {

    /** Name of the primary method, as the receipt records it. */
    public static final String METHOD = "hodges_lehmann_wilcoxon";

    /**
     * Whether the interval reaches the requested confidence; when not, no verdict may rest on it.
     *
     * @return see {@link HodgesLehmannResult#confidenceAchieved()}
     */
    public boolean confidenceAchieved() {
        return hodgesLehmann.confidenceAchieved();
    }

    /**
     * The pair-to-pair noise the planning figures (minimum detectable effect, pairs likely needed) use:
     * 1.4826 · MAD of the log ratios, which one wild pair cannot inflate (the ordinary SD turned one 106 ms
     * pair among 33 ms ones into "about 555 pairs"). When more than half the ratios are equal the MAD is 0
     * and says nothing, so the ordinary SD stands in.
     *
     * @return a standard deviation in log units, finite and non-negative
     */
    public double planningSdLog() {
        double robust = noise.logRatioRobustCvPct() / 100.0;
        return robust > 0.0 ? robust : sdLog;
    }

    MetricAnalysis withMdePct(Double value) {
        return new MetricAnalysis(
                metric,
                method,
                n,
                alpha,
                hodgesLehmann,
                estimatePct,
                ciLowerPct,
                ciUpperPct,
                wilcoxon,
                tTest,
                tMeanPct,
                tCiLowerPct,
                tCiUpperPct,
                sdLog,
                value,
                noise,
                drift,
                orderEffect);
    }
}
