package dev.perfgate.report;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.PairedDiffSummary;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedStats;
import dev.perfgate.receipt.Significance;
import dev.perfgate.receipt.U64Summary;
import dev.perfgate.receipt.VerdictReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compact end-of-run summary: the verdict first, then each side's medians, the mean wall
 * difference with its interval and p-value, the outcome, and where the receipt is.
 */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static List<String> lines(PairedRunOutcome outcome, Path receiptFile) {
        PairedRunReceipt receipt = outcome.receipt();
        PairedStats stats = receipt.stats();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "perfgate paired '%s': %d measured pairs, %d warmup, runner %s",
                receipt.bench().name(), receipt.bench().repeat(), receipt.bench().warmup(), receipt.run().runner()));
        VerdictReport verdict = receipt.verdict();
        if (verdict != null) {
            lines.add("verdict: " + verdict.status().toUpperCase(Locale.ROOT));
            verdict.reasons().forEach(reason -> lines.add("  " + reason));
        }
        lines.add(String.format(Locale.ROOT, "  %-13s %14s %14s %28s %10s", "median", "baseline", "current", "mean diff [CI]", "p"));
        lines.add(row("wall time", stats.baselineWallMs(), stats.currentWallMs(), stats.wallDiffMs(), 1e6, true));
        if (stats.baselineCpuMs() != null) {
            lines.add(row("CPU time", stats.baselineCpuMs(), stats.currentCpuMs(), stats.cpuDiffMs(), 1e6, true));
        }
        if (stats.baselineMaxRssKb() != null && stats.currentMaxRssKb() != null) {
            lines.add(row("peak memory", stats.baselineMaxRssKb(), stats.currentMaxRssKb(), stats.rssDiffKb(), 1, false));
        }
        lines.add("outcome: " + (outcome.failed() ? "FAILED" : "passed"));
        outcome.reasons().forEach(reason -> lines.add("  - " + reason));
        outcome.warnings().forEach(warning -> lines.add("  ! " + warning));
        lines.add("receipt: " + receiptFile);
        return lines;
    }

    /** @param scale factor from the summary's unit to the formatter's (ms to ns: 1e6; KiB: 1) */
    private static String row(String label, U64Summary baseline, U64Summary current, PairedDiffSummary diff,
                              double scale, boolean time) {
        String b = time ? Durations.nanos(baseline.median() * scale) : Durations.kibibytes(baseline.median());
        String c = time ? Durations.nanos(current.median() * scale) : Durations.kibibytes(current.median());
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
        return String.format(Locale.ROOT, "  %-13s %14s %14s %28s %10s", label, b, c, d, p);
    }

    private static String signed(double value, double scale, boolean time) {
        String text = time ? Durations.nanos(value * scale) : Durations.kibibytes(value);
        return value >= 0 ? "+" + text : text;
    }
}
