package dev.perfgate.stats;

import dev.perfgate.stats.HodgesLehmann.HodgesLehmannResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The merged analysis of strata (machines): each stratum's own Hodges-Lehmann estimate and exact
 * signed-rank interval, combined with inverse-variance (precision) weights, plus Cochran's Q test of
 * whether the strata agree.
 *
 * <p>Why a precision-weighted combination and not van Elteren's stratified signed-rank test: van Elteren
 * weighs stratum s by 1/(n_s + 1), by its size only. A machine ten times noisier than another carries
 * the same weight per pair, so at equal pair counts its ranks, near-random at the shift the quiet
 * machine resolves, dilute the quiet one's: the test's efficacy is about sum(n_s f_s) / sqrt(sum n_s)
 * (f_s the density of the stratum's ratios at their centre, proportional to 1/noise), i.e. 0.78 of the
 * quiet machine's alone for two machines at 10x noise. Inverse-variance weights are the best linear
 * combination whatever the noise: the merged standard error 1/sqrt(sum 1/se_s^2) is never above the
 * quietest stratum's, so merging never loses power against the quietest machine alone, and a noisy
 * machine cannot drown a quiet one. Each stratum's part stays distribution-free and robust: its
 * estimate is the Hodges-Lehmann estimate and its standard error is Lehmann's, read from the width of
 * its exact signed-rank interval at the look's level, se_s = (U_s - L_s) / (2 z_((1 + c_s)/2)) with
 * c_s the confidence that interval achieves. Because that width already carries the exact small-sample
 * distribution, the merged interval uses the normal quantile; for one dominant stratum it reduces to
 * that stratum's own interval width. (bench/merge-simulation.sh measures the false-FAIL rate this
 * gives at machines of unequal noise and speed.)
 *
 * <p>Heterogeneity: the strata are pairs from different machines, so a real change can differ between
 * them (a cache that one CPU has and another lacks). Cochran's Q on the per-stratum estimates tests
 * "one common change" at the run's alpha; when it rejects, the merged figure averages changes that
 * disagree and the caller must not pass on it ({@link StratifiedVerdictRule}).
 *
 * <p>One stratum is the plain paired analysis: its exact interval, no heterogeneity test.
 */
public final class StratifiedAnalyzer {
    /** A stratum whose log ratios are all equal has a zero-width interval; this keeps its weight finite. */
    static final double MIN_STANDARD_ERROR = 1e-12;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private StratifiedAnalyzer() {
    }

    /**
     * Analyses the strata of one metric.
     *
     * @param metric             human name, e.g. "wall time"
     * @param strata             one or more strata; with two or more, each needs at least 2 pairs
     * @param level              two-sided level of the intervals, in (0, 1): one look at the run's full
     *                           alpha is {@code SequentialPlan.levelBudget(alpha)}
     * @param heterogeneityAlpha the level of Cochran's Q test, in (0, 1)
     * @return the analysis
     * @throws IllegalArgumentException for no strata, a stratum of one pair among several, or levels
     *                                  outside (0, 1)
     */
    public static StratifiedAnalysis analyze(String metric, List<StratumRatios> strata, double level,
                                             double heterogeneityAlpha) {
        PairedTTest.requireAlpha(level);
        PairedTTest.requireAlpha(heterogeneityAlpha);
        if (strata == null || strata.isEmpty()) {
            throw new IllegalArgumentException("a merged analysis needs at least one stratum");
        }
        int minimumPairs = HodgesLehmann.minimumPairs(level);
        if (strata.size() == 1) {
            StratumRatios only = strata.get(0);
            HodgesLehmannResult hl = HodgesLehmann.estimate(only.logRatios(), level);
            StratumEstimate own = new StratumEstimate(only.name(), only.n(), hl.estimate(), hl.lower(), hl.upper(),
                    hl.achievedConfidence(), standardError(hl), 1.0);
            return new StratifiedAnalysis(metric, only.n(), level, List.of(own), hl.estimate(), hl.lower(), hl.upper(),
                    own.standardErrorLog(), minimumPairs, null);
        }
        List<HodgesLehmannResult> own = new ArrayList<>();
        double weightSum = 0.0;
        double weightedSum = 0.0;
        int n = 0;
        for (StratumRatios s : strata) {
            if (s.n() < 2) {
                throw new IllegalArgumentException("stratum " + s.name() + " has " + s.n()
                        + " pair; merging needs at least 2 per stratum to tell its noise");
            }
            HodgesLehmannResult hl = HodgesLehmann.estimate(s.logRatios(), level);
            own.add(hl);
            double w = weight(hl);
            weightSum += w;
            weightedSum += w * hl.estimate();
            n += s.n();
        }
        double estimate = weightedSum / weightSum;
        double se = 1.0 / Math.sqrt(weightSum);
        double halfWidth = STANDARD_NORMAL.inverseCumulativeProbability(1.0 - level / 2.0) * se;
        List<StratumEstimate> estimates = new ArrayList<>();
        double q = 0.0;
        for (int i = 0; i < strata.size(); i++) {
            HodgesLehmannResult hl = own.get(i);
            double w = weight(hl);
            q += w * square(hl.estimate() - estimate);
            estimates.add(new StratumEstimate(strata.get(i).name(), hl.n(), hl.estimate(), hl.lower(), hl.upper(),
                    hl.achievedConfidence(), standardError(hl), w / weightSum));
        }
        int df = strata.size() - 1;
        double p = PairedTTest.clampProbability(1.0 - new ChiSquaredDistribution(null, df).cumulativeProbability(q));
        Heterogeneity heterogeneity = new Heterogeneity(q, df, p, heterogeneityAlpha, p < heterogeneityAlpha);
        return new StratifiedAnalysis(metric, n, level, estimates, estimate, estimate - halfWidth, estimate + halfWidth,
                se, minimumPairs, heterogeneity);
    }

    /**
     * Lehmann's standard error of a Hodges-Lehmann estimate: the half-width of its interval over the
     * normal quantile of the confidence that interval achieves; {@link #MIN_STANDARD_ERROR} at least.
     */
    static double standardError(HodgesLehmannResult hl) {
        double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + hl.achievedConfidence() / 2.0);
        double se = z > 0.0 ? (hl.upper() - hl.lower()) / (2.0 * z) : 0.0;
        return Math.max(MIN_STANDARD_ERROR, se);
    }

    private static double weight(HodgesLehmannResult hl) {
        return 1.0 / square(standardError(hl));
    }

    private static double square(double x) {
        return x * x;
    }
}
