package dev.perfgate.stats;

/**
 * The first-position effect: whether whichever command runs first in a pair is systematically faster or
 * slower (caches, CPU frequency, thermal state). With balanced order the effect cancels out of the
 * estimate; this record measures it so a user can see it.
 *
 * <p>If the run in second position is slower by e (log units) than it would be first, then pairs with the
 * baseline first show d = delta + e and pairs with the current first show d = delta - e, so
 * e = (mean d | baseline first - mean d | current first) / 2.
 *
 * @param baselineFirstPairs number of pairs where the baseline ran first
 * @param currentFirstPairs number of pairs where the current ran first
 * @param meanLogRatioBaselineFirst mean log ratio over the baseline-first pairs
 * @param meanLogRatioCurrentFirst mean log ratio over the current-first pairs
 * @param secondPositionEffectLog e: how much slower the second run of a pair is, in log units
 * @param firstMinusSecondPct the first run's time relative to the second's, in percent
 *        ((exp(-e) - 1) * 100; -3 means the first run is 3% faster)
 */
public record OrderEffect(
        int baselineFirstPairs,
        int currentFirstPairs,
        double meanLogRatioBaselineFirst,
        double meanLogRatioCurrentFirst,
        double secondPositionEffectLog,
        double firstMinusSecondPct) {

    /**
     * Estimates the effect.
     *
     * @param logRatios per-pair log ratios
     * @param baselineFirst per pair, whether the baseline ran first; may be null when unknown
     * @return the effect, or null when the order is unknown or one of the two orders never occurred
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static OrderEffect of(double[] logRatios, boolean[] baselineFirst) {
        if (baselineFirst == null) {
            return null;
        }
        if (baselineFirst.length != logRatios.length) {
            throw new IllegalArgumentException(
                    "order flags for " + baselineFirst.length + " pairs but " + logRatios.length + " log ratios");
        }
        Welford first = new Welford();
        Welford second = new Welford();
        int baselineFirstCount = 0;
        for (int i = 0; i < logRatios.length; i++) {
            if (baselineFirst[i]) {
                first.add(logRatios[i]);
                baselineFirstCount++;
            } else {
                second.add(logRatios[i]);
            }
        }
        int currentFirstCount = logRatios.length - baselineFirstCount;
        if (baselineFirstCount == 0 || currentFirstCount == 0) {
            return null;
        }
        double effect = (first.mean() - second.mean()) / 2.0;
        return new OrderEffect(
                baselineFirstCount, currentFirstCount, first.mean(), second.mean(), effect, Percent.fromLog(-effect));
    }
}
