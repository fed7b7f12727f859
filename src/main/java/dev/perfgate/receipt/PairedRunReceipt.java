package dev.perfgate.receipt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code perfgate.paired.v1} receipt. The first seven components are v1, in v1's order; the rest
 * are additive and optional, so a v1 reader ignores them; {@code benchmarks} only when a JMH suite was
 * gated, {@code merge} only in a receipt {@code perfgate:merge} wrote.
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
        Map<String, BenchmarkOrigin> benchmarks,
        MergeReport merge) {

    public static final String SCHEMA_V1 = "perfgate.paired.v1";

    public PairedRunReceipt {
        benchmarks = benchmarks == null || benchmarks.isEmpty()
                ? null
                : Collections.unmodifiableMap(new TreeMap<>(benchmarks));
    }

    /** A receipt of one run without JMH benchmarks. */
    public PairedRunReceipt(
            String schema,
            ToolInfo tool,
            RunMeta run,
            PairedBenchMeta bench,
            List<PairedSample> samples,
            PairedStats stats,
            NoiseDiagnostics noiseDiagnostics,
            RunConfig config,
            Map<String, MetricAnalysisReport> analysis,
            VerdictReport verdict) {
        this(schema, tool, run, bench, samples, stats, noiseDiagnostics, config, analysis, verdict, null, null);
    }

    /** A receipt of one run (not a merge). */
    public PairedRunReceipt(
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
        this(schema, tool, run, bench, samples, stats, noiseDiagnostics, config, analysis, verdict, benchmarks, null);
    }

    /** A receipt {@code perfgate:merge} wrote, without JMH benchmarks. */
    public PairedRunReceipt(
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
            MergeReport merge) {
        this(schema, tool, run, bench, samples, stats, noiseDiagnostics, config, analysis, verdict, null, merge);
    }

    /** The same receipt with another bench block (e.g. one that records the artifacts run). */
    public PairedRunReceipt withBench(PairedBenchMeta newBench) {
        return new PairedRunReceipt(
                schema,
                tool,
                run,
                newBench,
                samples,
                stats,
                noiseDiagnostics,
                config,
                analysis,
                verdict,
                benchmarks,
                merge);
    }

    /** The same receipt with another run block (e.g. one that records the machine's state). */
    public PairedRunReceipt withRun(RunMeta newRun) {
        return new PairedRunReceipt(
                schema,
                tool,
                newRun,
                bench,
                samples,
                stats,
                noiseDiagnostics,
                config,
                analysis,
                verdict,
                benchmarks,
                merge);
    }

    /** The measured (non-warmup) pairs in execution order. */
    @JsonIgnore
    public List<PairedSample> measuredSamples() {
        return samples.stream().filter(s -> !s.warmup()).toList();
    }
}
