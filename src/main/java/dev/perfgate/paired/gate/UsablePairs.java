package dev.perfgate.paired.gate;

import dev.perfgate.receipt.PairedSample;
import dev.perfgate.stats.HodgesLehmann;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Which measured pairs carry a usable figure of one metric (present and positive on both sides, as a
 * log ratio needs), or why the metric cannot be evaluated. An absent figure is never read as 0, and a
 * gated metric without figures is never silently dropped (GUIDE section 6).
 *
 * <p>Wall and CPU time are decided on every pair or not at all: leaving out the fastest runs would bias
 * the change. Peak memory is decided on the pairs that have both figures when enough remain, because
 * the sampler misses only runs too short to sample, and that is said.
 *
 * @param pairs             the pairs to analyse
 * @param leftOutNote       when some pairs were left out, a sentence saying how many and why
 * @param unevaluableReason why the metric cannot be evaluated, or {@code null} when it can
 */
public record UsablePairs(List<PairedSample> pairs, String leftOutNote, String unevaluableReason) {

    public boolean evaluable() {
        return unevaluableReason == null;
    }

    /**
     * @param runner       the runner that measured the runs ({@code null}: unknown, e.g. an upstream receipt)
     * @param alphaPerLook the level of one look: fewer usable pairs than its exact interval needs is too few
     */
    public static UsablePairs of(List<PairedSample> measured, GateMetric metric, String runner, double alphaPerLook) {
        List<PairedSample> usable = measured.stream()
                .filter(s -> positive(metric.read(s.baseline())) && positive(metric.read(s.current())))
                .toList();
        if (usable.size() == measured.size()) {
            return new UsablePairs(measured, null, null);
        }
        int runs = 2 * measured.size();
        long missing = countRuns(measured, metric, v -> v == null);
        if (missing == runs) {
            return unevaluable(noFigureAtAll(metric, runner));
        }
        long notPositive = countRuns(measured, metric, v -> v != null && v <= 0);
        String why = missing > 0
                ? missing + " of " + runs + " runs have no " + metric.label() + " figure"
                        + missingBecause(metric, runner)
                : notPositive + " of " + runs + " runs have a " + metric.label() + " of 0 or less"
                        + notPositiveBecause(metric);
        // a benchmark that failed in some runs is judged on the others, like peak memory
        if (metric != GatedMetric.PEAK_MEMORY && !(metric instanceof JmhBenchmarkMetric)) {
            return unevaluable(why);
        }
        int needed = HodgesLehmann.minimumPairs(alphaPerLook);
        if (usable.size() < needed) {
            return unevaluable(why + "; only " + usable.size() + " pairs have both figures, " + needed + " are needed");
        }
        return new UsablePairs(
                usable,
                metric.label() + " decided on the " + usable.size() + " of "
                        + measured.size() + " pairs that have both figures (" + (measured.size() - usable.size())
                        + " left out): " + why,
                null);
    }

    private static UsablePairs unevaluable(String reason) {
        return new UsablePairs(List.of(), null, reason);
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }

    private static long countRuns(List<PairedSample> measured, GateMetric metric, Predicate<Double> which) {
        return measured.stream()
                .flatMap(s -> Stream.of(s.baseline(), s.current()))
                .filter(half -> which.test(metric.read(half)))
                .count();
    }

    private static String noFigureAtAll(GateMetric metric, String runner) {
        if (metric instanceof OutputMetric) {
            return "no run has a " + metric.label() + " value (each such run failed, saying what its output held)";
        }
        if (runner == null) {
            return "the receipt has no " + metric.label() + " figures (its writer did not measure " + metric.label()
                    + ")";
        }
        if ("jdk".equals(runner)) {
            return "the jdk runner does not measure " + metric.label();
        }
        return "no run has a " + metric.label() + " figure"
                + (metric == GatedMetric.PEAK_MEMORY ? missingBecause(metric, runner) : " (runner " + runner + ")");
    }

    private static String missingBecause(GateMetric metric, String runner) {
        return metric == GatedMetric.PEAK_MEMORY && "posix".equals(runner)
                ? ": runs that end within 2 ms are not sampled"
                : "";
    }

    private static String notPositiveBecause(GateMetric metric) {
        return metric == GatedMetric.WALL_TIME
                ? ": a change in percent needs positive times (whole-millisecond wall_ms reads 0 for a sub-millisecond run)"
                : ": a change in percent needs positive figures";
    }
}
