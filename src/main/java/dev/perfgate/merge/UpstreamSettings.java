package dev.perfgate.merge;

import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.RunConfig;

/**
 * The settings perfgate judges a receipt without {@code config} with (upstream perfgate writes none):
 * the same assumptions {@code perfgate:analyze} states in its log.
 */
final class UpstreamSettings {
    static final double DEFAULT_ALPHA = 0.05;

    private UpstreamSettings() {}

    static RunConfig assumed(PairedRunReceipt r) {
        var significance = r.stats().wallDiffMs().significance();
        double alpha = significance == null ? DEFAULT_ALPHA : significance.alpha();
        return RunConfig.builder()
                .requestedRepeat(r.bench().repeat())
                .warmup(r.bench().warmup())
                .significanceAlpha(alpha)
                .looks(1)
                .alphaPerLook(alpha)
                .onInconclusive("warn")
                .runner(r.run().runner())
                .timeoutMs(r.bench().timeoutMs())
                .build();
    }
}
