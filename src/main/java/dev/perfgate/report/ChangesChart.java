package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import java.util.ArrayList;
import java.util.List;

/**
 * Each measured pair's change, current over baseline in percent, with what the gate compared: the
 * estimate (solid line), its interval (shaded band), the threshold (dashed line) and zero. Lines carry
 * text labels, so the chart reads without colour. Everything is in the metric's own terms: a throughput
 * that dropped 25% plots at −25% with its threshold below zero, never as the +33% of its inverse that the
 * gate analysed.
 */
final class ChangesChart {

    static final String INTERVAL_COLOUR = "#56B4E9"; // Okabe-Ito sky blue
    static final String ESTIMATE_COLOUR = "#0072B2"; // Okabe-Ito blue
    static final String THRESHOLD_COLOUR = "#D55E00"; // Okabe-Ito vermillion
    static final String POINT_COLOUR = "#000000";

    private ChangesChart() {}

    /**
     * Per measured pair the change in percent, or {@code null} when the pair lacks the metric: the metric's
     * own change (a throughput's, not its inverse's), read from the built-in figures of each run or, for a
     * {@code <metric>}, from the values the runs recorded.
     */
    static List<Double> changes(String key, List<PairedSample> measured) {
        MetricValues values = MetricValues.of(key).orElseGet(() -> MetricValues.recorded(key));
        List<Double> changes = new ArrayList<>();
        for (PairedSample s : measured) {
            Double b = values.read(s.baseline());
            Double c = values.read(s.current());
            changes.add(b == null || c == null || b <= 0 ? null : (c / b - 1) * 100);
        }
        return changes;
    }

    static String render(String key, MetricAnalysisReport a, List<Double> changes, List<PairedSample> measured) {
        String label = MetricNames.label(key);
        OwnFigures own = OwnFigures.of(a);
        double low = Math.min(0, own.lower());
        double high = Math.max(0, own.upper());
        if (own.threshold() != null) {
            low = Math.min(low, own.threshold());
            high = Math.max(high, own.threshold());
        }
        for (Double change : changes) {
            if (change != null) {
                low = Math.min(low, change);
                high = Math.max(high, change);
            }
        }
        LinearScale y = SvgFrame.yScale(low, high);
        StringBuilder svg = new StringBuilder();
        SvgFrame.open(
                svg, "changes", label + ": change of every measured pair, with the estimate, interval and threshold");
        SvgFrame.yAxis(
                svg,
                y,
                MetricFigures::signedPct,
                "change per pair (current vs baseline)" + (own.higherIsBetter() ? ", higher is better" : ""));
        double left = SvgFrame.LEFT;
        double right = SvgFrame.WIDTH - SvgFrame.RIGHT;
        double top = y.map(own.upper());
        double bottom = y.map(own.lower());
        String confidence = MetricFigures.confidence(a);
        svg.append("<rect class=\"interval\" x=\"")
                .append(Html.num(left))
                .append("\" y=\"")
                .append(Html.num(top))
                .append("\" width=\"")
                .append(Html.num(right - left))
                .append("\" height=\"")
                .append(Html.num(Math.max(1, bottom - top)))
                .append("\" fill=\"")
                .append(INTERVAL_COLOUR)
                .append("\" fill-opacity=\"0.3\"><title>")
                .append(Html.escape(confidence))
                .append(" interval ")
                .append(own.interval())
                .append("</title></rect>");
        line(svg, "zero", y.map(0), "#666", "", "1");
        line(svg, "estimate", y.map(own.estimate()), ESTIMATE_COLOUR, "", "2");
        if (own.threshold() != null) {
            line(svg, "threshold", y.map(own.threshold()), THRESHOLD_COLOUR, " stroke-dasharray=\"7 4\"", "2");
        }
        legend(svg, own, confidence);
        for (int i = 0; i < changes.size(); i++) {
            Double change = changes.get(i);
            if (change == null) {
                continue;
            }
            double x = SvgFrame.slotX(i, changes.size());
            double py = y.map(change);
            svg.append("<path class=\"point change\" d=\"M")
                    .append(Html.num(x))
                    .append(' ')
                    .append(Html.num(py - 5))
                    .append(" L")
                    .append(Html.num(x + 5))
                    .append(' ')
                    .append(Html.num(py))
                    .append(" L")
                    .append(Html.num(x))
                    .append(' ')
                    .append(Html.num(py + 5))
                    .append(" L")
                    .append(Html.num(x - 5))
                    .append(' ')
                    .append(Html.num(py))
                    .append(" Z\" fill=\"")
                    .append(POINT_COLOUR)
                    .append("\"><title>pair ")
                    .append(measured.get(i).pairIndex() + 1)
                    .append(": ")
                    .append(own.percent(change))
                    .append("</title></path>");
        }
        SvgFrame.xAxis(svg, changes.size(), i -> (int) measured.get(i).pairIndex() + 1);
        SvgFrame.close(svg);
        return svg.toString();
    }

