package dev.perfgate.paired.gate;

import dev.perfgate.paired.config.SettingNames;
import java.util.Locale;

/**
 * The advice on an undecided verdict, in pairs and in time, capped by the budget: "would likely need
 * about 12 more pairs (about 40 s)", or, when that is beyond the budget, how far beyond and which setting
 * to raise. A planning figure from the robust noise (see {@code VerdictRule.pairsLikelyNeeded}).
 */
public final class DecisionAdvice {

    /** Beyond this many budgets the exact figure is noise: say "more than N times the budget". */
    static final int FAR_BEYOND = 10;

    private DecisionAdvice() {}

    /**
     * @param pairsLikelyNeeded total pairs likely to decide, or {@code null} when not estimable
     * @param measured          pairs measured so far
     * @param maxPairs          the pair budget, or {@code null} when unknown
     * @param nanosPerPair      mean wall time of a pair (both runs)
     * @param names             how to name the budget's setting
     * @return text to append to the INCONCLUSIVE reason, starting with "; ", or "" when there is no advice
     */
    public static String morePairs(
            Integer pairsLikelyNeeded, int measured, Integer maxPairs, double nanosPerPair, SettingNames names) {
        if (pairsLikelyNeeded == null) {
            return "";
        }
        int more = Math.max(1, pairsLikelyNeeded - measured);
        if (maxPairs != null && pairsLikelyNeeded > (long) FAR_BEYOND * maxPairs) {
            return String.format(
                    Locale.ROOT, "; would likely need more than %d times the budget of %d pairs", FAR_BEYOND, maxPairs);
        }
        String advice = String.format(
                Locale.ROOT, "; would likely need about %d more pairs (%s)", more, duration(more * nanosPerPair));
        if (maxPairs != null && pairsLikelyNeeded > maxPairs) {
            advice += String.format(
                    Locale.ROOT, ", more than the budget of %d pairs allows (%s)", maxPairs, names.of("maxPairs"));
        }
        return advice;
    }

    /** "about 40 s", "about 3.5 min", "about 2.0 h". */
    static String duration(double nanos) {
        double seconds = nanos / 1e9;
        if (seconds < 1) {
            return "under 1 s";
        }
        if (seconds < 90) {
            return String.format(Locale.ROOT, "about %.0f s", seconds);
        }
        if (seconds < 90 * 60) {
            return String.format(Locale.ROOT, "about %.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "about %.1f h", seconds / 3600);
    }
}
