package dev.perfgate.report;

import dev.perfgate.paired.PairedRunOutcome;
import dev.perfgate.receipt.MachineState;
import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.MetricDefinition;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome as Markdown, for a pull request comment or a CI job summary (GitHub's
 * {@code $GITHUB_STEP_SUMMARY}): the verdict first, the commands, one table row per analysed metric with
 * each side's median beside the change, a reason for every status, a one-line legend, and a Mermaid
 * chart of the per-pair changes where GitHub renders one.
 */
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(PairedRunOutcome outcome) {
        PairedRunReceipt receipt = outcome.receipt();
        String status = StatusText.of(receipt);
        StringBuilder md = new StringBuilder();
        md.append("### perfgate `")
                .append(receipt.bench().name())
                .append("`: ")
                .append(icon(status))
                .append(' ')
                .append(status.toUpperCase(Locale.ROOT))
                .append("\n\n");
        md.append("baseline ")
                .append(MarkdownText.code(CommandText.shorten(receipt.bench().baselineCommand())))
                .append("  \n");
        md.append("current ")
                .append(MarkdownText.code(CommandText.shorten(receipt.bench().currentCommand())));
        if (receipt.config() != null) {
            HookText.commands(receipt.config().hooks())
                    .forEach((label, argv) -> md.append("  \n")
                            .append(label)
                            .append(' ')
                            .append(MarkdownText.code(CommandText.shorten(argv))));
        }
        md.append("\n\n");
        if (receipt.run().interrupted() != null) {
            md.append("**Interrupted** at ")
                    .append(MarkdownText.escape(receipt.run().interrupted().at()))
                    .append(": ")
                    .append(MarkdownText.escape(receipt.run().interrupted().reason()))
                    .append(". The receipt keeps the complete pairs; no verdict was taken.\n\n");
        }
        Map<String, MetricAnalysisReport> all = receipt.analysis() == null ? Map.of() : receipt.analysis();
        // a JMH suite's benchmarks get a table of their own below, one row each
        Map<String, MetricAnalysisReport> analysis = new java.util.LinkedHashMap<>();
        all.forEach((key, a) -> {
            if (!BenchmarkRows.isBenchmark(receipt, key)) {
                analysis.put(key, a);
            }
        });
        md.append(String.format(
                Locale.ROOT,
                "%d measured pairs (%d warmup), runner `%s`%s%n%n",
                receipt.bench().repeat(),
                receipt.bench().warmup(),
                receipt.run().runner() == null ? "not recorded" : receipt.run().runner(),
                confidence(receipt, analysis)));
        machine(md, receipt.run().machine());
        md.append(StrataReport.markdown(receipt));
        List<PairedSample> measured = receipt.measuredSamples();
        if (!analysis.isEmpty()) {
            md.append("| metric | baseline | current | change | interval | threshold | status |\n");
            md.append("|---|---:|---:|---:|---|---:|---|\n");
            analysis.forEach((key, a) -> {
                String[] medians = medians(key, measured);
                md.append("| ")
                        .append(label(receipt, key))
                        .append(" | ")
                        .append(medians[0])
                        .append(" | ")
                        .append(medians[1])
                        .append(" | ")
                        .append(MetricFigures.ownEstimate(a))
                        .append(a.higherIsBetter() ? " (higher is better)" : "")
                        .append(" | ")
                        .append(MetricFigures.ownInterval(a))
                        .append(" | ")
                        .append(MetricFigures.ownThreshold(a, "—"))
                        .append(" | ")
                        .append(a.status().toUpperCase(Locale.ROOT))
                        .append(" |\n");
            });
            md.append('\n');
            analysis.forEach((key, a) -> md.append("- **")
                    .append(label(receipt, key))
                    .append("** ")
                    .append(a.status().toUpperCase(Locale.ROOT))
                    .append(": ")
                    .append(reason(a))
                    .append('\n'));
            md.append('\n');
            md.append(
                    "<sub>change: estimated change of current over baseline (Hodges-Lehmann, paired); interval: its confidence"
                            + " interval; FAIL: interval above 0 and change above the threshold; PASS: interval below the threshold;"
                            + " INCONCLUSIVE: not decided yet; REPORT: no threshold.</sub>\n\n");
            MermaidChart.perPairChanges(receipt, chartMetric(receipt, analysis), measured)
                    .ifPresent(md::append);
        }
        List<BenchmarkRow> suite = BenchmarkRows.of(receipt);
        if (!suite.isEmpty()) {
            md.append("#### JMH benchmarks\n\n")
                    .append(SuiteMarkdown.table(suite))
                    .append('\n');
            bullets(md, "Not compared:", BenchmarkRows.notCompared(receipt));
        }
        bullets(md, outcome.failed() ? "**Build fails:**" : null, outcome.reasons());
        // a warning that only repeats a metric's reason (INCONCLUSIVE under warn) is already listed above
        bullets(
                md,
                "Notes:",
                outcome.warnings().stream()
                        .filter(w -> all.values().stream().noneMatch(a -> a.reason() != null && w.contains(a.reason())))
                        .toList());
        return md.toString();
    }

    /**
     * The interval's confidence, and the run's significance alpha rather than the look's two-sided level:
     * a user who set 0.05 would read "alpha 0.1" (one look, one-sided decisions) as a setting ignored.
     */
    private static String confidence(PairedRunReceipt receipt, Map<String, MetricAnalysisReport> analysis) {
        String alpha = receipt.config() == null
                ? ""
                : " (significance alpha " + trim(receipt.config().significanceAlpha()) + " for the whole run)";
        return analysis.values().stream()
                .findFirst()
                .map(a -> ", " + MetricFigures.confidence(a) + " confidence" + alpha)
                .orElse("");
    }

    /** Beside the verdict: the machine's state in one line, and what made it unfit to measure on. */
    private static void machine(StringBuilder md, MachineState machine) {
        if (machine == null) {
            return;
        }
        md.append("machine: **").append(MachineText.headline(machine)).append("**");
        MachineText.figures(machine).forEach(f -> md.append(" · ").append(MarkdownText.escape(f)));
        md.append("\n\n");
        MachineText.concerns(machine)
                .forEach(c -> md.append("- ").append(MarkdownText.escape(c)).append('\n'));
        if (!MachineText.concerns(machine).isEmpty()) {
            md.append('\n');
        }
    }

    private static String reason(MetricAnalysisReport a) {
        String reason = a.reason() == null ? "no reason recorded" : a.reason();
        return a.pairsLikelyNeeded() == null || reason.contains("pairs would likely")
                ? reason
                : reason + "; about " + a.pairsLikelyNeeded() + " pairs would likely decide it";
    }

    private static String[] medians(String key, List<PairedSample> measured) {
        return MetricValues.of(key)
                .map(values -> {
                    Double[] m = values.medians(measured);
                    return new String[] {
                        m[0] == null ? "—" : values.format(m[0]), m[1] == null ? "—" : values.format(m[1])
                    };
                })
                .orElse(new String[] {"—", "—"});
    }

    /** The metric that decided the verdict, else wall time. */
    private static String chartMetric(PairedRunReceipt receipt, Map<String, MetricAnalysisReport> analysis) {
        String deciding = receipt.verdict() == null ? null : receipt.verdict().metric();
        return deciding != null && analysis.containsKey(deciding) ? deciding : "wall_time";
    }

    /** Built-in keys in words; a {@code <metric>} by its name (its row is in its own terms, whatever its direction). */
    private static String label(PairedRunReceipt receipt, String key) {
        List<MetricDefinition> metrics =
                receipt.config() == null || receipt.config().metrics() == null
                        ? List.of()
                        : receipt.config().metrics();
        for (MetricDefinition m : metrics) {
            if (m.name().equals(key)) {
                return key;
            }
        }
        return MetricNames.label(key);
    }

    private static void bullets(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (title != null) {
            md.append(title).append("\n\n");
        }
        items.forEach(item -> bullet(md, item));
        md.append('\n');
    }

    /**
     * A reason's first line as text; what follows it (a failed run's last lines of output, as it came)
     * in a fenced block inside the item, where no markup in it is live.
     */
    private static void bullet(StringBuilder md, String item) {
        int lineBreak = item.indexOf('\n');
        md.append("- ")
                .append(MarkdownText.line(lineBreak < 0 ? item : item.substring(0, lineBreak)))
                .append('\n');
        if (lineBreak >= 0) {
            md.append('\n')
                    .append(MarkdownText.fenced(item.substring(lineBreak + 1).stripIndent())
                            .indent(2));
        }
    }

    /** Symbols that mean the status, not a mood: an undecided verdict is a question, not a warning. */
    private static String icon(String status) {
        return switch (status) {
            case "pass" -> "✅";
            case "fail" -> "❌";
            case "inconclusive" -> "❔";
            case "interrupted" -> "⏹";
            default -> "ℹ️";
        };
    }

    private static String trim(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", value))
                .stripTrailingZeros()
                .toPlainString();
    }
}