    private static void line(StringBuilder svg, String css, double y, String colour, String extra, String width) {
        svg.append("<line class=\"")
                .append(css)
                .append("\" x1=\"")
                .append(Html.num(SvgFrame.LEFT))
                .append("\" x2=\"")
                .append(Html.num(SvgFrame.WIDTH - SvgFrame.RIGHT))
                .append("\" y1=\"")
                .append(Html.num(y))
                .append("\" y2=\"")
                .append(Html.num(y))
                .append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"")
                .append(width)
                .append('"')
                .append(extra)
                .append("/>");
    }

    /**
     * Above the plot, not on it, so no label hides a point: a line sample and its words for the estimate
     * with its interval, and for the threshold (dashed, right-aligned).
     */
    private static void legend(StringBuilder svg, OwnFigures own, String confidence) {
        double y = SvgFrame.TOP - 12;
        double x = SvgFrame.LEFT;
        svg.append("<rect x=\"")
                .append(Html.num(x))
                .append("\" y=\"")
                .append(Html.num(y - 9))
                .append("\" width=\"20\" height=\"12\" fill=\"")
                .append(INTERVAL_COLOUR)
                .append("\" fill-opacity=\"0.3\"/>");
        svg.append("<line x1=\"")
                .append(Html.num(x))
                .append("\" x2=\"")
                .append(Html.num(x + 20))
                .append("\" y1=\"")
                .append(Html.num(y - 3))
                .append("\" y2=\"")
                .append(Html.num(y - 3))
                .append("\" stroke=\"")
                .append(ESTIMATE_COLOUR)
                .append("\" stroke-width=\"2\"/>");
        svg.append("<text class=\"estimate-label\" x=\"")
                .append(Html.num(x + 25))
                .append("\" y=\"")
                .append(Html.num(y + 1))
                .append("\" fill=\"")
                .append(ESTIMATE_COLOUR)
                .append("\">")
                .append(Html.escape("estimate " + own.percent(own.estimate()) + ", " + confidence + " interval "
                        + own.interval() + (own.higherIsBetter() ? " (higher is better)" : "")))
                .append("</text>");
        if (own.threshold() != null) {
            double right = SvgFrame.WIDTH - SvgFrame.RIGHT;
            String text = "threshold " + own.percent(own.threshold());
            double sample = right - text.length() * 7.2 - 30; // about 7 units per character at 12px
            svg.append("<line x1=\"")
                    .append(Html.num(sample))
                    .append("\" x2=\"")
                    .append(Html.num(sample + 20))
                    .append("\" y1=\"")
                    .append(Html.num(y - 3))
                    .append("\" y2=\"")
                    .append(Html.num(y - 3))
                    .append("\" stroke=\"")
                    .append(THRESHOLD_COLOUR)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>");
            svg.append("<text class=\"threshold-label\" x=\"")
                    .append(Html.num(right))
                    .append("\" y=\"")
                    .append(Html.num(y + 1))
                    .append("\" text-anchor=\"end\" fill=\"")
                    .append(THRESHOLD_COLOUR)
                    .append("\">")
                    .append(Html.escape(text))
                    .append("</text>");
        }
    }
}
