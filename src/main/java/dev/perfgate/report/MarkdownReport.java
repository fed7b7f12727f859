package dev.perfgate.report;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedRunReceipt;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome as Markdown, for a pull request comment or a CI job summary (GitHub's
 * {@code $GITHUB_STEP_SUMMARY}): the verdict first, then one table row per analysed metric.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(PairedRunOutcome outcome) {
        PairedRunReceipt receipt = outcome.receipt();
        StringBuilder md = new StringBuilder();
        md.append("### perfgate `").append(receipt.bench().name()).append("`: ")
                .append(icon(receipt.verdict().status())).append(' ')
                .append(receipt.verdict().status().toUpperCase(Locale.ROOT)).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d measured pairs (%d warmup), runner `%s`, alpha per look %s%n%n",
                receipt.bench().repeat(), receipt.bench().warmup(), receipt.run().runner(),
                receipt.config() == null ? "?" : trim(receipt.config().alphaPerLook())));
        Map<String, MetricAnalysisReport> analysis = receipt.analysis();
        if (analysis != null && !analysis.isEmpty()) {
            md.append("| metric | change | interval | threshold | status | detectable | pairs likely needed |\n");
            md.append("|---|---:|---|---:|---|---:|---:|\n");
            analysis.forEach((metric, a) -> md.append(String.format(Locale.ROOT, "| %s | %+.1f%% | [%+.1f%%, %+.1f%%] | %s | %s | %s | %s |%n",
                    label(receipt, metric), a.estimatePct(), a.ciLowerPct(), a.ciUpperPct(),
                    a.thresholdPct() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", a.thresholdPct()),
                    a.status(),
                    a.mdePct() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", a.mdePct()),
                    a.pairsLikelyNeeded() == null ? "—" : a.pairsLikelyNeeded().toString())));
            md.append('\n');
        }
        bullets(md, outcome.failed() ? "**Build fails:**" : null, outcome.reasons());
        bullets(md, "Warnings:", outcome.warnings());
        return md.toString();
    }

    /** Built-in keys in words; a higher-is-better {@code <metric>} as {@code 1/name}: its row shows the inverse. */
    private static String label(PairedRunReceipt receipt, String key) {
        List<MetricDefinition> metrics = receipt.config() == null || receipt.config().metrics() == null
                ? List.of() : receipt.config().metrics();
        for (MetricDefinition m : metrics) {
            if (m.name().equals(key)) {
                return m.higherIsBetter() ? "1/" + key : key;
            }
        }
        return key.replace('_', ' ').replace("cpu", "CPU");
    }

    private static void bullets(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (title != null) {
            md.append(title).append("\n\n");
        }
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
    }

    private static String icon(String status) {
        return switch (status) {
            case "pass" -> "✅";
            case "fail" -> "❌";
            case "inconclusive" -> "⚠️";
            default -> "ℹ️";
        };
    }

    private static String trim(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
