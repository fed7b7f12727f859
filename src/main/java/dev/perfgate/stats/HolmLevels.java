package dev.perfgate.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down over a family of gated metrics at one look, as levels for their intervals: the
 * chance that any unchanged metric falsely FAILs stays at most {@code alpha}, whatever their dependence.
 *
 * <p>Metrics are ranked by their one-sided p-value of "slower" (smallest first); the metric of rank i
 * (from 1) is tested at alpha / (m - i + 1). At the first rank that does not reject, Holm stops: it and
 * every later metric keep that rank's level, under which none of them can FAIL either (their p-values are
 * no smaller). Expressed as the two-sided level of each metric's interval (2 x the one-sided level), so
 * the interval-based rule (FAIL when the lower bound is above 0) applies unchanged.
 *
 * <p>The merge's one look; a run with a sequential plan combines it with the plan's levels instead.
 */
public final class HolmLevels {
    private HolmLevels() {}

    /**
     * Two-sided interval level per metric.
     *
     * @param pGreater one-sided p-value of "slower" per gated metric, each in [0, 1]
     * @param alpha    the family's one-sided false-FAIL rate, in (0, 0.5)
     * @return the two-sided level for each metric, in the order given
     */
    public static double[] twoSided(double[] pGreater, double alpha) {
        SequentialPlan.levelBudget(alpha); // same range check as every other level
        int m = pGreater.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pGreater[i]));
        double[] levels = new double[m];
        boolean stopped = false;
        double stopLevel = 0.0;
        for (int rank = 0; rank < m; rank++) {
            int metric = order[rank];
            if (!stopped) {
                double level = alpha / (m - rank);
                if (!(pGreater[metric] < level)) {
                    stopped = true;
                    stopLevel = level;
                }
                levels[metric] = 2.0 * level;
            } else {
                levels[metric] = 2.0 * stopLevel;
            }
        }
        return levels;
    }
}
