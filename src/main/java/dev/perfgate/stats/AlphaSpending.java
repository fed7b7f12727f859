package dev.perfgate.stats;

/**
 * Spends the false-alarm budget across planned looks at the data.
 *
 * <p>Retrying "until significant" looks at the data again and again; each look is another chance for
 * noise to cross the line, so a 5% test repeated 4 times fails a good build far more often than 5%.
 * Bonferroni fixes this: give each of k looks alpha / k. By the union bound the probability that any
 * look raises a false alarm is at most k * (alpha / k) = alpha, whatever the correlation between looks
 * (and looks at growing data are strongly correlated), so it is valid for any stopping rule over at most
 * k looks. It is conservative - group-sequential boundaries (Pocock, O'Brien-Fleming) spend less per
 * look - but those need the looks' correlation structure and were not verified here.
 */
public final class AlphaSpending {
    private AlphaSpending() {
    }

    /**
     * The level for each of {@code looks} planned looks.
     *
     * @param alpha overall two-sided level, in (0, 1)
     * @param looks number of planned looks (1 + retries), at least 1
     * @return alpha / looks
     * @throws IllegalArgumentException when alpha is outside (0, 1) or looks &lt; 1
     */
    public static double alphaPerLook(double alpha, int looks) {
        PairedTTest.requireAlpha(alpha);
        if (looks < 1) {
            throw new IllegalArgumentException("looks must be at least 1, was " + looks);
        }
        return alpha / looks;
    }
}
