package dev.perfgate.report;

import java.util.function.DoubleFunction;

/**
 * The common frame of the report's charts: a scalable SVG (viewBox, width 100%) with a plot area, a y
 * axis with grid lines and labelled ticks, and an x axis numbered by pair.
 */
final class SvgFrame {

    static final double WIDTH = 640;
    static final double HEIGHT = 292;
    static final double LEFT = 74;
    static final double RIGHT = 12;
    static final double TOP = 46; // room for the title and a legend row
    static final double BOTTOM = 52;

    private SvgFrame() {}

    static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    static double bottom() {
        return HEIGHT - BOTTOM;
    }

    /** The x centre of pair slot {@code index} of {@code count}. */
    static double slotX(int index, int count) {
        return LEFT + (index + 0.5) * plotWidth() / Math.max(1, count);
    }

    static LinearScale yScale(double low, double high) {
        return new LinearScale(low, high, bottom(), TOP, 5);
    }

    static void open(StringBuilder svg, String cssClass, String label) {
        svg.append("<svg class=\"chart ")
                .append(cssClass)
                .append("\" viewBox=\"0 0 ")
                .append(Html.num(WIDTH))
                .append(' ')
                .append(Html.num(HEIGHT))
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(label))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title>").append(Html.escape(label)).append("</title>");
    }

    static void yAxis(StringBuilder svg, LinearScale y, DoubleFunction<String> label, String title) {
        for (double tick : y.ticks()) {
            double py = y.map(tick);
            svg.append("<line class=\"grid\" stroke=\"#e6e6e6\" x1=\"")
                    .append(Html.num(LEFT))
                    .append("\" x2=\"")
                    .append(Html.num(WIDTH - RIGHT))
                    .append("\" y1=\"")
                    .append(Html.num(py))
                    .append("\" y2=\"")
                    .append(Html.num(py))
                    .append("\"/>");
            svg.append("<text class=\"tick\" x=\"")
                    .append(Html.num(LEFT - 6))
                    .append("\" y=\"")
                    .append(Html.num(py + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(Html.escape(label.apply(tick)))
                    .append("</text>");
        }
        svg.append("<text class=\"axis-title\" x=\"")
                .append(Html.num(LEFT))
                .append("\" y=\"14\">")
                .append(Html.escape(title))
                .append("</text>");
    }

    /** Pair numbers under the plot; every k-th when there are many. */
    static void xAxis(StringBuilder svg, int count, java.util.function.IntUnaryOperator pairNumber) {
        int every = Math.max(1, (int) Math.ceil(count / 16.0)); // numbers stay apart on a phone too
        for (int i = 0; i < count; i++) {
            if (i % every == 0 || i == count - 1) {
                svg.append("<text class=\"tick\" x=\"")
                        .append(Html.num(slotX(i, count)))
                        .append("\" y=\"")
                        .append(Html.num(bottom() + 16))
                        .append("\" text-anchor=\"middle\">")
                        .append(pairNumber.applyAsInt(i))
                        .append("</text>");
            }
        }
        svg.append("<text class=\"axis-title\" x=\"")
                .append(Html.num(WIDTH - RIGHT))
                .append("\" y=\"")
                .append(Html.num(HEIGHT - 4))
                .append("\" text-anchor=\"end\">pair, in run order</text>");
    }

    static void close(StringBuilder svg) {
        svg.append("</svg>");
    }
}
