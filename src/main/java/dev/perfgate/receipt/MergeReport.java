package dev.perfgate.receipt;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code perfgate:merge} adds to a merged receipt (added to v1): the receipts (strata) it merged and,
 * per analysed metric, each stratum's own figures and the test of whether they agree. The merged figures
 * themselves are in {@code analysis}, the pairs in {@code samples} with their {@code stratum}.
 *
 * @param method             {@code inverse_variance_hodges_lehmann} with two or more strata;
 *                           {@code hodges_lehmann_wilcoxon} for one
 * @param heterogeneityAlpha level of Cochran's Q test (the run's significance alpha)
 * @param strata             the merged receipts, in the order given; a pair's {@code stratum} indexes this list
 * @param metrics            per metric key ({@code wall_time}, ...), each stratum's figures
 */
public record MergeReport(
        String method, double heterogeneityAlpha, List<Stratum> strata, Map<String, MetricStrata> metrics) {

    public MergeReport {
        strata = strata == null ? List.of() : List.copyOf(strata);
        metrics = metrics == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(metrics)); // in the order of analysis
    }

    /**
     * One merged receipt.
     *
     * @param name    its path relative to where the merge ran (chosen by the merge's user)
     * @param runId   its {@code run.id}
     * @param host    its {@code run.host}
     * @param shard   its {@code config.shard} (e.g. {@code 2/4}), when it was a shard
     * @param pairs   its measured pairs
     * @param startedAt its {@code run.started_at}
     */
    public record Stratum(String name, String runId, HostInfo host, String shard, long pairs, String startedAt) {}

    /**
     * One metric over the strata.
     *
     * @param strata        each stratum's own figures, in the order of {@link MergeReport#strata()}
     * @param heterogeneity Cochran's Q over them; absent for one stratum
     */
    public record MetricStrata(List<StratumFigures> strata, Heterogeneity heterogeneity) {

        public MetricStrata {
            strata = List.copyOf(strata);
        }
    }

    /**
     * One stratum's own estimate of a metric's change, as the merge weighed it.
     *
     * @param stratum            index in {@link MergeReport#strata()}
     * @param n                  its pairs with this metric
     * @param estimatePct        its Hodges-Lehmann estimate
     * @param ciLowerPct         its exact signed-rank interval at the merge's level
     * @param ciUpperPct         upper bound
     * @param confidenceAchieved what that interval reaches
     * @param weight             its share of the merged estimate, in [0, 1]
     */
    public record StratumFigures(
            long stratum,
            long n,
            double estimatePct,
            double ciLowerPct,
            double ciUpperPct,
            double confidenceAchieved,
            double weight) {}

    /**
     * Cochran's Q test of "every stratum measured the same change".
     *
     * @param q        the statistic
     * @param df       strata - 1
     * @param pValue   its p-value
     * @param rejected the strata disagree beyond their noise (p below the merge's alpha)
     */
    public record Heterogeneity(double q, long df, double pValue, boolean rejected) {}
}
