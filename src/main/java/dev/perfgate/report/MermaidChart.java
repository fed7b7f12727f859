package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedRunReceipt;
import dev.perfgate.receipt.PairedSample;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Mermaid {@code xychart-beta} of each measured pair's change (bars) and the threshold (line), which
 * GitHub renders in Markdown, job summaries included. Mermaid draws no legend, so a caption names the
 * series. In the metric's own terms: a throughput that dropped 25% has bars at −25 and its threshold line
 * below zero, never the +33% of the inverse that the gate analysed.
 */
final class MermaidChart {

    /** Beyond this many pairs the bars are too thin to read; the HTML report has them all. */
    static final int MAX_PAIRS = 60;

    private MermaidChart() {}

    static Optional<String> perPairChanges(PairedRunReceipt receipt, String key, List<PairedSample> measured) {
        MetricAnalysisReport a =
                receipt.analysis() == null ? null : receipt.analysis().get(key);
        if (a == null || measured.isEmpty() || measured.size() > MAX_PAIRS) {
            return Optional.empty();
        }
        List<Double> changes = ChangesChart.changes(key, measured);
        if (changes.stream().anyMatch(c -> c == null)) {
            return Optional.empty();
        }
        OwnFigures own = OwnFigures.of(a);
        double low = Math.min(
                0, changes.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double high = Math.max(
                0, changes.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        if (own.threshold() != null) {
            low = Math.min(low, own.threshold());
            high = Math.max(high, own.threshold());
        }
        LinearScale scale = new LinearScale(low, high, 0, 1, 5);
        List<Double> ticks = scale.ticks();
        String label = MetricNames.label(key);
        StringBuilder md = new StringBuilder("```mermaid\nxychart-beta\n");
        md.append("    title \"")
                .append(label)
                .append(": change per pair, %")
                .append(own.higherIsBetter() ? " (higher is better)" : "")
                .append("\"\n");
        md.append("    x-axis \"pair\" [")
                .append(measured.stream()
                        .map(s -> Long.toString(s.pairIndex() + 1))
                        .collect(Collectors.joining(", ")))
                .append("]\n");
        md.append("    y-axis \"change %\" ")
                .append(number(ticks.get(0)))
                .append(" --> ")
                .append(number(ticks.get(ticks.size() - 1)))
                .append('\n');
        md.append("    bar [")
                .append(changes.stream().map(MermaidChart::number).collect(Collectors.joining(", ")))
                .append("]\n");
        if (own.threshold() != null) {
            String threshold = number(own.threshold());
            md.append("    line [")
                    .append(measured.stream().map(s -> threshold).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        md.append("```\n\n<sub>bars: each measured pair's ")
                .append(label)
                .append(" change in run order")
                .append(own.threshold() == null ? "" : "; line: the threshold " + own.percent(own.threshold()))
                .append("; estimate ")
                .append(own.percent(own.estimate()))
                .append(' ')
                .append(own.interval())
                .append(own.higherIsBetter() ? " (higher is better)" : "")
                .append(".</sub>\n\n");
        return Optional.of(md.toString());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
