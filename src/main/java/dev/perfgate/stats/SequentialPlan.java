package dev.perfgate.stats;

import java.util.Arrays;

/**
 * When the gate looks at the data and at which level: looks after {@code looks[k]} measured pairs, each
 * judging the two-sided interval at confidence {@code 1 - alphas[k]}.
 *
 * <p>Each decision is one-sided: FAIL needs the interval's lower bound above 0, PASS its upper bound below
 * the threshold (as in an equivalence test, TOST). A look's interval misses on each side with probability
 * {@code alphas[k] / 2}, so the levels add up to {@code 2 * significanceAlpha}: by the union bound (see
 * {@link AlphaSpending}) the false-FAIL rate over all looks together is at most {@code significanceAlpha},
 * and so is the false-PASS rate. A single look is the fixed design: a 90% interval at alpha 0.05.
 *
 * <p>The first look comes at the fewest pairs whose exact signed-rank interval at its level sets the most
 * extreme pair on each side aside (critical value C ≥ 1, i.e. 2^(2−n) &lt; alpha_1): with fewer, the
 * interval would run from the smallest to the largest ratio, and one pair disturbed by another job on
 * the machine would leave even a clear change undecided. Further looks are spaced geometrically, at most
 * {@link #GROWTH} times the one before, up to the pair budget (8, 15, 30 for a budget of 30 at alpha
 * 0.05): few looks, so the last one keeps
 * enough alpha for power, while a clear change stops at the first.
 *
 * @param looks    pairs measured at each look, strictly increasing; the last is the pair budget
 * @param alphas   two-sided level of each look
 * @param spending the spending function the levels come from
 */
public record SequentialPlan(int[] looks, double[] alphas, AlphaSpending spending) {

    /** Each look comes after about this many times the pairs of the one before. */
    public static final double GROWTH = 3.0;

    public SequentialPlan {
        looks = looks.clone();
        alphas = alphas.clone();
        if (looks.length == 0 || looks.length != alphas.length) {
            throw new IllegalArgumentException("one level per look, at least one look");
        }
    }

    /**
     * The sequential plan for a pair budget.
     *
     * @param alpha      the false-FAIL (and false-PASS) rate of the whole run, in (0, 0.5)
     * @param spending   the spending function
     * @param firstLook  the fewest pairs before the first look (at least 1); the first look comes later when
     *                   that many pairs cannot yet reach their level
     * @param maxPairs   the pair budget: the last look
     * @param maxLooks   the most looks (at least 1)
     * @return the plan; a single look at {@code maxPairs} when no earlier look can decide
     */
    public static SequentialPlan of(double alpha, AlphaSpending spending, int firstLook, int maxPairs, int maxLooks) {
        return of(alpha, spending, GROWTH, firstLook, maxPairs, maxLooks);
    }

    /** As {@link #of(double, AlphaSpending, int, int, int)} with another spacing, for the gate simulation. */
    public static SequentialPlan of(
            double alpha, AlphaSpending spending, double growth, int firstLook, int maxPairs, int maxLooks) {
        double total = levelBudget(alpha);
        if (firstLook < 1 || maxPairs < 1 || maxLooks < 1) {
            throw new IllegalArgumentException("firstLook, maxPairs and maxLooks must be at least 1");
        }
        int first = Math.min(firstLook, maxPairs);
        while (first < maxPairs && !setsOnePairAside(first, spending.spent(total, first / (double) maxPairs))) {
            first++;
        }
        int count = first == maxPairs
                ? 1
                : Math.min(
                        maxLooks, 1 + (int) Math.ceil(Math.log((double) maxPairs / first) / Math.log(growth) - 1e-9));
        if (count == 1) {
            return single(alpha, maxPairs, spending);
        }
        int[] looks = new int[count];
        int used = 0;
        for (int k = 0; k < count; k++) {
            int n = (int) Math.round(first * Math.pow((double) maxPairs / first, k / (count - 1.0)));
            if (used == 0 || n > looks[used - 1]) {
                looks[used++] = n;
            }
        }
        looks = Arrays.copyOf(looks, used);
        looks[used - 1] = maxPairs;
        return new SequentialPlan(looks, spending.perLook(total, looks), spending);
    }

    /** One look after {@code pairs} pairs with the whole budget: the fixed design. */
    public static SequentialPlan single(double alpha, int pairs, AlphaSpending spending) {
        return new SequentialPlan(new int[] {pairs}, new double[] {levelBudget(alpha)}, spending);
    }

    /**
     * The sum of the looks' two-sided levels for a false-FAIL rate of {@code alpha}: 2 · alpha.
     *
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 0.5
     */
    public static double levelBudget(double alpha) {
        if (!(alpha > 0.0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must be between 0 and 0.5, was " + alpha);
        }
        return 2.0 * alpha;
    }

    /**
     * Whether n pairs' exact interval at confidence 1 − level leaves out at least the smallest and the
     * largest Walsh average (the smallest and largest ratio): P(W+ ≤ 1) = 2^(1−n) &lt; level / 2, the rule
     * by which {@link HodgesLehmann} picks its critical value.
     */
    static boolean setsOnePairAside(int n, double level) {
        return n <= SignedRankDistribution.EXACT_MAX_N
                ? SignedRankDistribution.of(n).cdf(1) < level / 2.0 - 10 * Math.ulp(1.0)
                : level > 0.0;
    }

    public int lookCount() {
        return looks.length;
    }

    public int look(int k) {
        return looks[k];
    }

    public double alpha(int k) {
        return alphas[k];
    }

    /** The pair budget: pairs at the last look. */
    public int maxPairs() {
        return looks[looks.length - 1];
    }

    @Override
    public int[] looks() {
        return looks.clone();
    }

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequentialPlan p
                && Arrays.equals(looks, p.looks)
                && Arrays.equals(alphas, p.alphas)
                && spending == p.spending;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(looks) + Arrays.hashCode(alphas) + spending.hashCode();
    }

    @Override
    public String toString() {
        return "looks " + Arrays.toString(looks) + " at alphas " + Arrays.toString(alphas) + " ("
                + spending.configName() + ")";
    }
}
