package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * A {@code perfgate.paired.v1} receipt. The first seven components are v1, in v1's order; the rest
 * are additive and optional, so a v1 reader ignores them.
 */
public record PairedRunReceipt(
        String schema,
        ToolInfo tool,
        RunMeta run,
        PairedBenchMeta bench,
        List<PairedSample> samples,
        PairedStats stats,
        NoiseDiagnostics noiseDiagnostics,
        RunConfig config,
        Map<String, MetricAnalysisReport> analysis,
        VerdictReport verdict,
        Map<String, BenchmarkOrigin> benchmarks) {

    public static final String SCHEMA_V1 = "perfgate.paired.v1";

    public PairedRunReceipt {
        benchmarks = benchmarks == null || benchmarks.isEmpty() ? null
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(benchmarks));
    }

    /** A receipt without JMH benchmarks. */
    public PairedRunReceipt(String schema, ToolInfo tool, RunMeta run, PairedBenchMeta bench, List<PairedSample> samples,
                            PairedStats stats, NoiseDiagnostics noiseDiagnostics, RunConfig config,
                            Map<String, MetricAnalysisReport> analysis, VerdictReport verdict) {
        this(schema, tool, run, bench, samples, stats, noiseDiagnostics, config, analysis, verdict, null);
    }

    /** The same receipt with another bench block (e.g. one that records the artifacts run). */
    public PairedRunReceipt withBench(PairedBenchMeta newBench) {
        return new PairedRunReceipt(schema, tool, run, newBench, samples, stats, noiseDiagnostics, config, analysis,
                verdict, benchmarks);
    }

    /** The measured (non-warmup) pairs in execution order. */
    @JsonIgnore
    public List<PairedSample> measuredSamples() {
        return samples.stream().filter(s -> !s.warmup()).toList();
    }
}
