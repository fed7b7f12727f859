package dev.perfgate.receipt;

/**
 * One pair: a baseline run and a current run. {@code wall_diff_ms} and {@code rss_diff_kb} are
 * current minus baseline, as in v1; {@code wall_diff_ns} is the exact wall difference (added).
 * {@code stratum} (added) is set only in a merged receipt: the index, in {@code merge.strata}, of the
 * receipt (machine, shard) the pair came from.
 */
public record PairedSample(
        long pairIndex,
        boolean warmup,
        PairedSampleHalf baseline,
        PairedSampleHalf current,
        long wallDiffMs,
        Long rssDiffKb,
        long wallDiffNs,
        Long stratum) {

    /** A pair of a single run (not merged): no stratum. */
    public PairedSample(
            long pairIndex,
            boolean warmup,
            PairedSampleHalf baseline,
            PairedSampleHalf current,
            long wallDiffMs,
            Long rssDiffKb,
            long wallDiffNs) {
        this(pairIndex, warmup, baseline, current, wallDiffMs, rssDiffKb, wallDiffNs, null);
    }

    /** The same pair, numbered and attributed within a merged receipt. */
    public PairedSample inStratum(long newPairIndex, long stratumIndex) {
        return new PairedSample(
                newPairIndex, warmup, baseline, current, wallDiffMs, rssDiffKb, wallDiffNs, stratumIndex);
    }
}
