package dev.perfgate.receipt;

import java.util.List;

/** Hand-built receipts for writer and schema tests. */
final class Receipts {

    private Receipts() {}

    static PairedRunReceipt sample() {
        return withWallDiffMean(5.0);
    }

    static PairedRunReceipt withWallDiffMean(double mean) {
        PairedSampleHalf baseline = new PairedSampleHalf(
                100,
                0,
                false,
                null,
                null,
                null,
                100_000_000L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "first");
        PairedSampleHalf current = new PairedSampleHalf(
                105,
                0,
                false,
                null,
                null,
                null,
                105_000_000L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "second");
        U64Summary b = new U64Summary(100, 100, 100, 100.0, 0.0);
        U64Summary c = new U64Summary(105, 105, 105, 105.0, 0.0);
        Significance significance = new Significance("welch_t", null, 0.05, false, 1, 1, mean, mean, "paired_t", 0.95);
        PairedDiffSummary diff = new PairedDiffSummary(mean, 5.0, 0.0, 5.0, 5.0, 1, significance);
        PairedStats stats = new PairedStats(b, c, diff, null, null, null, null, null, null, null, null, null);
        return new PairedRunReceipt(
                PairedRunReceipt.SCHEMA_V1,
                new ToolInfo("perfgate-maven-plugin", "0.1.0-SNAPSHOT"),
                new RunMeta(
                        "id-1",
                        "2024-01-01T00:00:00Z",
                        "2024-01-01T00:00:01Z",
                        new HostInfo("linux", "x86_64", 2, 1024L, null),
                        "posix"),
                new PairedBenchMeta("bench", null, List.of("true"), List.of("true"), 1, 0, null, null),
                List.of(new PairedSample(0, false, baseline, current, 5, null, 5_000_000L)),
                stats,
                null,
                RunConfig.builder()
                        .requestedRepeat(1)
                        .significanceAlpha(0.05)
                        .significanceMinSamples(3)
                        .looks(1)
                        .alphaPerLook(0.05)
                        .onInconclusive("warn")
                        .order("random")
                        .seed(42L)
                        .runner("posix")
                        .outputCapBytes(8192)
                        .build(),
                null,
                new VerdictReport("report", "wall_time", null, List.of("wall time +5.00%"), null));
    }
}
