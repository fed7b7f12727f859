package dev.perfgate.receipt;

import java.util.List;

/**
 * Every setting that shaped the run (added to v1, which forgets them), so a receipt can be
 * re-analysed and a reader can tell a requested figure from an achieved one.
 */
public record RunConfig(
        long requestedRepeat,
        long warmup,
        long maxRetries,
        boolean requireSignificance,
        double significanceAlpha,
        long significanceMinSamples,
        long looks,
        double alphaPerLook,
        Double cvThreshold,
        Double failOnRegression,
        Double failOnCpuRegression,
        Double failOnMemoryRegression,
        String onInconclusive,
        String order,
        long seed,
        String runner,
        boolean allowNonzero,
        long outputCapBytes,
        Long timeoutMs,
        List<MetricDefinition> metrics) {

    /** Without {@code <metrics>}. */
    public RunConfig(long requestedRepeat, long warmup, long maxRetries, boolean requireSignificance,
                     double significanceAlpha, long significanceMinSamples, long looks, double alphaPerLook,
                     Double cvThreshold, Double failOnRegression, Double failOnCpuRegression,
                     Double failOnMemoryRegression, String onInconclusive, String order, long seed, String runner,
                     boolean allowNonzero, long outputCapBytes, Long timeoutMs) {
        this(requestedRepeat, warmup, maxRetries, requireSignificance, significanceAlpha, significanceMinSamples, looks,
                alphaPerLook, cvThreshold, failOnRegression, failOnCpuRegression, failOnMemoryRegression, onInconclusive,
                order, seed, runner, allowNonzero, outputCapBytes, timeoutMs, null);
    }
}
