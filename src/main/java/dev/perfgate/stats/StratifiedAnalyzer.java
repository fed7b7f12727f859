package dev.perfgate.stats;

import dev.perfgate.stats.HodgesLehmann.HodgesLehmannResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

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
 * quietest stratum's, so a noisy machine cannot drown a quiet one and the merge keeps about the power of
 * the quietest machine alone. Each stratum's part stays distribution-free and robust: its
 * estimate is the Hodges-Lehmann estimate and its standard error is Lehmann's, read from the width of
 * its exact signed-rank interval at the look's level, se_s = (U_s - L_s) / (2 z_((1 + c_s)/2)) with
 * c_s the confidence that interval achieves.
 *
 * <p>The weights are estimated, and 1/sum(w_s) then understates the merged estimate's variance (a stratum
 * whose noise happened to look small gets too much weight): at 4 to 8 machines of 10 pairs the plain
 * interval falsely FAILs about 7% of A/A merges instead of 5%. Two textbook corrections for this Graybill-Deal
 * estimator fix it: Meier's (1953) first-order variance factor 1 + 4 sum(a_s (1 - a_s) / nu_s), with
 * a_s = w_s / sum(w) and nu_s = n_s - 1, and a Student t quantile on Satterthwaite's 1 / sum(a_s^2 / nu_s)
 * degrees of freedom instead of the normal one. Meier's factor fades when one stratum dominates; the t
 * quantile then widens that stratum's interval by what a t interval would (3% at 30 pairs).
 * (bench/merge-simulation.sh measures the false-FAIL rate and the power this gives at machines of
 * unequal noise and speed, and the uncorrected interval beside it.)
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

    private StratifiedAnalyzer() {}

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
    public static StratifiedAnalysis analyze(
            String metric, List<StratumRatios> strata, double level, double heterogeneityAlpha) {
        PairedTTest.requireAlpha(level);
        PairedTTest.requireAlpha(heterogeneityAlpha);
        if (strata == null || strata.isEmpty()) {
            throw new IllegalArgumentException("a merged analysis needs at least one stratum");
        }
        int minimumPairs = HodgesLehmann.minimumPairs(level);
        if (strata.size() == 1) {
            StratumRatios only = strata.get(0);
            HodgesLehmannResult hl = HodgesLehmann.estimate(only.logRatios(), level);
            StratumEstimate own = new StratumEstimate(
                    only.name(),
                    only.n(),
                    hl.estimate(),
                    hl.lower(),
                    hl.upper(),
                    hl.achievedConfidence(),
                    standardError(hl),
                    1.0);
            return new StratifiedAnalysis(
                    metric,
                    only.n(),
                    level,
                    List.of(own),
                    hl.estimate(),
                    hl.lower(),
                    hl.upper(),
                    own.standardErrorLog(),
                    minimumPairs,
                    WilcoxonSignedRank.test(only.logRatios()).pGreater(),
                    null);
        }
        List<HodgesLehmannResult> own = new ArrayList<>();
        double[] weights = new double[strata.size()];
        double weightSum = 0.0;
        double weightedSum = 0.0;
        int n = 0;
        for (int i = 0; i < strata.size(); i++) {
            StratumRatios s = strata.get(i);
            if (s.n() < 2) {
                throw new IllegalArgumentException("stratum " + s.name() + " has " + s.n()
                        + " pair; merging needs at least 2 per stratum to tell its noise");
            }
            HodgesLehmannResult hl = HodgesLehmann.estimate(s.logRatios(), level);
            own.add(hl);
            weights[i] = 1.0 / square(standardError(hl));
            weightSum += weights[i];
            weightedSum += weights[i] * hl.estimate();
            n += s.n();
        }
        double estimate = weightedSum / weightSum;
        double meier = 0.0;
        double satterthwaite = 0.0;
        for (int i = 0; i < strata.size(); i++) {
            double share = weights[i] / weightSum;
            double df = strata.get(i).n() - 1.0;
            meier += share * (1.0 - share) / df;
            satterthwaite += share * share / df;
        }
        double se = Math.sqrt((1.0 + 4.0 * meier) / weightSum);
        TDistribution t = new TDistribution(null, 1.0 / satterthwaite);
        double quantile = t.inverseCumulativeProbability(1.0 - level / 2.0);
        double pGreater = PairedTTest.clampProbability(1.0 - t.cumulativeProbability(estimate / se));
        double halfWidth = quantile * se;
        List<StratumEstimate> estimates = new ArrayList<>();
        double q = 0.0;
        for (int i = 0; i < strata.size(); i++) {
            HodgesLehmannResult hl = own.get(i);
            q += weights[i] * square(hl.estimate() - estimate);
            estimates.add(new StratumEstimate(
                    strata.get(i).name(),
                    hl.n(),
                    hl.estimate(),
                    hl.lower(),
                    hl.upper(),
                    hl.achievedConfidence(),
                    1.0 / Math.sqrt(weights[i]),
                    weights[i] / weightSum));
        }
        int df = strata.size() - 1;
        double p = PairedTTest.clampProbability(1.0 - new ChiSquaredDistribution(null, df).cumulativeProbability(q));
        Heterogeneity heterogeneity = new Heterogeneity(q, df, p, heterogeneityAlpha, p < heterogeneityAlpha);
        return new StratifiedAnalysis(
                metric,
                n,
                level,
                estimates,
                estimate,
                estimate - halfWidth,
                estimate + halfWidth,
                se,
                minimumPairs,
                pGreater,
                heterogeneity);
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

    private static double square(double x) {
        return x * x;
    }
}
