package dev.perfgate.stats;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The gate rule for a merged analysis: {@link VerdictRule}'s FAIL / PASS / INCONCLUSIVE on the merged
 * interval, after two checks that only a merge needs:
 * <ul>
 *   <li>every stratum has enough pairs for its own interval to reach the requested confidence (the merged
 *       interval is built from their widths);</li>
 *   <li>the strata agree: when Cochran's Q rejects "one common change", the verdict is INCONCLUSIVE with
 *       every stratum and its estimate named. A machine at +20% and one at -17% average to about 0, and a
 *       PASS on that average would hide a real regression on one kind of machine; a FAIL on it would blame
 *       the change for what one kind of machine did.</li>
 * </ul>
 * A disagreement still FAILs when no machine clears the change: the merged interval fails and no
 * stratum's own interval lies below the threshold, so the machines disagree only on how much slower the
 * change is (or a noisy one cannot tell), and no machine's evidence says "not a regression here". A
 * machine whose own interval passes turns the FAIL into INCONCLUSIVE. Keeping the other FAILs keeps the
 * merge's power: Q falsely rejects in about alpha of merges of machines that agree, and blocking every
 * FAIL then would make a clear regression fail only in about 1 - alpha of merges
 * (bench/merge-simulation.sh, power table).
 */
public final class StratifiedVerdictRule {
    private StratifiedVerdictRule() {}

    /**
     * Decides one merged metric.
     *
     * @param a            the merged analysis
     * @param thresholdPct the largest acceptable slowdown in percent, or null for report only
     * @return the decision with its reason
     * @throws IllegalArgumentException when the threshold is NaN or infinite
     */
    public static GateDecision decide(StratifiedAnalysis a, Double thresholdPct) {
        return decide(a, thresholdPct, false);
    }

    /**
     * Decides one merged metric, stating every change in the metric's own terms.
     *
     * @param higherIsBetter whether the metric is a throughput-like one, analysed as its inverse: its changes
     *                       and threshold then read as drops ({@link DirectedChange})
     */
    public static GateDecision decide(StratifiedAnalysis a, Double thresholdPct, boolean higherIsBetter) {
        String change = String.format(
                Locale.ROOT,
                "%s %s over %d %s",
                a.metric(),
                higherIsBetter
                        ? DirectedChange.change(a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(), true)
                        : String.format(
                                Locale.ROOT,
                                "%+.1f%% [%+.1f%%, %+.1f%%]",
                                a.estimatePct(),
                                a.ciLowerPct(),
                                a.ciUpperPct()),
                a.strata().size(),
                a.strata().size() == 1 ? "stratum" : "strata");
        if (thresholdPct == null) {
            return new GateDecision(null, change + " (no threshold: reported only)", null);
        }
        double threshold = thresholdPct;
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite percentage, was " + threshold);
        }
        if (!a.confidenceAchieved()) {
            String small = a.strata().stream()
                    .filter(s -> s.n() < a.minimumStratumPairs())
                    .map(s -> s.name() + " (" + s.n() + ")")
                    .collect(Collectors.joining(", "));
            return new GateDecision(
                    VerdictStatus.INCONCLUSIVE,
                    String.format(
                            Locale.ROOT,
                            "%s: too few pairs in %s to reach %.1f%% confidence; each stratum needs at least %d",
                            change,
                            small,
                            100 * (1 - a.level()),
                            a.minimumStratumPairs()),
                    null);
        }
        String thresholdText = higherIsBetter
                ? DirectedChange.threshold(threshold, true) + " (higher is better)"
                : String.format(Locale.ROOT, "%.1f%%", threshold);
        GateDecision byInterval = VerdictRule.byInterval(
                change, a.ciLowerPct(), a.estimatePct(), a.ciUpperPct(), threshold, thresholdText, null);
        if (!a.heterogeneous()) {
            return byInterval;
        }
        if (byInterval.status() == VerdictStatus.FAIL && noStratumClearsTheChange(a, threshold)) {
            return new GateDecision(
                    VerdictStatus.FAIL,
                    byInterval.reason() + "; " + disagreement(a, higherIsBetter) + "; none of them clears the change",
                    null);
        }
        return new GateDecision(
                VerdictStatus.INCONCLUSIVE, change + " is inconclusive: " + disagreement(a, higherIsBetter), null);
    }

    /** No stratum's own interval lies below the threshold (where it alone would PASS). */
    private static boolean noStratumClearsTheChange(StratifiedAnalysis a, double threshold) {
        return a.strata().stream().noneMatch(s -> s.upperPct() < threshold);
    }

    private static String disagreement(StratifiedAnalysis a, boolean higherIsBetter) {
        Heterogeneity h = a.heterogeneity();
        return String.format(
                Locale.ROOT,
                "the strata disagree beyond their noise (Cochran's Q %.1f on %d df, %s," + " below %.3g): %s",
                h.q(),
                h.df(),
                pValue(h.pValue()),
                h.alpha(),
                perStratum(a, higherIsBetter));
    }

    private static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }

    /** "a +20.0% [+18.1%, +22.0%], b -17.0% [...]": every stratum with its own estimate and interval. */
    static String perStratum(StratifiedAnalysis a, boolean higherIsBetter) {
        return a.strata().stream()
                .map(s -> higherIsBetter
                        ? s.name() + " " + DirectedChange.change(s.estimatePct(), s.lowerPct(), s.upperPct(), true)
                        : String.format(
                                Locale.ROOT,
                                "%s %+.1f%% [%+.1f%%, %+.1f%%]",
                                s.name(),
                                s.estimatePct(),
                                s.lowerPct(),
                                s.upperPct()))
                .collect(Collectors.joining(", "));
    }
}
