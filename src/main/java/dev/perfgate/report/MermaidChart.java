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
 * series.
 */
final class MermaidChart {

    /** Beyond this many pairs the bars are too thin to read; the HTML report has them all. */
    static final int MAX_PAIRS = 60;

    private MermaidChart() {}

    static Optional<String> perPairChanges(PairedRunReceipt receipt, String key, List<PairedSample> measured) {
        MetricAnalysisReport a =
                receipt.analysis() == null ? null : receipt.analysis().get(key);
        MetricValues values = MetricValues.of(key).orElse(null);
        if (a == null || values == null || measured.isEmpty() || measured.size() > MAX_PAIRS) {
            return Optional.empty();
        }
        List<Double> changes = ChangesChart.changes(values, measured);
        if (changes.stream().anyMatch(c -> c == null)) {
            return Optional.empty();
        }
        double low = Math.min(
                0, changes.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double high = Math.max(
                0, changes.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        if (a.thresholdPct() != null) {
            high = Math.max(high, a.thresholdPct());
        }
        LinearScale scale = new LinearScale(low, high, 0, 1, 5);
        List<Double> ticks = scale.ticks();
        String label = MetricNames.label(key);
        StringBuilder md = new StringBuilder("```mermaid\nxychart-beta\n");
        md.append("    title \"").append(label).append(": change per pair, %\"\n");
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
        if (a.thresholdPct() != null) {
            String threshold = number(a.thresholdPct());
            md.append("    line [")
                    .append(measured.stream().map(s -> threshold).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        md.append("```\n\n<sub>bars: each measured pair's ")
                .append(label)
                .append(" change in run order")
                .append(
                        a.thresholdPct() == null
                                ? ""
                                : "; line: the threshold " + MetricFigures.signedPct(a.thresholdPct()))
                .append("; estimate ")
                .append(MetricFigures.signedPct(a.estimatePct()))
                .append(' ')
                .append(MetricFigures.interval(a))
                .append(".</sub>\n\n");
        return Optional.of(md.toString());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
