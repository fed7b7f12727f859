package dev.perfgate.stats;

import java.util.Locale;

/**
 * The gate rule, applied to the Hodges-Lehmann interval in percent:
 * <ul>
 *   <li>FAIL when the interval's lower bound is above 0 (the change is real) and the estimate exceeds the
 *       threshold (and it is big enough to matter).</li>
 *   <li>PASS when the upper bound is below the threshold and the minimum detectable effect is at most the
 *       threshold: a run that could not have seen a change of the threshold's size proves nothing, so
 *       underpowered is never a PASS (nor is a run with fewer than 2 pairs, whose MDE is unknown).</li>
 *   <li>INCONCLUSIVE otherwise, and always when the interval could not reach the requested confidence
 *       (too few pairs for the exact signed-rank interval at this alpha): no decision on a weaker interval
 *       than the one asked for.</li>
 * </ul>
 * Without a threshold the metric is reported only and never fails.
 */
public final class VerdictRule {
    private VerdictRule() {
    }

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
        String thresholdText = String.format(Locale.ROOT, "%.1f%%", threshold);
        if (!a.confidenceAchieved()) {
            int minimum = HodgesLehmann.minimumPairs(a.alpha());
            Integer likely = pairsLikelyNeeded(a, threshold);
            int needed = likely == null ? minimum : Math.max(minimum, likely);
            return new GateDecision(VerdictStatus.INCONCLUSIVE, String.format(Locale.ROOT,
                    "%s: %d pairs cannot reach %.1f%% confidence (at most %.1f%%); at least %d pairs are needed",
                    change, a.n(), 100 * a.hodgesLehmann().requestedConfidence(),
                    100 * a.hodgesLehmann().achievedConfidence(), minimum), needed);
        }
        if (a.ciLowerPct() > 0.0 && a.estimatePct() > threshold) {
            return new GateDecision(VerdictStatus.FAIL, change + " exceeds threshold " + thresholdText, null);
        }
        boolean belowThreshold = a.ciUpperPct() < threshold;
        boolean powered = a.mdePct() != null && a.mdePct() <= threshold;
        if (belowThreshold && powered) {
            return new GateDecision(VerdictStatus.PASS, String.format(Locale.ROOT,
                    "%s is below threshold %s (detectable effect %.1f%%)", change, thresholdText, a.mdePct()), null);
        }
        String why;
        if (belowThreshold) {
            why = a.mdePct() == null
                    ? "too few pairs to know what change this run could detect"
                    : String.format(Locale.ROOT, "underpowered: the smallest detectable change, %.1f%%, exceeds "
                            + "threshold %s", a.mdePct(), thresholdText);
        } else if (a.ciLowerPct() > 0.0) {
            why = "slower, but the estimate does not exceed threshold " + thresholdText
                    + " while the interval reaches above it";
        } else {
            why = "the interval spans both 0 and threshold " + thresholdText;
        }
        return new GateDecision(VerdictStatus.INCONCLUSIVE, change + " is inconclusive: " + why,
                pairsLikelyNeeded(a, threshold));
    }

    /**
     * How many pairs (in total) would likely turn this analysis into a decision, by the same
     * t-approximation as {@link MinimumDetectableEffect} at the observed standard deviation of the log
     * ratios: the fewest n whose minimum detectable effect is no larger than the distance from the
     * estimate to the boundary that decides it. An estimate at or above the threshold can only FAIL, which
     * needs the lower bound above 0: the distance is the estimate itself. An estimate below the threshold
     * can only PASS, which needs the upper bound below the threshold and the MDE at most the threshold:
     * the smaller of (threshold - estimate) and the threshold. A planning figure, not a promise.
     *
     * @param a the analysis
     * @param thresholdPct the threshold in percent
     * @return total pairs, at least one more than measured and at least
     *         {@link HodgesLehmann#minimumPairs(double)}; null when not estimable (fewer than 2 pairs, no
     *         spread, or a side that can never be decided, such as an estimate below a threshold of 0)
     */
    public static Integer pairsLikelyNeeded(MetricAnalysis a, double thresholdPct) {
        if (a.n() < 2 || !(a.sdLog() > 0.0) || !(thresholdPct > -100.0)) {
            return null;
        }
        double thresholdLog = Percent.toLog(thresholdPct);
        double estimate = a.hodgesLehmann().estimate();
        double target;
        if (estimate >= thresholdLog) {
            target = estimate; // FAIL side: the lower bound has to clear 0
        } else if (thresholdLog > 0.0) {
            target = Math.min(thresholdLog - estimate, thresholdLog); // PASS side
        } else {
            return null; // below a threshold of 0 or less: neither FAIL nor PASS is reachable
        }
        Integer pairs = MinimumDetectableEffect.pairsFor(a.sdLog(), target, a.alpha());
        if (pairs == null) {
            return null;
        }
        return Math.max(pairs, Math.max(a.n() + 1, HodgesLehmann.minimumPairs(a.alpha())));
    }

    private static String describe(MetricAnalysis a) {
        return String.format(Locale.ROOT, "%s %+.1f%% [%+.1f%%, %+.1f%%]", a.metric(), a.estimatePct(),
                a.ciLowerPct(), a.ciUpperPct());
    }
}
