package dev.perfgate.report;

import dev.perfgate.stats.DirectedChange;
import java.util.List;
import java.util.Locale;

/**
 * A forest plot of many gated metrics (a JMH suite): one row per metric with its estimate (a dot), its
 * interval (a bar) and its threshold (a dashed tick), all on one axis of change in percent, in each
 * metric's own terms. A throughput that dropped sits left of 0 with its threshold on the left; a time that
 * rose sits right of 0 with its threshold on the right, so each row shows its worse side by where its
 * threshold is. The status is written at the end of the row, so the plot reads without colour.
 */
public final class ForestPlot {

    static final double WIDTH = 640;
    static final double LABEL_WIDTH = 230;
    static final double STATUS_WIDTH = 96;
    static final double ROW = 22;
    static final double TOP = 40;
    static final double BOTTOM = 34;
    /** Names longer than this are cut in the row and given whole in its tooltip. */
    static final int LABEL_CHARS = 34;

    private ForestPlot() {}

    /** The plot as inline SVG, its height growing with the rows. */
    public static String render(String title, List<BenchmarkRow> rows) {
        double low = 0;
        double high = 0;
        for (BenchmarkRow r : rows) {
            low = Math.min(low, r.ownLow());
            high = Math.max(high, r.ownHigh());
            if (r.ownThreshold() != null) {
                low = Math.min(low, r.ownThreshold());
                high = Math.max(high, r.ownThreshold());
            }
        }
        double left = LABEL_WIDTH;
        double right = WIDTH - STATUS_WIDTH;
        LinearScale x = new LinearScale(low, high, left, right, 6);
        double height = TOP + rows.size() * ROW + BOTTOM;
        double plotBottom = TOP + rows.size() * ROW;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart forest\" viewBox=\"0 0 ")
                .append(Html.num(WIDTH))
                .append(' ')
                .append(Html.num(height))
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(title))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
                .append(Html.escape(title))
                .append("</title>");
        svg.append("<text class=\"axis-title\" x=\"")
                .append(Html.num(left))
                .append("\" y=\"14\">")
                .append(
                        Html.escape(
                                "change in each metric's own terms; dashed: its threshold; ↑ higher is better, ↓ lower is better"))
                .append("</text>");
        for (double tick : x.ticks()) {
            double px = x.map(tick);
            svg.append("<line class=\"grid\" stroke=\"")
                    .append(tick == 0 ? "#666" : "#e6e6e6")
                    .append("\" x1=\"")
                    .append(Html.num(px))
                    .append("\" x2=\"")
                    .append(Html.num(px))
                    .append("\" y1=\"")
                    .append(Html.num(TOP - 6))
                    .append("\" y2=\"")
                    .append(Html.num(plotBottom))
                    .append("\"/>");
            svg.append("<text class=\"tick\" x=\"")
                    .append(Html.num(px))
                    .append("\" y=\"")
                    .append(Html.num(plotBottom + 16))
                    .append("\" text-anchor=\"middle\">")
                    .append(Html.escape(DirectedChange.percent(tick).replace(".0%", "%")))
                    .append("</text>");
        }
        for (int i = 0; i < rows.size(); i++) {
            row(svg, rows.get(i), x, TOP + i * ROW + ROW / 2);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void row(StringBuilder svg, BenchmarkRow r, LinearScale x, double y) {
        String name = r.name().length() <= LABEL_CHARS ? r.name() : r.name().substring(0, LABEL_CHARS - 1) + "…";
        String figures = DirectedChange.change(r.estimatePct(), r.lowerPct(), r.upperPct(), r.higherIsBetter());
        String tooltip = r.name() + " " + figures
                + (r.ownThreshold() == null ? "" : ", threshold " + DirectedChange.percent(r.ownThreshold())) + ": "
                + r.status();
        svg.append("<g class=\"row ")
                .append(Html.escape(r.status().toLowerCase(Locale.ROOT)))
                .append("\"><title>")
                .append(Html.escape(tooltip))
                .append("</title>");
        svg.append("<text class=\"row-label\" x=\"")
                .append(Html.num(LABEL_WIDTH - 8))
                .append("\" y=\"")
                .append(Html.num(y + 4))
                .append("\" text-anchor=\"end\">")
                .append(Html.escape(name))
                .append("</text>");
        String colour = colour(r.status());
        svg.append("<line class=\"interval\" x1=\"")
                .append(Html.num(x.map(r.ownLow())))
                .append("\" x2=\"")
                .append(Html.num(x.map(r.ownHigh())))
                .append("\" y1=\"")
                .append(Html.num(y))
                .append("\" y2=\"")
                .append(Html.num(y))
                .append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"3\"/>");
        svg.append("<circle class=\"estimate\" cx=\"")
                .append(Html.num(x.map(r.ownEstimate())))
                .append("\" cy=\"")
                .append(Html.num(y))
                .append("\" r=\"4\" fill=\"")
                .append(colour)
                .append("\"/>");
        if (r.ownThreshold() != null) {
            double px = x.map(r.ownThreshold());
            svg.append("<line class=\"threshold\" x1=\"")
                    .append(Html.num(px))
                    .append("\" x2=\"")
                    .append(Html.num(px))
                    .append("\" y1=\"")
                    .append(Html.num(y - 8))
                    .append("\" y2=\"")
                    .append(Html.num(y + 8))
                    .append("\" stroke=\"")
                    .append(ChangesChart.THRESHOLD_COLOUR)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
        }
        svg.append("<text class=\"row-status\" x=\"")
                .append(Html.num(WIDTH - STATUS_WIDTH + 8))
                .append("\" y=\"")
                .append(Html.num(y + 4))
                .append("\" fill=\"")
                .append(colour)
                .append("\">")
                .append(Html.escape(r.status() + (r.higherIsBetter() ? " ↑" : " ↓")))
                .append("</text></g>");
    }

    /** Okabe-Ito colours, safe for colour-blind readers; the status text says the same. */
    private static String colour(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "FAIL" -> "#D55E00";
            case "PASS" -> "#009E73";
            case "INCONCLUSIVE" -> "#E69F00";
            default -> "#0072B2";
        };
    }
}
