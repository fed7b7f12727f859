package dev.perfgate.receipt;

/**
 * One pair: a baseline run and a current run. {@code wall_diff_ms} and {@code rss_diff_kb} are
 * current minus baseline, as in v1; {@code wall_diff_ns} is the exact wall difference (added).
 */
public record PairedSample(
        long pairIndex,
        boolean warmup,
        PairedSampleHalf baseline,
        PairedSampleHalf current,
        long wallDiffMs,
        Long rssDiffKb,
        long wallDiffNs) {
}
