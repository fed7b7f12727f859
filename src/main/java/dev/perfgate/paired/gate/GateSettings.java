package dev.perfgate.paired.gate;

import dev.perfgate.paired.config.InconclusivePolicy;
import dev.perfgate.paired.config.InvalidConfigurationException;
import dev.perfgate.paired.config.PairedRunRequest;
import dev.perfgate.paired.config.SettingNames;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.RunConfig;
import dev.perfgate.receipt.Thresholds;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gate needs to judge a set of pairs, taken from a request before the run or from a
 * receipt's {@code config} afterwards, so a receipt re-analyses to the same verdict.
 *
 * @param alphaPerLook  two-sided level of this look (from the run's {@code SequentialPlan})
 * @param thresholds    the thresholds on the built-in metrics
 * @param runner        the runner that measured the pairs, to say why a figure is missing; {@code null} when
 *                      unknown (a receipt from another writer)
 * @param outputMetrics the metrics read from the commands' output, gated beside the built-in ones, each with
 *                      its own threshold
 * @param maxPairs      the pair budget, for the advice on an undecided verdict; {@code null} when unknown
 *                      (a receipt from a pre-release build or from upstream)
 * @param names         how the advice names the setting to change
 */
public record GateSettings(
        double alphaPerLook,
        Thresholds thresholds,
        InconclusivePolicy onInconclusive,
        String runner,
        List<MetricDefinition> outputMetrics,
        Integer maxPairs,
        SettingNames names) {

    public GateSettings {
        outputMetrics = outputMetrics == null ? List.of() : List.copyOf(outputMetrics);
        thresholds = thresholds == null ? Thresholds.NONE : thresholds;
        names = names == null ? SettingNames.KEYS : names;
    }

    public static GateSettings of(
            PairedRunRequest request, double alphaPerLook, String runner, int maxPairs, SettingNames names) {
        return new GateSettings(
                alphaPerLook,
                request.thresholds(),
                request.onInconclusive(),
                runner,
                request.metrics(),
                maxPairs,
                names);
    }

    /** The settings of the look a receipt's verdict rests on. */
    public static GateSettings of(RunConfig config, SettingNames names) throws InvalidConfigurationException {
        return new GateSettings(
                config.alphaPerLook(),
                config.thresholds(),
                InconclusivePolicy.fromConfigName(config.onInconclusive()),
                config.runner(),
                config.metrics(),
                config.maxPairs() == null ? null : Math.toIntExact(config.maxPairs()),
                names);
    }

    /** The same settings at another look's level. */
    public GateSettings atLevel(double alpha) {
        return new GateSettings(alpha, thresholds, onInconclusive, runner, outputMetrics, maxPairs, names);
    }

    /** Every metric the gate analyses: the built-in ones, then the output metrics in their order. */
    List<GateMetric> metrics() {
        List<GateMetric> all = new ArrayList<>(List.of(GatedMetric.values()));
        // a JMH suite becomes one metric per benchmark of the runs: JmhBenchmarkMetric.expand
        outputMetrics.stream().filter(d -> !d.jmh()).forEach(definition -> all.add(new OutputMetric(definition)));
        return all;
    }

    /** The threshold on {@code metric}, on the scale it is analysed on, or {@code null} to report only. */
    Double threshold(GateMetric metric) {
        Double given = metric instanceof OutputMetric output
                ? output.definition().failOnRegression()
                : metric instanceof JmhBenchmarkMetric benchmark
                        ? benchmark.suite().failOnRegression()
                        : thresholds.of(metric.key());
        return metric.onAnalysedScale(given);
    }

    boolean anyThreshold() {
        return thresholds.any() || outputMetrics.stream().anyMatch(m -> m.failOnRegression() != null);
    }
}
