package dev.perfgate.stats;

import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Alpha-spending functions: how much of the run's two-sided alpha may have been spent once a fraction
 * {@code t} of the pair budget has been measured. The level of look k is the increment
 * {@code spent(t_k) - spent(t_(k-1))}, so the levels of all planned looks add up to alpha.
 *
 * <p>Why that is valid whatever the stopping rule: a false FAIL over the whole run is a false FAIL at
 * some look, and by the union bound its probability is at most the sum of the looks' levels (halved,
 * since FAIL uses one side of a two-sided interval). The bound ignores how strongly looks at growing data
 * are correlated, so it is conservative; in exchange it needs no normal approximation of the joint
 * distribution of rank statistics at 8 pairs, and it holds when a budget ends the run at any look.
 *
 * <p>The shapes are Lan and DeMets' (1983): {@link #POCOCK} spends early, {@link #OBRIEN_FLEMING} keeps
 * almost everything for the last look, {@link #LINEAR} is in between. {@link #DEFAULT} is the one the
 * plugin uses, chosen by {@code bench/gate-simulation.sh} (docs/verdict.md): with
 * Pocock the last look keeps too little for the power at 20 pairs, with O'Brien-Fleming the first look
 * comes only at 10 pairs of 30.
 */
public enum AlphaSpending {
    /** alpha · ln(1 + (e − 1) t): spends early. */
    POCOCK("pocock") {
        @Override
        double spentFraction(double alpha, double t) {
            return Math.log1p((Math.E - 1.0) * t);
        }
    },
    /** alpha · t: the share of alpha follows the share of the pair budget. */
    LINEAR("linear") {
        @Override
        double spentFraction(double alpha, double t) {
            return t;
        }
    },
    /** 2 − 2 Φ(z_(1−alpha/2) / √t): next to nothing before half the budget. */
    OBRIEN_FLEMING("obrien_fleming") {
        @Override
        double spentFraction(double alpha, double t) {
            double z = NORMAL.inverseCumulativeProbability(1.0 - alpha / 2.0);
            return 2.0 * NORMAL.cumulativeProbability(-z / Math.sqrt(t)) / alpha;
        }
    };

    /** The plugin's rule. */
    public static final AlphaSpending DEFAULT = LINEAR;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final String configName;

    AlphaSpending(String configName) {
        this.configName = configName;
    }

    /** The receipt's name for it, e.g. {@code pocock}. */
    public String configName() {
        return configName;
    }

    /**
     * The receipt's name back to the function.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static AlphaSpending fromConfigName(String name) {
        for (AlphaSpending s : values()) {
            if (s.configName.equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown alpha spending function '" + name + "'");
    }

    /**
     * The alpha spent once a fraction {@code t} of the budget is measured.
     *
     * @param alpha two-sided level of the whole run, in (0, 1)
     * @param t     information fraction: pairs so far / pair budget, in [0, 1]
     * @return a value in [0, alpha], non-decreasing in t, 0 at t = 0 and alpha at t = 1
     */
    public double spent(double alpha, double t) {
        PairedTTest.requireAlpha(alpha);
        if (!(t >= 0.0 && t <= 1.0)) {
            throw new IllegalArgumentException("information fraction must be in [0, 1], was " + t);
        }
        if (t == 0.0) {
            return 0.0;
        }
        return t == 1.0 ? alpha : Math.min(alpha, alpha * spentFraction(alpha, t));
    }

    /**
     * The level of each planned look: the increments of {@link #spent} over the looks' fractions of the
     * last look. They add up to alpha (up to rounding).
     *
     * @param alpha two-sided level of the whole run
     * @param looks pairs measured at each look, strictly increasing, the last one the budget
     * @return one level per look
     */
    public double[] perLook(double alpha, int[] looks) {
        if (looks.length == 0) {
            throw new IllegalArgumentException("at least one look is needed");
        }
        double budget = looks[looks.length - 1];
        double[] levels = new double[looks.length];
        double before = 0.0;
        for (int k = 0; k < looks.length; k++) {
            if (looks[k] < 1 || (k > 0 && looks[k] <= looks[k - 1])) {
                throw new IllegalArgumentException("looks must be positive and strictly increasing");
            }
            double now = spent(alpha, looks[k] / budget);
            levels[k] = now - before;
            before = now;
        }
        return levels;
    }

    /** The share of alpha spent at fraction t, for t in (0, 1). */
    abstract double spentFraction(double alpha, double t);
}
