package dev.perfgate.report;

import dev.perfgate.receipt.PairedSample;
import dev.perfgate.receipt.PairedSampleHalf;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Each run's value in run order: per pair a baseline circle and a current triangle joined by a line,
 * warmup pairs hollow on a shaded band, and under each pair the letter of the side that ran first.
 * Shapes and letters carry the meaning, so it reads without colour.
 */
final class ValuesChart {

    static final String BASELINE_COLOUR = "#0072B2"; // Okabe-Ito blue
    static final String CURRENT_COLOUR = "#E69F00"; // Okabe-Ito orange

    private ValuesChart() {}

    static String render(String key, MetricValues values, List<PairedSample> samples) {
        String label = MetricNames.label(key);
        java.util.DoubleSummaryStatistics stats = Stream.concat(
                        samples.stream().map(s -> values.read(s.baseline())),
                        samples.stream().map(s -> values.read(s.current())))
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .summaryStatistics();
        // from 0, so the eye reads the size of a difference honestly
        double[] range = {Math.min(0, stats.getMin()), stats.getCount() == 0 ? 1 : stats.getMax()};
        LinearScale y = SvgFrame.yScale(range[0], range[1]);
        StringBuilder svg = new StringBuilder();
        SvgFrame.open(svg, "values", label + " of every run, in run order");
        warmupBand(svg, samples);
        SvgFrame.yAxis(svg, y, values::format, label + " per run");
        int count = samples.size();
        for (int i = 0; i < count; i++) {
            PairedSample s = samples.get(i);
            double x = SvgFrame.slotX(i, count);
            Double b = values.read(s.baseline());
            Double c = values.read(s.current());
            if (b != null && c != null) {
                svg.append("<line class=\"pair-link\" stroke=\"#9a9a9a\" x1=\"")
                        .append(Html.num(x))
                        .append("\" x2=\"")
                        .append(Html.num(x))
                        .append("\" y1=\"")
                        .append(Html.num(y.map(b)))
                        .append("\" y2=\"")
                        .append(Html.num(y.map(c)))
                        .append("\"/>");
            }
            point(svg, s, "baseline", s.baseline(), b, x, y, values);
            point(svg, s, "current", s.current(), c, x, y, values);
            firstSide(svg, s, x);
        }
        SvgFrame.xAxis(svg, count, i -> (int) samples.get(i).pairIndex() + 1);
        legend(svg);
        SvgFrame.close(svg);
        return svg.toString();
    }

    private static void warmupBand(StringBuilder svg, List<PairedSample> samples) {
        long warmups = samples.stream().filter(PairedSample::warmup).count();
        if (warmups == 0) {
            return;
        }
        double width = SvgFrame.plotWidth() * warmups / samples.size();
        svg.append("<rect class=\"warmup-band\" fill=\"#efefef\" x=\"")
                .append(Html.num(SvgFrame.LEFT))
                .append("\" y=\"")
                .append(Html.num(SvgFrame.TOP))
                .append("\" width=\"")
                .append(Html.num(width))
                .append("\" height=\"")
                .append(Html.num(SvgFrame.bottom() - SvgFrame.TOP))
                .append("\"><title>warmup pairs: not in the statistics</title></rect>");
        svg.append("<text class=\"band-label\" x=\"")
                .append(Html.num(SvgFrame.LEFT + width / 2))
                .append("\" y=\"")
                .append(Html.num(SvgFrame.TOP + 12))
                .append("\" text-anchor=\"middle\">warmup</text>");
    }

    private static void point(
            StringBuilder svg,
            PairedSample s,
            String side,
            PairedSampleHalf half,
            Double value,
            double x,
            LinearScale y,
            MetricValues values) {
        if (value == null) {
            return;
        }
        String kind = s.warmup() ? "warmup" : "measured";
        String css = "point " + side + " " + kind;
        String colour = side.equals("baseline") ? BASELINE_COLOUR : CURRENT_COLOUR;
        String fill = s.warmup() ? "#fff" : colour;
        double py = y.map(value);
        String title = "<title>pair " + (s.pairIndex() + 1) + " (" + kind + "), " + side
                + ("first".equals(half.position())
                        ? ", ran first"
                        : "second".equals(half.position()) ? ", ran second" : "")
                + ": " + Html.escape(values.format(value))
                + (half.timedOut() ? ", TIMED OUT" : half.exitCode() != 0 ? ", exit " + half.exitCode() : "")
                + "</title>";
        if (side.equals("baseline")) {
            svg.append("<circle class=\"")
                    .append(css)
                    .append("\" cx=\"")
                    .append(Html.num(x - 3))
                    .append("\" cy=\"")
                    .append(Html.num(py))
                    .append("\" r=\"4.5\" fill=\"")
                    .append(fill)
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"1.6\">")
                    .append(title)
                    .append("</circle>");
        } else {
            double px = x + 3;
            svg.append("<path class=\"")
                    .append(css)
                    .append("\" d=\"M")
                    .append(Html.num(px))
                    .append(' ')
                    .append(Html.num(py - 5.5))
                    .append(" L")
                    .append(Html.num(px + 5))
                    .append(' ')
                    .append(Html.num(py + 3.5))
                    .append(" L")
                    .append(Html.num(px - 5))
                    .append(' ')
                    .append(Html.num(py + 3.5))
                    .append(" Z\" fill=\"")
                    .append(fill)
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"1.6\">")
                    .append(title)
                    .append("</path>");
        }
    }

    /** "B" or "C" under the pair: which side ran first (cache, frequency and thermal effects favour one position). */
    private static void firstSide(StringBuilder svg, PairedSample s, double x) {
        String position = s.baseline().position();
        if (position == null) {
            return;
        }
        boolean baselineFirst = "first".equals(position);
        svg.append("<text class=\"first-side\" x=\"")
                .append(Html.num(x))
                .append("\" y=\"")
                .append(Html.num(SvgFrame.bottom() + 30))
                .append("\" text-anchor=\"middle\" fill=\"")
                .append(baselineFirst ? BASELINE_COLOUR : "#8a5a00")
                .append("\">")
                .append(baselineFirst ? "B" : "C")
                .append("<title>pair ")
                .append(s.pairIndex() + 1)
                .append(": ")
                .append(baselineFirst ? "baseline" : "current")
                .append(" ran first</title></text>");
    }

    private static void legend(StringBuilder svg) {
        double x = SvgFrame.WIDTH - SvgFrame.RIGHT - 330;
        svg.append("<g class=\"legend\" transform=\"translate(")
                .append(Html.num(x))
                .append(",10)\">")
                .append("<circle cx=\"5\" cy=\"0\" r=\"4.5\" fill=\"")
                .append(BASELINE_COLOUR)
                .append("\"/>")
                .append("<text x=\"14\" y=\"4\">baseline</text>")
                .append("<path d=\"M80 -5.5 L85 3.5 L75 3.5 Z\" fill=\"")
                .append(CURRENT_COLOUR)
                .append("\"/>")
                .append("<text x=\"90\" y=\"4\">current</text>")
                .append("<circle cx=\"150\" cy=\"0\" r=\"4.5\" fill=\"#fff\" stroke=\"#555\" stroke-width=\"1.6\"/>")
                .append("<text x=\"159\" y=\"4\">warmup</text>")
                .append("<text x=\"214\" y=\"4\">B/C: ran first</text></g>");
    }
}
