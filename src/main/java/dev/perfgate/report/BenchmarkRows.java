package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmarks of a receipt's JMH suites as report rows, and which analysis keys they are. */
final class BenchmarkRows {

    private BenchmarkRows() {}

    /** Whether {@code key} is a benchmark of a JMH suite (reported in the suite's table, not one by one). */
    static boolean isBenchmark(PairedRunReceipt receipt, String key) {
        return receipt.benchmarks() != null && receipt.benchmarks().containsKey(key);
    }

    /** Whether a verdict reason is a benchmark's headline (the suite's table shows it instead). */
    static boolean aboutABenchmark(PairedRunReceipt receipt, String reason) {
        if (receipt.benchmarks() == null) {
            return false;
        }
        String name = reason.startsWith("ruler ") ? reason.substring("ruler ".length()) : reason;
        int space = name.indexOf(' ');
        return space > 0 && receipt.benchmarks().containsKey(name.substring(0, space));
    }

    /** One row per analysed benchmark, in analysis order; a ruler reads RULER unless it tripped. */
    static List<BenchmarkRow> of(PairedRunReceipt receipt) {
        List<BenchmarkRow> rows = new ArrayList<>();
        Map<String, MetricAnalysisReport> analysis = receipt.analysis() == null ? Map.of() : receipt.analysis();
        analysis.forEach((key, a) -> {
            if (isBenchmark(receipt, key)) {
                String status = Boolean.TRUE.equals(a.ruler()) && !"inconclusive".equals(a.status())
                        ? "RULER"
                        : a.status().toUpperCase(Locale.ROOT);
                rows.add(new BenchmarkRow(
                        key,
                        a.higherIsBetter(),
                        a.estimatePct(),
                        a.ciLowerPct(),
                        a.ciUpperPct(),
                        a.thresholdPct(),
                        status,
                        a.reason()));
            }
        });
        return rows;
    }

    /** {@code key: reason} of every benchmark that could not be compared. */
    static List<String> notCompared(PairedRunReceipt receipt) {
        if (receipt.verdict() == null || receipt.verdict().notCompared() == null) {
            return List.of();
        }
        return receipt.verdict().notCompared().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
    }
}
