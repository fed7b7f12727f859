package dev.perfgate.report;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.PairedDiffSummary;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import dev.perfgate.receipt.PairedStats;
import dev.perfgate.receipt.Significance;
import dev.perfgate.receipt.VerdictReport;
import dev.perfgate.stats.LongSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The compact end-of-run summary: the verdict first (each metric's Hodges-Lehmann change with its exact
 * signed-rank interval, on which the gate decides), then each side's medians with the paired-t mean
 * difference, its interval and p-value (v1's {@code stats}, labelled as such, so the two intervals are
 * never confused), the outcome, and where the receipt is. Warnings are not
 * repeated here: the caller logs them once, at WARNING level.
 */
public final class SummaryTable {

    private SummaryTable() {}

    public static List<String> lines(PairedRunOutcome outcome, Path receiptFile) {
        PairedRunReceipt receipt = outcome.receipt();
        PairedStats stats = receipt.stats();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "perfgate paired '%s': %d measured pairs, %d warmup, runner %s",
                receipt.bench().name(),
                receipt.bench().repeat(),
                receipt.bench().warmup(),
                receipt.run().runner() == null ? "not recorded" : receipt.run().runner()));
        VerdictReport verdict = receipt.verdict();
        if (verdict == null && receipt.run().interrupted() != null) {
            lines.add("verdict: none, interrupted at "
                    + receipt.run().interrupted().at() + " ("
                    + receipt.run().interrupted().reason() + ")");
        }
        if (verdict != null) {
            lines.add("verdict: " + verdict.status().toUpperCase(Locale.ROOT));
            // a reason that is also a warning (why retries stopped) is printed once, as the warning
            List<BenchmarkRow> suite = BenchmarkRows.of(receipt);
            verdict.reasons().stream()
                    .filter(reason -> !outcome.warnings().contains(reason))
                    .filter(reason -> !BenchmarkRows.aboutABenchmark(receipt, reason))
                    .forEach(reason -> lines.add("  " + reason));
            if (!suite.isEmpty()) {
                // one line per benchmark, failures first; the passing ones collapse into a count
                SuiteLines.info("JMH benchmarks", suite).forEach(line -> lines.add("  " + line));
                BenchmarkRows.notCompared(receipt).forEach(line -> lines.add("    not compared: " + line));
            }
        }
        List<PairedSample> measured = receipt.measuredSamples();
        lines.add(String.format(
                Locale.ROOT,
                "  %-13s %14s %14s %30s %8s",
                "median",
                "baseline",
                "current",
                "paired-t mean diff [CI]",
                "t-test p"));
        lines.add(row("wall time", median(measured, h -> h.wallNs()), stats.wallDiffMs(), 1e6, true));
        if (stats.cpuDiffMs() != null) {
            lines.add(row(
                    "CPU time",
                    median(measured, h -> h.cpuUs() == null ? null : h.cpuUs() * 1000),
                    stats.cpuDiffMs(),
                    1e6,
                    true));
        }
        if (stats.baselineMaxRssKb() != null && stats.currentMaxRssKb() != null) {
            lines.add(row("peak memory", median(measured, PairedSampleHalf::maxRssKb), stats.rssDiffKb(), 1, false));
        }
        lines.add("outcome: " + (outcome.failed() ? "FAILED" : "passed"));
        outcome.reasons().forEach(reason -> lines.add("  - " + reason));
        lines.add("receipt: " + receiptFile);
        return lines;
    }

    /**
     * The lines for DEBUG: every benchmark of a JMH suite when {@link #lines} collapsed the passing ones into a
     * count, else none.
     */
    public static List<String> debugLines(PairedRunOutcome outcome) {
        List<BenchmarkRow> suite = BenchmarkRows.of(outcome.receipt());
        if (outcome.receipt().verdict() == null || !SuiteLines.collapses(suite)) {
            return List.of();
        }
        return SuiteLines.all("JMH benchmarks", suite).stream()
                .map(line -> "  " + line)
                .toList();
    }

    /** Exact medians {baseline, current} over the runs that measured the value; null entries when none did. */
    private static Long[] median(List<PairedSample> measured, Function<PairedSampleHalf, Long> value) {
        return new Long[] {
            median(measured.stream().map(s -> value.apply(s.baseline()))),
            median(measured.stream().map(s -> value.apply(s.current())))
        };
    }

    private static Long median(Stream<Long> values) {
        long[] present =
                values.filter(Objects::nonNull).mapToLong(Long::longValue).toArray();
        return present.length == 0 ? null : LongSummary.of(present).median();
    }

    /** @param scale factor from the diff summary's unit to the formatter's (ms to ns: 1e6; KiB: 1) */
    private static String row(String label, Long[] medians, PairedDiffSummary diff, double scale, boolean time) {
        String b = format(medians[0], 1, time);
        String c = format(medians[1], 1, time);
        String d = "";
        String p = "";
        if (diff != null) {
            Significance s = diff.significance();
            d = signed(diff.mean(), scale, time);
            if (s != null && s.ciLower() != null && s.ciUpper() != null) {
                d += " [" + signed(s.ciLower(), scale, time) + ", " + signed(s.ciUpper(), scale, time) + "]";
            }
            if (s != null && s.pValue() != null) {
                p = String.format(Locale.ROOT, "%.4f", s.pValue());
            }
        }
        return String.format(Locale.ROOT, "  %-13s %14s %14s %30s %8s", label, b, c, d, p);
    }

    private static String format(Long value, double scale, boolean time) {
        if (value == null) {
            return "—";
        }
        return time ? Durations.nanos(value * scale) : Durations.kibibytes(value * scale);
    }

    private static String signed(double value, double scale, boolean time) {
        String text = time ? Durations.nanos(value * scale) : Durations.kibibytes(value);
        return value >= 0 ? "+" + text : text;
    }
}
