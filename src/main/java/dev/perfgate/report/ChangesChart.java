package dev.perfgate.report;

import dev.perfgate.receipt.MetricAnalysisReport;
import dev.perfgate.receipt.PairedSample;
import java.util.ArrayList;
import java.util.List;

/**
 * Each measured pair's change, current over baseline in percent, with what the gate compared: the
 * estimate (solid line), its interval (shaded band), the threshold (dashed line) and zero. Lines carry
 * text labels, so the chart reads without colour.
 */
final class ChangesChart {

    static final String INTERVAL_COLOUR = "#56B4E9";  // Okabe-Ito sky blue
    static final String ESTIMATE_COLOUR = "#0072B2";  // Okabe-Ito blue
    static final String THRESHOLD_COLOUR = "#D55E00"; // Okabe-Ito vermillion
    static final String POINT_COLOUR = "#000000";

    private ChangesChart() {
    }

    /** Per measured pair the change in percent, or {@code null} when the pair lacks the metric. */
    static List<Double> changes(MetricValues values, List<PairedSample> measured) {
        List<Double> changes = new ArrayList<>();
        for (PairedSample s : measured) {
            Double b = values == null ? null : values.read(s.baseline());
            Double c = values == null ? null : values.read(s.current());
            changes.add(b == null || c == null || b <= 0 ? null : (c / b - 1) * 100);
        }
        return changes;
    }

    static String render(String key, MetricAnalysisReport a, List<Double> changes, List<PairedSample> measured) {
        String label = MetricNames.label(key);
        double low = Math.min(0, a.ciLowerPct());
        double high = Math.max(0, a.ciUpperPct());
        if (a.thresholdPct() != null) {
            high = Math.max(high, a.thresholdPct());
        }
        for (Double change : changes) {
            if (change != null) {
                low = Math.min(low, change);
                high = Math.max(high, change);
            }
        }
        LinearScale y = SvgFrame.yScale(low, high);
        StringBuilder svg = new StringBuilder();
        SvgFrame.open(svg, "changes", label + ": change of every measured pair, with the estimate, interval and threshold");
        SvgFrame.yAxis(svg, y, MetricFigures::signedPct, "change per pair (current vs baseline)");
        double left = SvgFrame.LEFT;
        double right = SvgFrame.WIDTH - SvgFrame.RIGHT;
        double top = y.map(a.ciUpperPct());
        double bottom = y.map(a.ciLowerPct());
        String confidence = MetricFigures.confidence(a);
        svg.append("<rect class=\"interval\" x=\"").append(Html.num(left)).append("\" y=\"").append(Html.num(top))
                .append("\" width=\"").append(Html.num(right - left)).append("\" height=\"").append(Html.num(Math.max(1, bottom - top)))
                .append("\" fill=\"").append(INTERVAL_COLOUR).append("\" fill-opacity=\"0.3\"><title>").append(Html.escape(confidence))
                .append(" interval ").append(MetricFigures.interval(a)).append("</title></rect>");
        line(svg, "zero", y.map(0), "#666", "", "1");
        double estimateY = y.map(a.estimatePct());
        line(svg, "estimate", estimateY, ESTIMATE_COLOUR, "", "2");
        label(svg, "estimate-label", left + 4, estimateY - 5, "start", ESTIMATE_COLOUR,
                "estimate " + MetricFigures.signedPct(a.estimatePct()) + ", " + confidence + " interval " + MetricFigures.interval(a));
        if (a.thresholdPct() != null) {
            double thresholdY = y.map(a.thresholdPct());
            line(svg, "threshold", thresholdY, THRESHOLD_COLOUR, " stroke-dasharray=\"7 4\"", "2");
            label(svg, "threshold-label", right - 4, thresholdY - 5, "end", THRESHOLD_COLOUR,
                    "threshold " + MetricFigures.signedPct(a.thresholdPct()));
        }
        for (int i = 0; i < changes.size(); i++) {
            Double change = changes.get(i);
            if (change == null) {
                continue;
            }
            double x = SvgFrame.slotX(i, changes.size());
            double py = y.map(change);
            svg.append("<path class=\"point change\" d=\"M").append(Html.num(x)).append(' ').append(Html.num(py - 5))
                    .append(" L").append(Html.num(x + 5)).append(' ').append(Html.num(py))
                    .append(" L").append(Html.num(x)).append(' ').append(Html.num(py + 5))
                    .append(" L").append(Html.num(x - 5)).append(' ').append(Html.num(py)).append(" Z\" fill=\"").append(POINT_COLOUR)
                    .append("\"><title>pair ").append(measured.get(i).pairIndex() + 1).append(": ")
                    .append(MetricFigures.signedPct(change)).append("</title></path>");
        }
        SvgFrame.xAxis(svg, changes.size(), i -> (int) measured.get(i).pairIndex() + 1);
        SvgFrame.close(svg);
        return svg.toString();
    }

    private static void line(StringBuilder svg, String css, double y, String colour, String extra, String width) {
        svg.append("<line class=\"").append(css).append("\" x1=\"").append(Html.num(SvgFrame.LEFT)).append("\" x2=\"")
                .append(Html.num(SvgFrame.WIDTH - SvgFrame.RIGHT)).append("\" y1=\"").append(Html.num(y)).append("\" y2=\"")
                .append(Html.num(y)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width).append('"')
                .append(extra).append("/>");
    }

    private static void label(StringBuilder svg, String css, double x, double y, String anchor, String colour, String text) {
        svg.append("<text class=\"").append(css).append("\" x=\"").append(Html.num(x)).append("\" y=\"").append(Html.num(y))
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour).append("\">")
                .append(Html.escape(text)).append("</text>");
    }
}
