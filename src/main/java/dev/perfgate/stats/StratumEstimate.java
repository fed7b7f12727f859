package dev.perfgate.stats;

/**
 * One stratum's (one machine's) own estimate, as a merged analysis weighs it. Log units.
 *
 * @param name               the stratum's name
 * @param n                  its pairs
 * @param estimateLog        Hodges-Lehmann estimate of its log ratios
 * @param lowerLog           lower bound of its exact signed-rank interval at the look's level
 * @param upperLog           upper bound
 * @param achievedConfidence what that interval reaches (below the requested confidence for very few pairs)
 * @param standardErrorLog   Lehmann's standard error read from the interval's width, see {@link StratifiedAnalyzer}
 * @param weightShare        its share of the merged estimate, in [0, 1]; the shares add up to 1
 */
public record StratumEstimate(
        String name,
        int n,
        double estimateLog,
        double lowerLog,
        double upperLog,
        double achievedConfidence,
        double standardErrorLog,
        double weightShare) {

    public double estimatePct() {
        return Percent.fromLog(estimateLog);
    }

    public double lowerPct() {
        return Percent.fromLog(lowerLog);
    }

    public double upperPct() {
        return Percent.fromLog(upperLog);
    }
}
