package dev.perfgate.paired;

import dev.perfgate.receipt.RunConfig;

/**
 * What the gate needs to judge a set of pairs, taken from a request before the run or from a
 * receipt's {@code config} afterwards, so a receipt re-analyses to the same verdict.
 *
 * @param alphaPerLook two-sided level of this look (from the run's {@code SequentialPlan})
 * @param maxPairs     the pair budget, for the advice on an undecided verdict; {@code null} when unknown
 *                     (a receipt from 0.1.0)
 */
record GateSettings(double alphaPerLook, Double wallThresholdPct, Double cpuThresholdPct, Double memoryThresholdPct,
                    InconclusivePolicy onInconclusive, Integer maxPairs) {

    static GateSettings of(PairedRunRequest request, double alphaPerLook, int maxPairs) {
        return new GateSettings(alphaPerLook, request.failOnRegression(), request.failOnCpuRegression(),
                request.failOnMemoryRegression(), request.onInconclusive(), maxPairs);
    }

    /** The settings of the look a receipt's verdict rests on. */
    static GateSettings of(RunConfig config) throws InvalidConfigurationException {
        return new GateSettings(config.alphaPerLook(), config.failOnRegression(), config.failOnCpuRegression(),
                config.failOnMemoryRegression(), InconclusivePolicy.fromConfigName(config.onInconclusive()),
                config.maxPairs() == null ? null : Math.toIntExact(config.maxPairs()));
    }

    /** The same settings at another look's level. */
    GateSettings atLevel(double alpha) {
        return new GateSettings(alpha, wallThresholdPct, cpuThresholdPct, memoryThresholdPct, onInconclusive, maxPairs);
    }

    Double threshold(GatedMetric metric) {
        return switch (metric) {
            case WALL_TIME -> wallThresholdPct;
            case CPU_TIME -> cpuThresholdPct;
            case PEAK_MEMORY -> memoryThresholdPct;
        };
    }

    boolean anyThreshold() {
        return wallThresholdPct != null || cpuThresholdPct != null || memoryThresholdPct != null;
    }
}
