package dev.perfgate.stats;

/**
 * One metric of a gate's family at one look, as {@link FamilyGate} judges it.
 *
 * @param key            unique name, e.g. {@code wall_time} or {@code jmh:Codec.sized[size=1000]}
 * @param label          the name a person reads
 * @param higherIsBetter whether the metric's own value is better when higher (then it is analysed as its
 *                       inverse, and stated in its own terms)
 * @param thresholdPct   threshold on the analysed value in percent; null to report only
 * @param ruler          a control benchmark: it never fails the build, but a proven change beyond its
 *                       threshold, in either direction, makes the comparison untrustworthy
 * @param analysis       the analysis at the look's level
 * @param levelAbove     {@link IntervalLevel#aboveZero} of its log ratios
 * @param levelBelow     {@link IntervalLevel#belowZero} of its log ratios
 */
public record FamilyMember(
        String key,
        String label,
        boolean higherIsBetter,
        Double thresholdPct,
        boolean ruler,
        MetricAnalysis analysis,
        double levelAbove,
        double levelBelow) {

    /** A member from its analysed log ratios (a positive ratio is worse). */
    public static FamilyMember of(
            String key,
            String label,
            boolean higherIsBetter,
            Double thresholdPct,
            boolean ruler,
            MetricAnalysis analysis,
            double[] logRatios) {
        return new FamilyMember(
                key,
                label,
                higherIsBetter,
                thresholdPct,
                ruler,
                analysis,
                IntervalLevel.aboveZero(logRatios),
                IntervalLevel.belowZero(logRatios));
    }

    /** Gated: it has a threshold and is no ruler. */
    public boolean gated() {
        return thresholdPct != null && !ruler;
    }

    /**
     * The level from which on this metric FAILs: its interval's lower bound above 0 with an estimate beyond
     * the threshold; 1 when the estimate is within the threshold (no level makes it FAIL).
     */
    double failLevel() {
        return analysis.estimatePct() > thresholdPct ? levelAbove : 1.0;
    }

    /**
     * For a ruler: the level from which on its change is proven beyond the threshold in either direction,
     * doubled because either direction counts, so that it errs no more often than a FAIL at that level.
     */
    double tripLevel() {
        double belowThreshold = -Percent.toLog(thresholdPct);
        double up = analysis.estimatePct() > thresholdPct ? levelAbove : 1.0;
        double down = analysis.hodgesLehmann().estimate() < belowThreshold ? levelBelow : 1.0;
        return Math.min(1.0, 2.0 * Math.min(up, down));
    }
}
