package dev.perfgate.paired;

import dev.perfgate.receipt.F64Summary;
import dev.perfgate.receipt.PairedDiffSummary;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.PairedStats;
import dev.perfgate.receipt.Significance;
import dev.perfgate.receipt.U64Summary;
import dev.perfgate.stats.DoubleSummary;
import dev.perfgate.stats.LongSummary;
import dev.perfgate.stats.PairedDifferences;
import dev.perfgate.stats.PairedTTest;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Computes v1's {@code stats} block over the measured pairs, correctly: sample SD, a Student-t
 * interval at the configured alpha, and a real paired-t p-value. Wall differences use the exact
 * nanosecond figures (in milliseconds), not the rounded {@code wall_ms}.
 */
final class V1StatsCalculator {

    /** v1 can only label its test {@code welch_t}; {@code method} says what it really is. */
    private static final String V1_TEST_LABEL = "welch_t";

    private static final String METHOD = "paired_t";

    private final double alpha;
    private final int minSamples;

    V1StatsCalculator(double alpha, int minSamples) {
        this.alpha = alpha;
        this.minSamples = minSamples;
    }

    PairedStats compute(List<PairedSample> measured, Long workUnits) {
        if (measured.isEmpty()) {
            throw new IllegalArgumentException("no measured pairs");
        }
        U64Summary baselineWall = longSummary(measured, s -> s.baseline().wallMs());
        U64Summary currentWall = longSummary(measured, s -> s.current().wallMs());
        PairedDiffSummary wallDiff = diffSummary(measured.stream()
                .mapToDouble(s -> (s.current().wallNs() - s.baseline().wallNs()) / 1e6)
                .toArray());

        List<PairedSample> withBaselineRss =
                measured.stream().filter(s -> s.baseline().maxRssKb() != null).toList();
        List<PairedSample> withCurrentRss =
                measured.stream().filter(s -> s.current().maxRssKb() != null).toList();
        List<PairedSample> withRssDiff =
                measured.stream().filter(s -> s.rssDiffKb() != null).toList();

        F64Summary baselineThroughput = null;
        F64Summary currentThroughput = null;
        PairedDiffSummary throughputDiff = null;
        if (workUnits != null) {
            ToDoubleFunction<PairedSampleHalf> throughput = h -> h.wallNs() == 0 ? 0.0 : workUnits / (h.wallNs() / 1e9);
            baselineThroughput = doubleSummary(measured.stream()
                    .mapToDouble(s -> throughput.applyAsDouble(s.baseline()))
                    .toArray());
            currentThroughput = doubleSummary(measured.stream()
                    .mapToDouble(s -> throughput.applyAsDouble(s.current()))
                    .toArray());
            throughputDiff = diffSummary(measured.stream()
                    .mapToDouble(s -> throughput.applyAsDouble(s.current()) - throughput.applyAsDouble(s.baseline()))
                    .toArray());
        }

        List<PairedSample> withCpu = measured.stream()
                .filter(s -> s.baseline().cpuUs() != null && s.current().cpuUs() != null)
                .toList();
        U64Summary baselineCpu = null;
        U64Summary currentCpu = null;
        PairedDiffSummary cpuDiff = null;
        if (!withCpu.isEmpty()) {
            baselineCpu =
                    longSummary(withCpu, s -> roundMicrosToMillis(s.baseline().cpuUs()));
            currentCpu =
                    longSummary(withCpu, s -> roundMicrosToMillis(s.current().cpuUs()));
            cpuDiff = diffSummary(withCpu.stream()
                    .mapToDouble(s -> (s.current().cpuUs() - s.baseline().cpuUs()) / 1e3)
                    .toArray());
        }

        return new PairedStats(
                baselineWall,
                currentWall,
                wallDiff,
                withBaselineRss.isEmpty()
                        ? null
                        : longSummary(withBaselineRss, s -> s.baseline().maxRssKb()),
                withCurrentRss.isEmpty()
                        ? null
                        : longSummary(withCurrentRss, s -> s.current().maxRssKb()),
                withRssDiff.isEmpty()
                        ? null
                        : diffSummary(withRssDiff.stream()
                                .mapToDouble(PairedSample::rssDiffKb)
                                .toArray()),
                baselineThroughput,
                currentThroughput,
                throughputDiff,
                baselineCpu,
                currentCpu,
                cpuDiff);
    }

    private static long roundMicrosToMillis(long micros) {
        return (micros + 500) / 1000;
    }

    private static U64Summary longSummary(List<PairedSample> samples, Function<PairedSample, Long> value) {
        LongSummary s = LongSummary.of(samples.stream().mapToLong(value::apply).toArray());
        return new U64Summary(s.median(), s.min(), s.max(), s.mean(), s.stddev());
    }

    private static F64Summary doubleSummary(double[] values) {
        DoubleSummary s = DoubleSummary.of(values);
        return new F64Summary(s.median(), s.min(), s.max(), s.mean(), s.stddev());
    }

    private PairedDiffSummary diffSummary(double[] diffs) {
        PairedDifferences d = PairedDifferences.of(diffs);
        PairedTTest.PairedTResult t = PairedTTest.test(diffs, alpha);
        Significance significance = new Significance(
                V1_TEST_LABEL,
                t.pValue(),
                alpha,
                t.significant(minSamples),
                d.count(),
                d.count(),
                t.ciLower(),
                t.ciUpper(),
                METHOD,
                t.confidenceLevel());
        return new PairedDiffSummary(d.mean(), d.median(), d.stdDev(), d.min(), d.max(), d.count(), significance);
    }
}
