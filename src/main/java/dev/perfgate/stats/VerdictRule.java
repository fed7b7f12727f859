package dev.perfgate.stats;

import java.util.Locale;

/**
 * The gate rule, applied to the Hodges-Lehmann interval in percent:
 * <ul>
 *   <li>FAIL when the interval's lower bound is above 0 (the change is real) and the estimate exceeds the
 *       threshold (and it is big enough to matter).</li>
 *   <li>PASS when the upper bound is below the threshold: at the requested confidence the change is
 *       smaller than the threshold. Power is a planning figure, not a condition on an observed interval,
 *       so a clear improvement passes however few pairs showed it.</li>
 *   <li>INCONCLUSIVE otherwise, and always when the interval could not reach the requested confidence
 *       (too few pairs for the exact signed-rank interval at this alpha): no decision on a weaker interval
 *       than the one asked for.</li>
 * </ul>
 * Without a threshold the metric is reported only and never fails.
 */
public final class VerdictRule {
    private VerdictRule() {}

    /**
     * Decides one metric.
     *
     * @param a the analysis
     * @param thresholdPct the largest acceptable slowdown in percent (e.g. 2.0), or null for report only
     * @return the decision with its reason
     * @throws IllegalArgumentException when the threshold is NaN or infinite
     */
    public static GateDecision decide(MetricAnalysis a, Double thresholdPct) {
        String change = describe(a);
        if (thresholdPct == null) {
            return new GateDecision(null, change + " (no threshold: reported only)", null);
        }
        double threshold = thresholdPct;
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite percentage, was " + threshold);
        }
        if (!a.confidenceAchieved()) {
            int minimum = HodgesLehmann.minimumPairs(a.alpha());
            Integer likely = pairsLikelyNeeded(a, threshold);
            int needed = likely == null ? minimum : Math.max(minimum, likely);
            return new GateDecision(
                    VerdictStatus.INCONCLUSIVE,
                    String.format(
                            Locale.ROOT,
                            "%s: %d pairs cannot reach %.1f%% confidence (at most %.1f%%); at least %d pairs are needed",
                            change,
                            a.n(),
                            100 * a.hodgesLehmann().requestedConfidence(),
                            100 * a.hodgesLehmann().achievedConfidence(),
                            minimum),
                    needed);
        }
        return byInterval(
                change, a.ciLowerPct(), a.estimatePct(), a.ciUpperPct(), threshold, pairsLikelyNeeded(a, threshold));
    }

    /**
     * The rule itself on an interval that reaches the requested confidence, shared by the merged
     * analysis ({@link StratifiedVerdictRule}).
     *
     * @param change      the change in words, e.g. "wall time +3.1% [+1.2%, +5.0%]"
     * @param likelyPairs pairs likely needed, for an INCONCLUSIVE decision; may be null
     */
    static GateDecision byInterval(
            String change,
            double lowerPct,
            double estimatePct,
            double upperPct,
            double threshold,
            Integer likelyPairs) {
        return byInterval(
                change,
                lowerPct,
                estimatePct,
                upperPct,
                threshold,
                String.format(Locale.ROOT, "%.1f%%", threshold),
                likelyPairs);
    }

    /** The same, with the threshold as the reason states it (in the metric's own terms). */
    static GateDecision byInterval(
            String change,
            double lowerPct,
            double estimatePct,
            double upperPct,
            double threshold,
            String thresholdText,
            Integer likelyPairs) {
        if (lowerPct > 0.0 && estimatePct > threshold) {
            return new GateDecision(VerdictStatus.FAIL, change + " exceeds threshold " + thresholdText, null);
        }
        if (upperPct < threshold) {
            return new GateDecision(VerdictStatus.PASS, change + " is below threshold " + thresholdText, null);
        }
        String why;
        if (lowerPct > 0.0) {
            why = "slower, but the estimate does not exceed threshold " + thresholdText
                    + " while the interval reaches above it";
        } else {
            why = "the interval spans both 0 and threshold " + thresholdText;
        }
        return new GateDecision(VerdictStatus.INCONCLUSIVE, change + " is inconclusive: " + why, likelyPairs);
    }

    /**
     * How many pairs (in total) would likely turn this analysis into a decision, by the same
     * t-approximation as {@link MinimumDetectableEffect} at the robust noise of the log ratios
     * ({@link MetricAnalysis#planningSdLog()}): the fewest n whose minimum detectable effect is no larger
     * than the distance from the estimate to the boundary that decides it. An estimate at or above the
     * threshold can only FAIL, which needs the lower bound above 0: the distance is the estimate itself. An
     * estimate below the threshold can only PASS, which needs the upper bound below the threshold: the
     * distance is threshold - estimate. A planning figure at this look's level, not a promise.
     *
     * @param a the analysis
     * @param thresholdPct the threshold in percent
     * @return total pairs, at least one more than measured and at least
     *         {@link HodgesLehmann#minimumPairs(double)}; null when not estimable (fewer than 2 pairs, no
     *         spread, or an estimate of exactly 0 at a threshold of 0)
     */
    public static Integer pairsLikelyNeeded(MetricAnalysis a, double thresholdPct) {
        double sd = a.planningSdLog();
        if (a.n() < 2 || !(sd > 0.0) || !(thresholdPct > -100.0)) {
            return null;
        }
        double thresholdLog = Percent.toLog(thresholdPct);
        double estimate = a.hodgesLehmann().estimate();
        // At or above the threshold only FAIL is reachable (the lower bound has to clear 0); below it only
        // PASS (the upper bound has to fall below the threshold).
        double target = estimate >= thresholdLog ? estimate : thresholdLog - estimate;
        Integer pairs = MinimumDetectableEffect.pairsFor(sd, target, a.alpha());
        if (pairs == null) {
            return null;
        }
        return Math.max(pairs, Math.max(a.n() + 1, HodgesLehmann.minimumPairs(a.alpha())));
    }

    private static String describe(MetricAnalysis a) {
        return String.format(
                Locale.ROOT,
                "%s %+.1f%% [%+.1f%%, %+.1f%%]",
                a.metric(),
                a.estimatePct(),
                a.ciLowerPct(),
                a.ciUpperPct());
    }
}
