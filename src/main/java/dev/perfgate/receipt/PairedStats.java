package dev.perfgate.receipt;

/**
 * v1 statistics over the measured pairs, plus CPU time per side and its paired difference (added;
 * present when the runner measured CPU time).
 */
public record PairedStats(
        U64Summary baselineWallMs,
        U64Summary currentWallMs,
        PairedDiffSummary wallDiffMs,
        U64Summary baselineMaxRssKb,
        U64Summary currentMaxRssKb,
        PairedDiffSummary rssDiffKb,
        F64Summary baselineThroughputPerS,
        F64Summary currentThroughputPerS,
        PairedDiffSummary throughputDiffPerS,
        U64Summary baselineCpuMs,
        U64Summary currentCpuMs,
        PairedDiffSummary cpuDiffMs) {}
