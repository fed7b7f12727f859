package dev.perfgate.receipt;

import java.util.List;

/**
 * What was benchmarked. As in v1, {@code repeat} is the number of measured pairs actually run
 * (requested repeat plus retries); the requested figure is in {@link RunConfig}.
 */
public record PairedBenchMeta(
        String name,
        String cwd,
        List<String> baselineCommand,
        List<String> currentCommand,
        long repeat,
        long warmup,
        Long workUnits,
        Long timeoutMs) {
}
