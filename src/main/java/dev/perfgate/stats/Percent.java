package dev.perfgate.stats;

/** Converts between log ratios and percent changes, the unit people read. */
public final class Percent {
    private Percent() {}

    /**
     * {@code (exp(logRatio) - 1) * 100}: a log ratio of ln 1.03 is +3%.
     *
     * @param logRatio a finite log ratio
     * @return the change in percent, clamped to the largest finite double so it never becomes Infinity
     */
    public static double fromLog(double logRatio) {
        return Math.min(Math.expm1(logRatio) * 100.0, Double.MAX_VALUE);
    }

    /**
     * {@code ln(1 + percent / 100)}: +3% is ln 1.03.
     *
     * @param percent a change in percent, greater than -100
     * @return the log ratio
     * @throws IllegalArgumentException when percent is not finite or not above -100
     */
    public static double toLog(double percent) {
        if (!(percent > -100.0) || !Double.isFinite(percent)) {
            throw new IllegalArgumentException("a change in percent must be finite and above -100, was " + percent);
        }
        return Math.log1p(percent / 100.0);
    }
}
