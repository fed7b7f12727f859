package dev.perfgate.bench;

import dev.perfgate.paired.config.PairOrder;

/**
 * One simulated situation: the noise of each run, the true change of the current command, an advantage
 * of whichever command runs first in a pair, and the pair order the use case is asked for.
 *
 * @param cv                  coefficient of variation of each run's wall time (lognormal)
 * @param trueChange          true relative change of the current command, e.g. 0.05 for 5% slower
 * @param firstPositionFactor wall-time factor of the first run of each pair, e.g. 0.97 for 3% faster
 * @param order               the order the use case runs the two sides of a pair in
 */
record Scenario(double cv, double trueChange, double firstPositionFactor, PairOrder order) {

    /** Identical commands, no position effect: every FAIL is a false alarm. */
    static Scenario aa(double cv) {
        return new Scenario(cv, 0.0, 1.0, PairOrder.RANDOM);
    }

    /** Sigma of the log wall time that gives this coefficient of variation. */
    double sigma() {
        return Math.sqrt(Math.log1p(cv * cv));
    }
}
