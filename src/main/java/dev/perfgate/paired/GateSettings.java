package dev.perfgate.paired;

import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.RunConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gate needs to judge a set of pairs, taken from a request before the run or from a
 * receipt's {@code config} afterwards, so a receipt re-analyses to the same verdict.
 *
 * @param alphaPerLook  two-sided level of this look (from the run's {@code SequentialPlan})
 * @param runner        the runner that measured the pairs, to say why a figure is missing; {@code null} when
 *                      unknown (a receipt from another writer)
 * @param outputMetrics the {@code <metrics>} read from the commands' output, gated beside the built-in ones
 * @param maxPairs      the pair budget, for the advice on an undecided verdict; {@code null} when unknown
 *                      (a receipt from 0.1.0 or from upstream)
 */
record GateSettings(double alphaPerLook, Double wallThresholdPct, Double cpuThresholdPct, Double memoryThresholdPct,
                    InconclusivePolicy onInconclusive, String runner, List<MetricDefinition> outputMetrics,
                    Integer maxPairs) {

    GateSettings {
        outputMetrics = outputMetrics == null ? List.of() : List.copyOf(outputMetrics);
    }

    static GateSettings of(PairedRunRequest request, double alphaPerLook, String runner, int maxPairs) {
        return new GateSettings(alphaPerLook, request.failOnRegression(), request.failOnCpuRegression(),
                request.failOnMemoryRegression(), request.onInconclusive(), runner, request.metrics(), maxPairs);
    }

    /** The settings of the look a receipt's verdict rests on. */
    static GateSettings of(RunConfig config) throws InvalidConfigurationException {
        return new GateSettings(config.alphaPerLook(), config.failOnRegression(), config.failOnCpuRegression(),
                config.failOnMemoryRegression(), InconclusivePolicy.fromConfigName(config.onInconclusive()),
                config.runner(), config.metrics(), config.maxPairs() == null ? null : Math.toIntExact(config.maxPairs()));
    }

    /** The same settings at another look's level. */
    GateSettings atLevel(double alpha) {
        return new GateSettings(alpha, wallThresholdPct, cpuThresholdPct, memoryThresholdPct, onInconclusive, runner,
                outputMetrics, maxPairs);
    }

    /** Every metric the gate analyses: the built-in ones, then the {@code <metrics>} in their order. */
    List<GateMetric> metrics() {
        List<GateMetric> all = new ArrayList<>(List.of(GatedMetric.values()));
        // a JMH suite becomes one metric per benchmark of the runs: JmhBenchmarkMetric.expand
        outputMetrics.stream().filter(d -> !d.jmh()).forEach(definition -> all.add(new OutputMetric(definition)));
        return all;
    }

    Double threshold(GatedMetric metric) {
        return switch (metric) {
            case WALL_TIME -> wallThresholdPct;
            case CPU_TIME -> cpuThresholdPct;
            case PEAK_MEMORY -> memoryThresholdPct;
        };
    }

    boolean anyThreshold() {
        return wallThresholdPct != null || cpuThresholdPct != null || memoryThresholdPct != null
                || outputMetrics.stream().anyMatch(m -> m.failOnRegression() != null);
    }
}
