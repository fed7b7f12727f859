package dev.perfgate.report;

import dev.perfgate.stats.DirectedChange;
import java.util.Comparator;
import java.util.Locale;

/**
 * One gated metric of a suite as the suite reports show it (log lines, Markdown table, forest plot, JUnit):
 * the analysed figures (a positive change is worse) and what is needed to state them in the metric's own
 * terms.
 *
 * @param name           the metric's name, e.g. {@code Codec.sized[size=1000]}
 * @param higherIsBetter whether the figures are of the inverse (a throughput), stated in own terms
 * @param estimatePct    analysed estimate in percent (positive is worse)
 * @param lowerPct       analysed interval's lower bound
 * @param upperPct       analysed interval's upper bound
 * @param thresholdPct   analysed threshold, or null when reported only
 * @param status         {@code FAIL}, {@code PASS}, {@code INCONCLUSIVE}, {@code REPORT} or {@code RULER}
 * @param reason         the decision in one sentence
 */
public record BenchmarkRow(
        String name,
        boolean higherIsBetter,
        double estimatePct,
        double lowerPct,
        double upperPct,
        Double thresholdPct,
        String status,
        String reason) {

    /** Failures first, then undecided, then the rest; within each, the worse change first. */
    public static final Comparator<BenchmarkRow> WORST_FIRST = Comparator.comparingInt(BenchmarkRow::rank)
            .thenComparing(Comparator.comparingDouble(BenchmarkRow::estimatePct).reversed())
            .thenComparing(BenchmarkRow::name);

    private int rank() {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "FAIL" -> 0;
            case "INCONCLUSIVE" -> 1;
            case "RULER" -> 2;
            case "PASS" -> 3;
            default -> 4;
        };
    }

    /** The change in own terms, e.g. {@code −25.0% [−30.0%, −20.0%] (higher is better)}. */
    public String change() {
        return DirectedChange.change(estimatePct, lowerPct, upperPct, higherIsBetter);
    }

    /** The threshold in own terms ({@code +10.0%}, {@code −10.0%} for a higher-is-better metric) or {@code —}. */
    public String threshold() {
        return thresholdPct == null ? "—" : DirectedChange.threshold(thresholdPct, higherIsBetter);
    }

    double ownEstimate() {
        return DirectedChange.ownPct(estimatePct, higherIsBetter);
    }

    /** The own interval's low end: the analysed upper bound for a higher-is-better metric. */
    double ownLow() {
        return DirectedChange.ownPct(higherIsBetter ? upperPct : lowerPct, higherIsBetter);
    }

    double ownHigh() {
        return DirectedChange.ownPct(higherIsBetter ? lowerPct : upperPct, higherIsBetter);
    }

    Double ownThreshold() {
        return thresholdPct == null ? null : DirectedChange.ownPct(thresholdPct, higherIsBetter);
    }
}
