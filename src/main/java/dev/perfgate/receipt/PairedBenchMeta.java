package dev.perfgate.receipt;

import java.util.List;

/**
 * What was benchmarked. As in v1, {@code repeat} is the number of measured pairs actually run
 * (requested repeat plus retries); the requested figure is in {@link RunConfig}. The artifacts are
 * additive: which resolved binary each side ran, when it was given by Maven coordinates.
 */
public record PairedBenchMeta(
        String name,
        String cwd,
        List<String> baselineCommand,
        List<String> currentCommand,
        long repeat,
        long warmup,
        Long workUnits,
        Long timeoutMs,
        ArtifactProvenance baselineArtifact,
        ArtifactProvenance currentArtifact) {

    /** Without artifacts: commands given as plain paths. */
    public PairedBenchMeta(
            String name,
            String cwd,
            List<String> baselineCommand,
            List<String> currentCommand,
            long repeat,
            long warmup,
            Long workUnits,
            Long timeoutMs) {
        this(name, cwd, baselineCommand, currentCommand, repeat, warmup, workUnits, timeoutMs, null, null);
    }

    /** The same bench with the binaries each side ran recorded. */
    public PairedBenchMeta withArtifacts(ArtifactProvenance baseline, ArtifactProvenance current) {
        return new PairedBenchMeta(
                name, cwd, baselineCommand, currentCommand, repeat, warmup, workUnits, timeoutMs, baseline, current);
    }
}
